using OnePlusX.Colleges;
using OnePlusX.Outcomes;
using OnePlusX.Policies;
using OnePlusX.Silo.ReadModels;
using OnePlusX.Silo.ReadModels.Colleges;
using OnePlusX.Silo.ReferenceData;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.Grains.Colleges;

internal sealed class CollegeGrain(
    [PersistentState(CollegeGrain.StateKey, StorageNames.Default)] IPersistentState<CollegeState> state,
    ReadModelWriter readModels,
    FaultInjection faults,
    ReferenceCatalog reference,
    IPolicyCatalog policies,
    ILogger<CollegeGrain> logger)
    : ProjectedGrain<CollegeState>(state, readModels, faults, logger), ICollegeGrain
{
    public const string StateKey = "college";

    protected override string StateName => StateKey;

    public async Task<CommandResult<CollegeProfile>> RegisterAsync(RegisterCollege command)
    {
        if (!TenantId.TryParse(Key, out _))
        {
            return CommandError.Invalid("key", $"'{Key}' is not a college code (2–16 upper-case letters or digits).");
        }

        if (Exists)
        {
            return CommandError.Conflict("ALREADY_REGISTERED", $"College {Key} is already registered.");
        }

        if (Validate.Text(command.Name, nameof(command.Name), 100) is { } nameError)
        {
            return nameError;
        }

        if (!reference.Provinces.ContainsKey(command.ProvinceCode ?? ""))
        {
            return CommandError.Invalid(nameof(command.ProvinceCode), $"'{command.ProvinceCode}' is not a province code.");
        }

        if (!reference.IsCityOf(command.CityCode ?? "", command.ProvinceCode!))
        {
            return CommandError.Invalid(nameof(command.CityCode), $"'{command.CityCode}' is not a city of province {command.ProvinceCode}.");
        }

        if (!policies.Codes.Contains(command.PolicyCode ?? ""))
        {
            return CommandError.Invalid(nameof(command.PolicyCode), $"'{command.PolicyCode}' is not a policy; known: {string.Join(", ", policies.Codes)}.");
        }

        await CommitAsync(
            new CollegeState { Name = command.Name!.Trim(), ProvinceCode = command.ProvinceCode!, CityCode = command.CityCode!, PolicyCode = command.PolicyCode! },
            "college.registered");
        return CommandResult<CollegeProfile>.Ok(Profile());
    }

    public Task<CollegeProfile?> GetAsync() => Task.FromResult(Exists ? Profile() : null);

    public async Task<CommandResult<CollegeProfile>> AddSchoolAsync(AddSchool command)
    {
        if (!Exists)
        {
            return CommandError.NotFound($"College {Key}");
        }

        if ((Validate.Code(command.Code, nameof(command.Code)) ?? Validate.Text(command.Name, nameof(command.Name), 100)) is { } error)
        {
            return error;
        }

        if (State.Schools.Any(s => s.Code == command.Code))
        {
            return CommandError.Conflict("DUPLICATE_SCHOOL", $"School {command.Code} exists already.");
        }

        await CommitAsync(State with { Schools = [.. State.Schools, new School(command.Code, command.Name.Trim())] }, "college.school-added", command.Code);
        return CommandResult<CollegeProfile>.Ok(Profile());
    }

    public async Task<CommandResult<CollegeProfile>> AddMajorAsync(AddMajor command)
    {
        if (!Exists)
        {
            return CommandError.NotFound($"College {Key}");
        }

        if ((Validate.Code(command.Code, nameof(command.Code)) ?? Validate.Text(command.Name, nameof(command.Name), 100)) is { } error)
        {
            return error;
        }

        if (State.Schools.All(s => s.Code != command.SchoolCode))
        {
            return CommandError.Invalid(nameof(command.SchoolCode), $"School '{command.SchoolCode}' does not exist in college {Key}.");
        }

        if (State.Majors.Any(m => m.Code == command.Code))
        {
            return CommandError.Conflict("DUPLICATE_MAJOR", $"Major {command.Code} exists already.");
        }

        await CommitAsync(State with { Majors = [.. State.Majors, new Major(command.Code, command.Name.Trim(), command.SchoolCode)] }, "college.major-added", command.Code);
        return CommandResult<CollegeProfile>.Ok(Profile());
    }

    protected override CollegeState WithChange(CollegeState next, AuditEntry change) => next with { LastChange = change };

    protected override Projection BuildProjection(CollegeState current, int version) =>
        CollegeProjection.For(Key, current, version);

    private CollegeProfile Profile() =>
        new(Key, State.Name, State.ProvinceCode, State.CityCode, State.PolicyCode, State.Schools, State.Majors, Version);
}
