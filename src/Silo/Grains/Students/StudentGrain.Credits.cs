using OnePlusX.Colleges;
using OnePlusX.Outcomes;
using OnePlusX.Policies;
using OnePlusX.Students;

namespace OnePlusX.Silo.Grains.Students;

/// <summary>Certificates the student holds and the credits granted for them (XM-CRD-1, JL-CRD-1).</summary>
internal sealed partial class StudentGrain
{
    public async Task<CommandResult<StudentDetails>> RecordCertificateAsync(HeldCertificate certificate)
    {
        if (!Exists)
        {
            return CommandError.NotFound($"Student {LocalKey}");
        }

        if (certificate is null || string.IsNullOrWhiteSpace(certificate.CertificateNumber) || string.IsNullOrWhiteSpace(certificate.ProjectKey))
        {
            return CommandError.Invalid("certificate", "A certificate needs its project and number.");
        }

        if (State.Certificates.Any(c => c.CertificateNumber == certificate.CertificateNumber))
        {
            return CommandResult<StudentDetails>.Ok(Details()); // a repeated call: it is recorded already
        }

        await CommitAsync(State with { Certificates = [.. State.Certificates, certificate] }, "student.certificate-recorded", certificate.CertificateNumber);
        return CommandResult<StudentDetails>.Ok(Details());
    }

    public async Task<CommandResult<StudentDetails>> GrantCreditsAsync(GrantCredits command)
    {
        if (!Exists)
        {
            return CommandError.NotFound($"Student {LocalKey}");
        }

        if (command is null || string.IsNullOrWhiteSpace(command.CertificateNumber))
        {
            return CommandError.Invalid("certificateNumber", "certificateNumber is required.");
        }

        var number = command.CertificateNumber.Trim().ToUpperInvariant();
        var held = State.Certificates.FirstOrDefault(c => c.CertificateNumber == number);
        if (command.DrivingLicenceIssuedOn is null && held is null)
        {
            return CommandError.NotFound($"Certificate {number} held by student {LocalKey}");
        }

        if (command.DrivingLicenceIssuedOn is not null && (held is not null || number.Length > 40))
        {
            return CommandError.Invalid("certificateNumber", held is null ? "certificateNumber is longer than 40 characters." : $"{number} is a certificate issued here, not a driving licence.");
        }

        if (command.SubstitutedCourse is { } course && (Validate.Text(course, "substitutedCourse", 100)
            ?? (course.Any(char.IsControl) ? CommandError.Invalid("substitutedCourse", "substitutedCourse holds control characters.") : null)) is { } courseError)
        {
            return courseError;
        }

        var today = ChinaDay.Today;
        if (command.DrivingLicenceIssuedOn is { } licensed && (licensed > today || licensed.Year < 1950))
        {
            return CommandError.Invalid("drivingLicenceIssuedOn", $"drivingLicenceIssuedOn must be a day from 1950 to today ({today:yyyy-MM-dd}).");
        }

        if (State.Credits.Any(c => c.CertificateNumber == number))
        {
            return CommandError.Conflict("ALREADY_GRANTED", $"Credits for certificate {number} were granted already.");
        }

        if (await GrainFactory.GetGrain<ICollegeGrain>(Tenant.Value).GetAsync() is not { } college)
        {
            return CommandError.NotFound($"College {Tenant}");
        }

        // XM-CRD-1 (2 credits, innovation practice or public elective; driving licences count) and JL-CRD-1
        // (course substitution) are the college policy's; the grain gives it the certificate's facts.
        // A certificate counts under the parameters in force on its issue day; a driving licence (often older than
        // the pilot) under those in force on the day its credit is granted.
        var facts = new CreditFacts(held?.IssuedOn ?? today, command.DrivingLicenceIssuedOn is not null, command.SubstitutedCourseCredits, command.Requested);
        var grant = ServiceProvider.GetRequiredService<IPolicyCatalog>().ForTenant(Tenant).GrantCredits(facts, college.Parameters);
        if (!grant.Succeeded)
        {
            return grant.Error;
        }

        if (grant.Value.Credits <= 0)
        {
            // Nothing to record (e.g. JL-CRD-1 with no course named): the reason comes back, and a later request may still succeed.
            return CommandError.Refused(new PolicyDecision(false, grant.Value.RuleIds, grant.Value.Explanation));
        }

        var record = new CreditRecord(number, held?.ProjectKey, grant.Value, command.SubstitutedCourse?.Trim(), DateTimeOffset.UtcNow);
        await CommitAsync(State with { Credits = [.. State.Credits, record] }, "student.credits-granted", number);
        return CommandResult<StudentDetails>.Ok(Details());
    }
}
