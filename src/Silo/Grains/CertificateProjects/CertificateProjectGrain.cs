using OnePlusX.Approvals;
using OnePlusX.CertificateProjects;
using OnePlusX.Colleges;
using OnePlusX.Outcomes;
using OnePlusX.Policies;
using OnePlusX.Silo.Grains.Approvals;
using OnePlusX.Silo.ReadModels;
using OnePlusX.Silo.ReadModels.CertificateProjects;
using OnePlusX.Silo.ReferenceData;
using Microsoft.Extensions.Options;
using OnePlusX.Students;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.Grains.CertificateProjects;

internal sealed partial class CertificateProjectGrain(
    [PersistentState(CertificateProjectGrain.StateKey, StorageNames.Default)] IPersistentState<CertificateProjectState> state,
    ReadModelWriter readModels,
    FaultInjection faults,
    ReferenceCatalog reference,
    IPolicyCatalog policies,
    IOptions<ReminderOptions> reminderOptions,
    ILogger<CertificateProjectGrain> logger)
    : ProjectedGrain<CertificateProjectState>(state, readModels, faults, logger), ICertificateProjectGrain, IRemindable
{
    public const string StateKey = "certificateProject";
    private const string DeadlinePrefix = "deadline:";

    protected override string StateName => StateKey;

    public async Task<CommandResult<CertificateProjectDetails>> ApplyAsync(ApplyForProject command)
    {
        if (Exists)
        {
            return CommandError.Conflict("ALREADY_APPLIED", $"Project {LocalKey} was applied for already.");
        }

        if (!CertificateProjectKey.TryParse(LocalKey, out var certificateCode, out var level, out var year))
        {
            return CommandError.Invalid("key", $"'{LocalKey}' is not of the form {{certificate}}-{{level 1..3}}-{{year}}.");
        }

        if (!reference.Offers(certificateCode, level))
        {
            return CommandError.Invalid("key", $"Certificate '{certificateCode}' at level {level} is not in the catalogue.");
        }

        if ((Validate.Range(year, "year", 2019, 2100)
            ?? Validate.Range(command.PilotScale, nameof(command.PilotScale), 1, 100_000)
            ?? Validate.Money(command.Budget, nameof(command.Budget))) is { } error)
        {
            return error;
        }

        var college = await CollegeAsync();
        if (college is null)
        {
            return CommandError.NotFound($"College {Tenant}");
        }

        if (college.Schools.All(s => s.Code != command.SchoolCode))
        {
            return CommandError.Invalid(nameof(command.SchoolCode), $"School '{command.SchoolCode}' does not exist in college {Tenant}.");
        }

        if (command.MajorCode is { } major && college.Majors.All(m => m.Code != major))
        {
            return CommandError.Invalid(nameof(command.MajorCode), $"Major '{major}' does not exist in college {Tenant}.");
        }

        // JL-APP-1: the major's other X certificates (not counting this certificate again).
        var majorCertificates = command.MajorCode is null
            ? 0
            : college.MajorProjects.Where(p => p.MajorCode == command.MajorCode && p.CertificateCode != certificateCode).Select(p => p.CertificateCode).Distinct().Count();
        var checkedApplication = Policy.CheckProjectApplication(
            new ProjectApplicationFacts(certificateCode, level, year, command.PilotScale, command.Budget, command.MajorCode, majorCertificates, null, command.ExceptionApproved),
            college.Parameters);
        if (!checkedApplication.Succeeded)
        {
            return checkedApplication.Error;
        }

        var decision = checkedApplication.Value;
        if (!decision.Allowed)
        {
            return CommandError.Refused(decision);
        }

        await CommitAsync(
            new CertificateProjectState
            {
                CertificateCode = certificateCode, Level = level, Year = year, SchoolCode = command.SchoolCode,
                PilotScale = command.PilotScale, Budget = command.Budget, Status = ProjectStatus.Applied, MajorCode = command.MajorCode,
                History = [Step(ProjectStatus.Applied, decision.Explanation.Chinese)],
                Application = ApprovalFlow.Start(Policy.ApprovalPathFor(ApprovalSubject.ProjectApplication)),
            },
            "project.applied");
        if (command.MajorCode is { } takenBy)
        {
            await GrainFactory.GetGrain<ICollegeGrain>(Tenant.Value).RecordMajorProjectAsync(new MajorProject(takenBy, LocalKey, certificateCode));
        }

        return CommandResult<CertificateProjectDetails>.Ok(Details());
    }

    public Task<CertificateProjectDetails?> GetAsync() => Task.FromResult(Exists ? Details() : null);

    public async Task<CommandResult<CertificateProjectDetails>> AdvanceAsync(AdvanceProject command)
    {
        if (!Exists)
        {
            return CommandError.NotFound($"Project {LocalKey}");
        }

        if (!ProjectLifecycle.CanMove(State.Status, command.To))
        {
            return CommandError.Conflict("INVALID_TRANSITION", $"A project in status {State.Status} cannot move to {command.To}.");
        }

        await CommitAsync(
            State with { Status = command.To, History = [.. State.History, Step(command.To, command.Reason?.Trim())] },
            $"project.{command.To.ToString().ToLowerInvariant()}", command.Reason);
        return CommandResult<CertificateProjectDetails>.Ok(Details());
    }

    public async Task<CommandResult<CertificateProjectDetails>> ScheduleDeadlineAsync(ScheduleDeadline command)
    {
        if (!Exists)
        {
            return CommandError.NotFound($"Project {LocalKey}");
        }

        if (Validate.Code(command.Name, nameof(command.Name)) is { } error)
        {
            return error;
        }

        var dueIn = command.DueAt - DateTimeOffset.UtcNow;
        await this.RegisterOrUpdateReminder(DeadlinePrefix + command.Name, dueIn > TimeSpan.Zero ? dueIn : TimeSpan.Zero, reminderOptions.Value.MinimumReminderPeriod);
        var deadlines = State.Deadlines.Where(d => d.Name != command.Name).Append(new ProjectDeadline(command.Name, command.DueAt, null, 0)).ToList();
        await CommitAsync(State with { Deadlines = deadlines }, "project.deadline-scheduled", command.Name);
        return CommandResult<CertificateProjectDetails>.Ok(Details());
    }

    /// <summary>
    /// A deadline's reminder: mark it reached, then stop the reminder. Every delivery is counted, so a reminder
    /// that fired twice would show in <see cref="ProjectDeadline.TimesReached"/>.
    /// </summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        var name = reminderName.StartsWith(DeadlinePrefix, StringComparison.Ordinal) ? reminderName[DeadlinePrefix.Length..] : null;
        var deadline = State.Deadlines.FirstOrDefault(d => d.Name == name);
        if (deadline is not null)
        {
            using var scope = CallScope.ForTenant(Tenant, "reminder");
            var reached = deadline with { ReachedAt = deadline.ReachedAt ?? DateTimeOffset.UtcNow, TimesReached = deadline.TimesReached + 1 };
            await CommitAsync(State with { Deadlines = State.Deadlines.Select(d => d.Name == name ? reached : d).ToList() }, "project.deadline-reached", name);
        }

        if (await this.GetReminder(reminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    protected override CertificateProjectState WithChange(CertificateProjectState next, AuditEntry change) => next with { LastChange = change };

    protected override Projection BuildProjection(CertificateProjectState current, int version) =>
        CertificateProjectProjection.For(Key, Tenant.Value, LocalKey, current, version, Approvables.All(current));

    private static ProjectStep Step(ProjectStatus status, string? reason) =>
        new(status, CallScope.CurrentActor, DateTimeOffset.UtcNow, reason);

    /// <summary>The college's policy plugin.</summary>
    private IPilotPolicy Policy => policies.ForTenant(Tenant);

    /// <summary>The college's profile (schools, majors, parameter schedule), or null if it is not registered.</summary>
    private Task<CollegeProfile?> CollegeAsync() => GrainFactory.GetGrain<ICollegeGrain>(Tenant.Value).GetAsync();

    private CertificateProjectDetails Details() =>
        WithFeatures(new(LocalKey, State.CertificateCode, State.Level, State.Year, State.SchoolCode, State.PilotScale, State.Budget,
            State.Status, State.Candidates, State.History, State.Deadlines, Version)
        {
            Application = State.Application, MajorCode = State.MajorCode, StepsNotNeeded = State.StepsNotNeeded,
        });
}
