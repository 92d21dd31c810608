using OnePlusX.Colleges;
using OnePlusX.Outcomes;
using OnePlusX.Silo.ReadModels;
using OnePlusX.Silo.ReadModels.Students;
using OnePlusX.Students;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.Grains.Students;

internal sealed partial class StudentGrain(
    [PersistentState(StudentGrain.StateKey, StorageNames.Default)] IPersistentState<StudentState> state,
    ReadModelWriter readModels,
    FaultInjection faults,
    ILogger<StudentGrain> logger)
    : ProjectedGrain<StudentState>(state, readModels, faults, logger), IStudentGrain
{
    public const string StateKey = "student";

    protected override string StateName => StateKey;

    public async Task<CommandResult<StudentDetails>> EnrolAsync(EnrolStudent command)
    {
        if (KeyError() is { } keyError)
        {
            return keyError;
        }

        if (Exists)
        {
            return CommandError.Conflict("ALREADY_ENROLLED", $"Student {LocalKey} is already enrolled.");
        }

        if ((Validate.Text(command.Name, nameof(command.Name), 50) ?? Validate.Range(command.Cohort, nameof(command.Cohort), 2000, 2100)) is { } error)
        {
            return error;
        }

        var college = await GrainFactory.GetGrain<ICollegeGrain>(Tenant.Value).GetAsync();
        if (college is null)
        {
            return CommandError.NotFound($"College {Tenant}");
        }

        if (college.Majors.All(m => m.Code != command.MajorCode))
        {
            return CommandError.Invalid(nameof(command.MajorCode), $"Major '{command.MajorCode}' does not exist in college {Tenant}.");
        }

        await CommitAsync(new StudentState { Name = command.Name.Trim(), MajorCode = command.MajorCode, Cohort = command.Cohort }, "student.enrolled");
        return CommandResult<StudentDetails>.Ok(Details());
    }

    public Task<StudentDetails?> GetAsync() => Task.FromResult(Exists ? Details() : null);

    public async Task<CommandResult<StudentDetails>> AddRegistrationAsync(string projectKey)
    {
        if (!Exists)
        {
            return CommandError.NotFound($"Student {LocalKey}");
        }

        if (State.Registrations.Any(r => r.ProjectKey == projectKey))
        {
            return CommandError.Conflict("ALREADY_REGISTERED", $"Student {LocalKey} is already registered for {projectKey}.");
        }

        await CommitAsync(
            State with { Registrations = [.. State.Registrations, new StudentRegistration(projectKey, DateTimeOffset.UtcNow)] },
            "student.registered", projectKey);
        return CommandResult<StudentDetails>.Ok(Details());
    }

    protected override StudentState WithChange(StudentState next, AuditEntry change) => next with { LastChange = change };

    protected override Projection BuildProjection(StudentState current, int version) =>
        StudentProjection.For(Key, Tenant.Value, LocalKey, current, version);


    private StudentDetails Details() =>
        new(LocalKey, State.Name, State.MajorCode, State.Cohort, State.Registrations, State.Certificates, Version) { Credits = State.Credits };
}
