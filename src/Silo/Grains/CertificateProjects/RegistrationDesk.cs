using OnePlusX.CertificateProjects;
using OnePlusX.Outcomes;
using OnePlusX.Policies;
using OnePlusX.Students;

namespace OnePlusX.Silo.Grains.CertificateProjects;

/// <summary>
/// Takes a registration list row by row against the project as it stands plus the rows already accepted: each row
/// is checked fully (shape, student, duplicate, pilot scale, selection, who pays) before it is accepted, so a bad
/// row changes nothing and the grain writes the accepted ones in one go.
/// </summary>
internal sealed class RegistrationDesk(
    CertificateProjectState project,
    string projectKey,
    IPilotPolicy policy,
    ParameterSchedule parameters,
    ExamPrice price,
    DateOnly registeredOn,
    DateOnly today,
    IReadOnlyDictionary<string, StudentDetails> students)
{
    public const string ExternalPrefix = "ext:";

    private readonly HashSet<string> _keys = new(project.Candidates, StringComparer.Ordinal);
    private readonly HashSet<string> _idNumbers = project.ExternalIdentities.Select(i => i.IdNumber).ToHashSet(StringComparer.Ordinal);
    private decimal _allocated = project.Registrations.Sum(AllocatedBudget);

    public int ExternalCount { get; private set; } = project.ExternalCount;

    public List<CandidateRegistration> Accepted { get; } = [];

    public List<ExternalIdentity> Identities { get; } = [];

    /// <summary>Students listed again whose own record does not show this project yet (a registration whose follow-up call was lost).</summary>
    public List<string> Unsynced { get; } = [];

    public RowOutcome Take(int index, CandidateRow? row)
    {
        if (row is null)
        {
            return Failed(index, null, CommandError.Invalid("row", "The row is empty."));
        }

        var hasStudent = !string.IsNullOrWhiteSpace(row.StudentNumber);
        if (hasStudent == row.External is not null)
        {
            return Failed(index, null, CommandError.Invalid("studentNumber", "Give either a student number or an external candidate (社会学员), not both."));
        }

        return hasStudent ? TakeStudent(index, row.StudentNumber!.Trim(), row.Selected) : TakeExternal(index, row.External!);
    }

    /// <summary>Budget lines the secondary college's allocated project budget pays (SD-FUND-1).</summary>
    public static decimal AllocatedBudget(CandidateRegistration registration) =>
        registration.Funding.Lines.Where(l => l.Fund == Fund.SchoolAllocatedBudget).Sum(l => l.Amount);

    private RowOutcome TakeStudent(int index, string number, bool selected)
    {
        if (Validate.Code(number, "studentNumber") is { } invalid)
        {
            return Failed(index, null, invalid);
        }

        if (!students.TryGetValue(number, out var student))
        {
            return Failed(index, number, CommandError.NotFound($"Student {number}"));
        }

        if (_keys.Contains(number))
        {
            if (student.Registrations.All(r => r.ProjectKey != projectKey))
            {
                Unsynced.Add(number);
            }

            return Failed(index, number, CommandError.Conflict("ALREADY_REGISTERED", $"Student {number} is already registered for {projectKey}."));
        }

        // The facts need the student's other certificates in this college: registrations and held certificates of other projects.
        var earlier = student.Registrations.Select(r => r.ProjectKey).Concat(student.Certificates.Select(c => c.ProjectKey))
            .Where(k => k != projectKey).Distinct(StringComparer.Ordinal).Count();
        return Decide(index, number, CandidateKind.Student, earlier, selected, student.Name, null, null);
    }

    private RowOutcome TakeExternal(int index, ExternalCandidate external)
    {
        if ((Validate.Text(external.Name, "externalCandidate.name", 50)
            ?? (external.Name.Any(char.IsControl) ? CommandError.Invalid("externalCandidate.name", "externalCandidate.name holds control characters.") : null)
            ?? ResidentIdNumber.Check(external.IdNumber, "externalCandidate.idNumber", today)) is { } invalid)
        {
            return Failed(index, null, invalid);
        }

        var idNumber = ResidentIdNumber.Normalise(external.IdNumber);
        if (_idNumbers.Contains(idNumber))
        {
            return Failed(index, null, CommandError.Conflict("ALREADY_REGISTERED", $"This external candidate is already registered for {projectKey}."));
        }

        var key = $"{ExternalPrefix}{ExternalCount + 1:0000}";
        var outcome = Decide(index, key, CandidateKind.ExternalCandidate, 0, false, external.Name.Trim(), ResidentIdNumber.Mask(idNumber), idNumber);
        return outcome.Applied ? outcome : outcome with { Key = null };
    }

    private RowOutcome Decide(int index, string key, CandidateKind kind, int earlier, bool selected, string name, string? maskedId, string? idNumber)
    {
        if (_keys.Count >= project.PilotScale)
        {
            return Failed(index, key, CommandError.Conflict("PILOT_SCALE_REACHED", $"Project {projectKey} has reached its pilot scale of {project.PilotScale}."));
        }

        // SD-FUND-1: the project's budget is what the secondary college was allocated for it; registrations spend it.
        var facts = new RegistrationFacts(registeredOn, kind, earlier, selected, price, Math.Max(0, project.Budget - _allocated));
        var selection = policy.CheckRegistration(facts, parameters); // HB-SEL-1 where the policy selects
        if (!selection.Succeeded)
        {
            return Failed(index, key, selection.Error);
        }

        if (!selection.Value.Allowed)
        {
            return Failed(index, key, CommandError.Refused(selection.Value));
        }

        var funding = policy.DecideFunding(facts, parameters);
        if (!funding.Succeeded)
        {
            return Failed(index, key, funding.Error);
        }

        if (!funding.Value.Allowed)
        {
            return Failed(index, key, CommandError.Refused(new PolicyDecision(false, funding.Value.RuleIds, funding.Value.Explanation)));
        }

        var registration = new CandidateRegistration(key, kind, kind == CandidateKind.Student ? key : null, name, maskedId, selected, registeredOn, funding.Value);
        Accepted.Add(registration);
        _keys.Add(key);
        _allocated += AllocatedBudget(registration);
        if (idNumber is not null)
        {
            _idNumbers.Add(idNumber);
            Identities.Add(new ExternalIdentity(key, idNumber));
            ExternalCount++;
        }

        return new RowOutcome(index, key, []);
    }

    private static RowOutcome Failed(int index, string? key, CommandError error) => new(index, key, [error]);
}
