using OnePlusX.CertificateProjects;
using OnePlusX.Outcomes;
using OnePlusX.Policies;
using OnePlusX.Silo.ReadModels.IssuedCertificates;
using OnePlusX.Students;

namespace OnePlusX.Silo.Grains.CertificateProjects;

/// <summary>
/// Results (成绩), certificate issuance (证书颁发: SD-ISS-1, NAT-ISS-1) and platform entry. As with registration,
/// every row is checked fully, then all good rows are written in one state write.
/// </summary>
internal sealed partial class CertificateProjectGrain
{
    public async Task<CommandResult<CandidateBatch>> RecordResultsAsync(RecordResults command)
    {
        if (BatchError(command?.Rows, "rows") is { } batchError)
        {
            return batchError;
        }

        if (!ProjectLifecycle.AcceptsCandidates(State.Status))
        {
            return CommandError.Conflict("NOT_OPEN", $"Project {LocalKey} is {State.Status}; results are recorded while it is approved or running.");
        }

        var changed = new Dictionary<string, CandidateRegistration>(StringComparer.Ordinal);
        var outcomes = command!.Rows.Select((row, i) =>
        {
            var (registration, error) = Find(row?.Candidate, changed);
            error ??= row!.Score is { } score && (score < 0 || score > 1000 || decimal.Round(score, 2) != score)
                    ? CommandError.Invalid("score", "score must be between 0 and 1000, with at most two decimals.")
                : registration!.Certificate is not null
                    ? CommandError.Conflict("CERTIFICATE_ISSUED", $"Candidate {registration.Key} already has certificate {registration.Certificate.Number}; the result can no longer change.")
                : null;
            if (error is null)
            {
                changed[registration!.Key] = registration with { Result = new ExamResult(row!.Score, row.Passed, DateTimeOffset.UtcNow) };
            }

            return new RowOutcome(i, registration?.Key ?? row?.Candidate?.Trim(), error is null ? [] : [error]);
        }).ToList();
        await CommitChangedAsync(changed, "project.results-recorded");
        return CommandResult<CandidateBatch>.Ok(new CandidateBatch(outcomes, Details()));
    }

    public async Task<CommandResult<CandidateBatch>> IssueCertificatesAsync(IssueCertificates command)
    {
        if (BatchError(command?.Rows, "rows") is { } batchError)
        {
            return batchError;
        }

        if (!ProjectLifecycle.AcceptsCandidates(State.Status))
        {
            return CommandError.Conflict("NOT_OPEN", $"Project {LocalKey} is {State.Status}; certificates are issued while it is approved or running.");
        }

        if (await CollegeAsync() is not { } college)
        {
            return CommandError.NotFound($"College {Tenant}");
        }

        if (await StepRefusalAsync(PilotStep.Issuance, college) is { } outOfOrder)
        {
            return outOfOrder;
        }

        var today = ChinaDay.Today;
        var numbers = State.Registrations.Where(r => r.Certificate is not null).Select(r => r.Certificate!.Number).ToHashSet(StringComparer.Ordinal);
        var changed = new Dictionary<string, CandidateRegistration>(StringComparer.Ordinal);
        var outcomes = new List<RowOutcome>();
        var rowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < command!.Rows.Count; i++)
        {
            var row = command.Rows[i];
            var (registration, error) = Find(row?.Candidate, changed);
            var number = CertificateNumberClaims.Normalise(row?.CertificateNumber);
            CandidateRegistration? issued = null;
            if (registration is not null)
            {
                error = Issue(registration, row!, number, numbers, today, college.Parameters, out issued);
            }

            if (issued is not null)
            {
                changed[issued.Key] = issued;
                rowOf[issued.Key] = i;
                numbers.Add(number);
            }

            outcomes.Add(new RowOutcome(i, registration?.Key ?? row?.Candidate?.Trim(), error is null ? [] : [error]));
        }

        // Unique across the service: claim the numbers in the read model (its primary key) before the state holds them.
        var claimed = await ServiceProvider.GetRequiredService<CertificateNumberClaims>()
            .ClaimAsync(Tenant.Value, LocalKey, State.CertificateCode, State.Level, college.Name, IssuedCertificateRows.Of(changed.Values));
        foreach (var taken in changed.Values.Where(r => !claimed.Contains(r.Certificate!.Number)).ToList())
        {
            changed.Remove(taken.Key);
            outcomes[rowOf[taken.Key]] = outcomes[rowOf[taken.Key]] with
            {
                Errors = [CommandError.Conflict("CERTIFICATE_NUMBER_TAKEN", $"Certificate number {taken.Certificate!.Number} is already in use.")],
            };
        }

        await CommitChangedAsync(changed, "project.certificates-issued", college.Name);
        await Task.WhenAll(changed.Values.Where(r => r.StudentNumber is not null).Select(r => FollowUpAsync(
            r.StudentNumber!, student => student.RecordCertificateAsync(new HeldCertificate(LocalKey, r.Certificate!.Number, r.Certificate.IssuedOn)))));
        return CommandResult<CandidateBatch>.Ok(new CandidateBatch(outcomes, Details()));
    }

    public Task<CommandResult<CandidateBatch>> RecordPlatformEntryAsync(RecordPlatformEntry command) =>
        DateCertificatesAsync(command?.CertificateNumbers, command?.EnteredOn ?? default, "enteredOn", "project.platform-entered", certificate =>
            certificate.PlatformEnteredOn is { } entered && entered != command!.EnteredOn
                ? (CommandError.Conflict("ALREADY_ENTERED", $"Certificate {certificate.Number} was entered on {entered:yyyy-MM-dd}."), null)
                : (null, certificate.PlatformEnteredOn is null ? certificate with { PlatformEnteredOn = command!.EnteredOn } : null));

    /// <summary>
    /// Records a day against certificates of this project, each number on its own (the platform entry, the credit-bank
    /// proposal): the day may not be after today, nor before a certificate's issue; a number that is unknown or listed
    /// twice fails; <paramref name="date"/> says whether the certificate takes the day (its new state, or null when it
    /// already holds that day) or why not. All that changed is written at once.
    /// </summary>
    private async Task<CommandResult<CandidateBatch>> DateCertificatesAsync(
        IReadOnlyList<string>? numbers, DateOnly day, string field, string action, Func<ProjectCertificate, (CommandError? Error, ProjectCertificate? Dated)> date)
    {
        if (BatchError(numbers, "certificateNumbers") is { } batchError)
        {
            return batchError;
        }

        var today = ChinaDay.Today;
        if (day > today)
        {
            return CommandError.Invalid(field, $"{field} is after today ({today:yyyy-MM-dd}).");
        }

        var byNumber = State.Registrations.Where(r => r.Certificate is not null).ToDictionary(r => r.Certificate!.Number, StringComparer.Ordinal);
        var changed = new Dictionary<string, CandidateRegistration>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var outcomes = numbers!.Select((given, i) =>
        {
            var number = CertificateNumberClaims.Normalise(given);
            var (error, dated) = !byNumber.TryGetValue(number, out var registration)
                    ? (CommandError.NotFound($"Certificate {number} of project {LocalKey}"), null)
                : !seen.Add(number) ? (CommandError.Conflict("DUPLICATE_ROW", $"Certificate {number} is listed twice."), null)
                : day < registration.Certificate!.IssuedOn
                    ? (CommandError.Invalid(field, $"{field} is before certificate {number} was issued ({registration.Certificate.IssuedOn:yyyy-MM-dd})."), null)
                : date(registration.Certificate);
            if (error is null && dated is not null)
            {
                changed[registration!.Key] = registration with { Certificate = dated };
            }

            return new RowOutcome(i, number, error is null ? [] : [error]);
        }).ToList();
        await CommitChangedAsync(changed, action, note: $"{day:yyyy-MM-dd}");
        return CommandResult<CandidateBatch>.Ok(new CandidateBatch(outcomes, Details()));
    }

    /// <summary>A row's registration (as already changed by earlier rows of this call), or why there is none.</summary>
    private (CandidateRegistration? Registration, CommandError? Error) Find(string? candidate, IReadOnlyDictionary<string, CandidateRegistration> changed)
    {
        var key = candidate?.Trim();
        if (string.IsNullOrEmpty(key))
        {
            return (null, CommandError.Invalid("candidate", "candidate is required."));
        }

        if (changed.ContainsKey(key))
        {
            return (null, CommandError.Conflict("DUPLICATE_ROW", $"Candidate {key} is listed twice."));
        }

        var registration = State.Registrations.FirstOrDefault(r => r.Key == key);
        return registration is null ? (null, CommandError.NotFound($"Registered candidate {key}")) : (registration, null);
    }

    /// <summary>SD-ISS-1 through the policy's CheckIssuance, then the NAT-ISS-1 platform deadline; null when the row may be issued.</summary>
    private CommandError? Issue(CandidateRegistration registration, IssueRow row, string number, IReadOnlySet<string> numbers, DateOnly today, ParameterSchedule parameters, out CandidateRegistration? issued)
    {
        issued = null;
        if (!CertificateNumberClaims.IsWellFormed(number))
        {
            return CommandError.Invalid("certificateNumber", "certificateNumber must be 4–40 letters, digits or '-'.");
        }

        if (row.IssuedOn > today || row.IssuedOn < registration.RegisteredOn)
        {
            return CommandError.Invalid("issuedOn", $"issuedOn must be from the registration day ({registration.RegisteredOn:yyyy-MM-dd}) to today ({today:yyyy-MM-dd}).");
        }

        if (registration.Certificate is { } held)
        {
            return CommandError.Conflict("ALREADY_ISSUED", $"Candidate {registration.Key} already has certificate {held.Number}.");
        }

        if (numbers.Contains(number))
        {
            return CommandError.Conflict("CERTIFICATE_NUMBER_TAKEN", $"Certificate number {number} is already in use.");
        }

        if (registration.Result is not { } result)
        {
            return CommandError.Conflict("NO_RESULT", $"Record candidate {registration.Key}'s result first.");
        }

        var check = Policy.CheckIssuance(new IssuanceFacts(row.IssuedOn, result.Passed, row.ScanArchived), parameters);
        if (!check.Succeeded || !check.Value.Allowed)
        {
            return check.Succeeded ? CommandError.Refused(check.Value) : check.Error;
        }

        // NAT-ISS-1: due 7 working days after issue on the official calendar (the policy's parameter and calendar).
        var deadline = Policy.DeadlineFor(DeadlineKind.CertificatePlatformEntry, row.IssuedOn, parameters);
        if (!deadline.Succeeded)
        {
            return deadline.Error;
        }

        // NAT-CB-1: the credit-bank record is made with the certificate (CertificateProjectGrain.CreditBank.cs).
        var credit = CreditBankEntryFor(row.IssuedOn, parameters);
        if (!credit.Succeeded)
        {
            return credit.Error;
        }

        issued = registration with { Certificate = new ProjectCertificate(number, row.IssuedOn, row.ScanArchived, deadline.Value, null) { CreditBank = credit.Value } };
        return null;
    }

    /// <summary>
    /// Writes the changed registrations, in their places, in one state write (nothing when none changed). The
    /// <paramref name="issuer"/> (the college's name on certificates issued now) is kept for the issued-certificate
    /// rows; <paramref name="note"/> goes into the audit entry only.
    /// </summary>
    private async Task CommitChangedAsync(IReadOnlyDictionary<string, CandidateRegistration> changed, string action, string? issuer = null, string? note = null)
    {
        if (changed.Count == 0)
        {
            return;
        }

        await CommitAsync(
            State with
            {
                Registrations = State.Registrations.Select(r => changed.GetValueOrDefault(r.Key, r)).ToList(),
                IssuerName = issuer ?? State.IssuerName,
            },
            action,
            note is null ? Summary(changed.Keys.ToList()) : $"{note} {Summary(changed.Keys.ToList())}");
    }
}
