using Microsoft.Extensions.Options;
using OnePlusX.Colleges;
using OnePlusX.Outcomes;
using OnePlusX.Policies;
using OnePlusX.Silo.ReadModels;
using OnePlusX.Silo.ReadModels.WeeklyReports;
using OnePlusX.Tenancy;
using OnePlusX.WeeklyReports;

namespace OnePlusX.Silo.Grains.WeeklyReports;

/// <summary>
/// A college's weekly reports (NAT-REP-1). The grain gathers the facts — which weeks are due, which were filed on
/// time — and its college's policy judges them (warning and exit flag, NAT-EXIT-COL; project cancellation,
/// HB-EXIT-1); no threshold lives here. "Now" is the injected <see cref="TimeProvider"/>, read on China's clock.
/// </summary>
internal sealed class WeeklyReportGrain(
    [PersistentState(WeeklyReportGrain.StateKey, StorageNames.Default)] IPersistentState<WeeklyReportState> state,
    ReadModelWriter readModels,
    FaultInjection faults,
    IPolicyCatalog policies,
    TimeProvider time,
    IOptions<WeeklyReportOptions> options,
    IOptions<ReminderOptions> reminderOptions,
    ILogger<WeeklyReportGrain> logger)
    : ProjectedGrain<WeeklyReportState>(state, readModels, faults, logger), IWeeklyReportGrain, IRemindable
{
    public const string StateKey = "weeklyReports";
    private const string ReminderName = "weekly-reports";
    private const int MaxCount = 100_000;

    private DateTimeOffset? _lastCheckedAt;

    protected override string StateName => StateKey;

    public async Task<CommandResult<WeeklyReportStatus>> StartAsync(StartWeeklyReporting command)
    {
        var now = time.GetUtcNow();
        var today = ReportWeeks.ChinaDay(now);
        if (command is null)
        {
            return CommandError.Invalid("input", "input is required.");
        }

        var keyError = KeyError() ?? (LocalKey == WeeklyReportKey.Local ? null : CommandError.Invalid("key", $"A weekly-report grain's key ends in /{WeeklyReportKey.Local}."));
        if (keyError is not null)
        {
            return keyError;
        }

        var first = command.FirstWeek;
        if (ReportWeeks.NotAMonday(first, "firstWeek") is { } notMonday)
        {
            return notMonday;
        }

        if (first < ReportWeeks.EarliestStart || first > today.AddDays(365))
        {
            return CommandError.Invalid("firstWeek", $"firstWeek must be between {ReportWeeks.EarliestStart:yyyy-MM-dd} and a year from today.");
        }

        if (Exists && State.ReportingFrom == first)
        {
            if (await this.GetReminder(ReminderName) is null)
            {
                await RegisterReminderAsync();
            }

            return await StatusAsync(today, now);
        }

        if (Exists)
        {
            return CommandError.Conflict("REPORTING_STARTED", $"Weekly reporting started with the week of {State.ReportingFrom:yyyy-MM-dd}; it cannot start again.");
        }

        var college = await GrainFactory.GetGrain<ICollegeGrain>(Tenant.Value).GetAsync();
        if (college is null)
        {
            return CommandError.NotFound($"College {Tenant}");
        }

        var next = new WeeklyReportState { ReportingFrom = first, ProvinceCode = college.ProvinceCode };
        var judged = Judge(next, college.Parameters, today, now);
        if (!judged.Succeeded)
        {
            return judged.Error;
        }

        // The reminder first, then the state: a reminder without a state unregisters itself at its first tick.
        await RegisterReminderAsync();
        await CommitAsync(next with { Compliance = judged.Value.Compliance, EvaluatedAt = now }, "weekly-report.started", $"{first:yyyy-MM-dd}");
        return Status(today, judged.Value.Weeks, judged.Value.Compliance);
    }

    public async Task<CommandResult<WeeklyReportStatus>> FileAsync(FileWeeklyReport command)
    {
        var now = time.GetUtcNow();
        var today = ReportWeeks.ChinaDay(now);
        if (command is null)
        {
            return CommandError.Invalid("input", "input is required.");
        }

        if ((Validate.Text(command.Summary, "summary", 2000)
            ?? Validate.Range(command.TrainingsHeld, "trainingsHeld", 0, MaxCount)
            ?? Validate.Range(command.CandidatesExamined, "candidatesExamined", 0, MaxCount)
            ?? Validate.Range(command.CertificatesIssued, "certificatesIssued", 0, MaxCount)) is { } error)
        {
            return error;
        }

        var week = command.Week;
        if (ReportWeeks.NotAMonday(week, "week") is { } notMonday)
        {
            return notMonday;
        }

        if (!Exists)
        {
            return CommandError.Conflict("REPORTING_NOT_STARTED", "Weekly reporting has not started: the college administrator starts it first.");
        }

        if (week < State.ReportingFrom)
        {
            return CommandError.Invalid("week", $"week ({week:yyyy-MM-dd}) is before reporting started ({State.ReportingFrom:yyyy-MM-dd}).");
        }

        if (week > ReportWeeks.MondayOf(today))
        {
            return CommandError.Invalid("week", $"week ({week:yyyy-MM-dd}) is in the future: the latest week that can be filed is the current one ({ReportWeeks.MondayOf(today):yyyy-MM-dd}).");
        }

        if (State.Reports.Any(r => r.Week == week))
        {
            return CommandError.Conflict("ALREADY_FILED", $"The report of the week of {week:yyyy-MM-dd} was filed already; a filed report is not replaced.");
        }

        var report = new WeeklyReport(week, command.Summary.Trim(), command.TrainingsHeld, command.CandidatesExamined, command.CertificatesIssued, CallScope.CurrentActor, now);
        var next = State with { Reports = [.. State.Reports.Append(report).OrderBy(r => r.Week)] };
        var judged = await JudgeAsync(next, today, now);
        if (!judged.Succeeded)
        {
            return judged.Error;
        }

        var late = now > ReportWeeks.DueAt(week);
        await CommitAsync(next with { Compliance = judged.Value.Compliance, EvaluatedAt = now }, "weekly-report.filed", $"{week:yyyy-MM-dd}{(late ? " (late)" : "")}");
        return Status(today, judged.Value.Weeks, judged.Value.Compliance);
    }

    public async Task<CommandResult<WeeklyReportStatus>> GetStatusAsync(DateOnly? asOf)
    {
        var now = time.GetUtcNow();
        var today = ReportWeeks.ChinaDay(now);
        var day = asOf ?? today;
        if (day > today)
        {
            return CommandError.Invalid("asOf", $"asOf ({day:yyyy-MM-dd}) is after today ({today:yyyy-MM-dd}, China time).");
        }

        if (!Exists)
        {
            return new WeeklyReportStatus(null, day, [], null, 0) { LastCheckedAt = _lastCheckedAt };
        }

        // A past day is judged at its end; today, now.
        return await StatusAsync(day, day == today ? now : ReportWeeks.StartOf(day.AddDays(1)));
    }

    /// <summary>
    /// The reminder's tick: every week whose due time has passed without a report on time is marked missed, once —
    /// computed from dates against the marks already made, so a tick delivered twice, or late after an outage,
    /// marks each week exactly once — and the record is judged again and committed.
    /// </summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != ReminderName)
        {
            return;
        }

        if (!Exists)
        {
            if (await this.GetReminder(reminderName) is { } orphan)
            {
                await this.UnregisterReminder(orphan);
            }

            return;
        }

        using var scope = CallScope.ForTenant(Tenant, "reminder");
        var now = time.GetUtcNow();
        var judged = await JudgeAsync(State, ReportWeeks.ChinaDay(now), now);
        if (!judged.Succeeded)
        {
            logger.LogWarning("Weekly reports of {Tenant} could not be judged: {Error}", Tenant, judged.Error);
            return;
        }

        var (weeks, compliance) = judged.Value;
        var newlyMissed = ReportWeeks.Overdue(weeks).Where(m => !State.MarkedMissed.Contains(m)).ToList();
        if (newlyMissed.Count > 0)
        {
            await CommitAsync(
                State with { MarkedMissed = [.. State.MarkedMissed.Concat(newlyMissed).Order()], Compliance = compliance, EvaluatedAt = now },
                "weekly-report.missed", string.Join(",", newlyMissed.Select(m => m.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
        }
        else if (!ReportWeeks.SameJudgement(compliance, State.Compliance))
        {
            // Nothing newly missed, but the judgement moved (the college changed a threshold parameter).
            await CommitAsync(State with { Compliance = compliance, EvaluatedAt = now }, "weekly-report.evaluated");
        }

        _lastCheckedAt = now;
    }

    protected override WeeklyReportState WithChange(WeeklyReportState next, AuditEntry change) => next with { LastChange = change };

    protected override Projection BuildProjection(WeeklyReportState current, int version) =>
        WeeklyReportProjection.For(Key, Tenant.Value, current, version);

    private Task RegisterReminderAsync()
    {
        var (every, floor) = (options.Value.CheckEvery, reminderOptions.Value.MinimumReminderPeriod);
        return this.RegisterOrUpdateReminder(ReminderName, options.Value.FirstCheckAfter, every > floor ? every : floor);
    }

    private async Task<CommandResult<WeeklyReportStatus>> StatusAsync(DateOnly day, DateTimeOffset at)
    {
        var judged = await JudgeAsync(State, day, at);
        return judged.Succeeded ? Status(day, judged.Value.Weeks, judged.Value.Compliance) : judged.Error;
    }

    private async Task<CommandResult<(IReadOnlyList<ReportWeekStatus> Weeks, ReportCompliance Compliance)>> JudgeAsync(WeeklyReportState record, DateOnly day, DateTimeOffset at)
    {
        var college = await GrainFactory.GetGrain<ICollegeGrain>(Tenant.Value).GetAsync();
        return college is null ? CommandError.NotFound($"College {Tenant}") : Judge(record, college.Parameters, day, at);
    }

    /// <summary>The weeks as of <paramref name="at"/> and the college's policy's judgement of them.</summary>
    private CommandResult<(IReadOnlyList<ReportWeekStatus> Weeks, ReportCompliance Compliance)> Judge(WeeklyReportState record, ParameterSchedule parameters, DateOnly day, DateTimeOffset at)
    {
        var weeks = ReportWeeks.Between(record.ReportingFrom, day, at, record.Reports);
        var compliance = policies.ForTenant(Tenant).EvaluateWeeklyReports(ReportWeeks.Facts(day, weeks), parameters);
        return compliance.Succeeded ? (weeks, compliance.Value) : compliance.Error;
    }

    private WeeklyReportStatus Status(DateOnly day, IReadOnlyList<ReportWeekStatus> weeks, ReportCompliance compliance) =>
        new(State.ReportingFrom, day, weeks, compliance, Version) { MarkedMissed = State.MarkedMissed, LastCheckedAt = _lastCheckedAt };
}
