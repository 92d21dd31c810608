using OnePlusX.CertificateProjects;
using OnePlusX.Outcomes;
using OnePlusX.Policies;
using OnePlusX.Students;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.Grains.CertificateProjects;

/// <summary>
/// The agreed exam price (at most the certificate's cost cap, NAT-COST-1) and registration (报名): selection (HB-SEL-1) and who pays (JL-FUND-1, HB-FUND-1/2,
/// SD-FUND-1, XM-FIN-1, NAT-COST-1) are the college policy's; the grain gathers the facts. Every row is checked
/// fully first; all accepted rows are written in one state write (one audit entry), then each student's own
/// record follows.
/// </summary>
internal sealed partial class CertificateProjectGrain
{
    /// <summary>Most rows one bulk command takes.</summary>
    public const int MaxRows = 1000;

    public async Task<CommandResult<CertificateProjectDetails>> SetExamPriceAsync(ExamPrice price)
    {
        if (!Exists)
        {
            return CommandError.NotFound($"Project {LocalKey}");
        }

        if (price is null)
        {
            return CommandError.Invalid("price", "price is required.");
        }

        if ((Validate.Money(price.EquipmentAndConsumables, "equipmentAndConsumables")
            ?? Validate.Money(price.CertificateFee, "certificateFee")
            ?? Validate.Money(price.ExaminerLabour, "examinerLabour")
            ?? (price.Total > 100_000m ? CommandError.Invalid("certificateFee", "The price per candidate is implausibly large (over 100000 yuan).") : null)) is { } error)
        {
            return error;
        }

        // NAT-COST-1: the agreed fee may not exceed the certificate's cost cap in force on the day it is entered.
        var cap = await CostCaps.CostCapRule.InForceAsync(GrainFactory, State.CertificateCode, State.Level, ChinaDay.Today);
        if (CostCaps.CostCapRule.AgreedFeeRefusal(cap, price) is { } overCap)
        {
            return overCap;
        }

        await CommitAsync(State with { ExamPrice = price }, "project.exam-price-set", $"{price.EquipmentAndConsumables}+{price.CertificateFee}+{price.ExaminerLabour}");
        return CommandResult<CertificateProjectDetails>.Ok(Details());
    }

    public async Task<CommandResult<CertificateProjectDetails>> RegisterCandidateAsync(RegisterCandidate command)
    {
        var batch = await RegisterCandidatesAsync(new RegisterCandidates([new CandidateRow(command?.StudentNumber, Selected: true, External: null)]));
        if (!batch.Succeeded)
        {
            return batch.Error;
        }

        var row = batch.Value.Rows[0];
        return row.Applied ? CommandResult<CertificateProjectDetails>.Ok(batch.Value.Project) : row.Errors[0];
    }

    public async Task<CommandResult<CandidateBatch>> RegisterCandidatesAsync(RegisterCandidates command)
    {
        var today = ChinaDay.Today;
        if (BatchError(command?.Rows, "rows") is { } batchError)
        {
            return batchError;
        }

        if (!ProjectLifecycle.AcceptsCandidates(State.Status))
        {
            return CommandError.Conflict("NOT_OPEN", $"Project {LocalKey} is {State.Status}; candidates register once it is approved.");
        }

        if (State.ExamPrice is not { } price)
        {
            return CommandError.Conflict("EXAM_PRICE_NOT_SET", $"Set the agreed exam price of {LocalKey} first (setExamPrice): who pays is decided at that price.");
        }

        var registeredOn = command!.RegisteredOn ?? today;
        if (registeredOn > today || registeredOn.Year < 2019)
        {
            return CommandError.Invalid("registeredOn", $"registeredOn must be a day from 2019 to today ({today:yyyy-MM-dd}).");
        }

        if (await CollegeAsync() is not { } college)
        {
            return CommandError.NotFound($"College {Tenant}");
        }

        if (await StepRefusalAsync(PilotStep.Registration, college) is { } outOfOrder)
        {
            return outOfOrder;
        }

        var desk = new RegistrationDesk(State, LocalKey, Policy, college.Parameters, price, registeredOn, today, await StudentsAsync(command.Rows));
        var outcomes = command.Rows.Select((row, i) => desk.Take(i, row)).ToList();
        if (desk.Accepted.Count > 0)
        {
            var keys = desk.Accepted.Select(r => r.Key).ToList();
            await CommitAsync(
                State with
                {
                    Registrations = [.. State.Registrations, .. desk.Accepted],
                    Candidates = [.. State.Candidates, .. keys],
                    ExternalIdentities = [.. State.ExternalIdentities, .. desk.Identities],
                    ExternalCount = desk.ExternalCount,
                },
                "project.candidates-registered",
                Summary(keys));
        }

        // The students' own records follow (they count a student's certificates for the next decision). A student
        // listed again whose record missed this project is told again: the call is idempotent.
        await Task.WhenAll(desk.Accepted.Where(r => r.StudentNumber is not null).Select(r => r.StudentNumber!).Concat(desk.Unsynced)
            .Select(number => FollowUpAsync(number, student => student.AddRegistrationAsync(LocalKey))));
        return CommandResult<CandidateBatch>.Ok(new CandidateBatch(outcomes, Details()));
    }

    /// <summary>The error of a bulk command as a whole: no project, or no rows, or too many.</summary>
    private CommandError? BatchError<T>(IReadOnlyList<T>? rows, string field) =>
        !Exists ? CommandError.NotFound($"Project {LocalKey}")
        : rows is null || rows.Count == 0 ? CommandError.Invalid(field, $"{field} needs at least one row.")
        : rows.Count > MaxRows ? CommandError.Invalid(field, $"At most {MaxRows} rows per call.")
        : null;

    /// <summary>The enrolled students a list names (well-formed numbers only), read in parallel; unknown numbers are absent.</summary>
    private async Task<IReadOnlyDictionary<string, StudentDetails>> StudentsAsync(IEnumerable<CandidateRow?> rows)
    {
        var numbers = rows.Select(r => r?.StudentNumber?.Trim()).OfType<string>()
            .Where(n => Validate.Code(n, "studentNumber") is null).Distinct(StringComparer.Ordinal).ToList();
        var found = await Task.WhenAll(numbers.Select(n => GrainFactory.GetGrain<IStudentGrain>(GrainKey.For(Tenant, n)).GetAsync()));
        return numbers.Zip(found).Where(p => p.Second is not null).ToDictionary(p => p.First, p => p.Second!, StringComparer.Ordinal);
    }

    /// <summary>
    /// A call to a student's grain after the project's change is durable. It cannot undo the project's change, so a
    /// failure is logged, not returned: listing the student again repeats the call.
    /// </summary>
    private async Task FollowUpAsync(string studentNumber, Func<IStudentGrain, Task<CommandResult<StudentDetails>>> call)
    {
        try
        {
            await call(GrainFactory.GetGrain<IStudentGrain>(GrainKey.For(Tenant, studentNumber)));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogWarning(ex, "Project {Project} could not update student {Student}'s record", Key, studentNumber);
        }
    }

    /// <summary>An audit detail naming the rows changed (at most 50 keys).</summary>
    private static string Summary(IReadOnlyList<string> keys) =>
        $"{keys.Count}: {string.Join(",", keys.Take(50))}{(keys.Count > 50 ? ",…" : "")}";

    private ILogger Logger => ServiceProvider.GetRequiredService<ILogger<CertificateProjectGrain>>();

    /// <summary>What candidates add to the details.</summary>
    private CertificateProjectDetails WithCandidates(CertificateProjectDetails details) =>
        details with { ExamPrice = State.ExamPrice, Registrations = State.Registrations };
}
