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

        // Input is checked before existence, so a malformed registration answers alike for codes taken and free.
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

        if (Exists)
        {
            return CommandError.Conflict("ALREADY_REGISTERED", $"College {Key} is already registered.");
        }

        await CommitAsync(
            new CollegeState { Name = command.Name!.Trim(), ProvinceCode = command.ProvinceCode!, CityCode = command.CityCode! },
            "college.registered");
        return CommandResult<CollegeProfile>.Ok(Profile());
    }

    public Task<CollegeProfile?> GetAsync() => Task.FromResult(Exists ? Profile() : null);

    public async Task<CommandResult<CollegeProfile>> RecordApprovedStationAsync(ApprovedStation station)
    {
        if (!Exists)
        {
            return CommandError.NotFound($"College {Key}");
        }

        if (!State.ApprovedStations.Contains(station))
        {
            await CommitAsync(State with { ApprovedStations = [.. State.ApprovedStations, station] }, "college.station-approved", station.StationCode);
        }

        return CommandResult<CollegeProfile>.Ok(Profile());
    }

    public async Task<CommandResult<CollegeProfile>> RecordMajorProjectAsync(MajorProject project)
    {
        if (!Exists)
        {
            return CommandError.NotFound($"College {Key}");
        }

        if (State.Majors.All(m => m.Code != project.MajorCode))
        {
            return CommandError.Invalid("majorCode", $"Major '{project.MajorCode}' does not exist in college {Key}.");
        }

        if (!State.MajorProjects.Contains(project))
        {
            await CommitAsync(State with { MajorProjects = [.. State.MajorProjects, project] }, "college.major-project", $"{project.MajorCode}:{project.ProjectKey}");
        }

        return CommandResult<CollegeProfile>.Ok(Profile());
    }

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

    public async Task<CommandResult<CollegeProfile>> SetPolicyParameterAsync(SetPolicyParameter command)
    {
        if (!Exists)
        {
            return CommandError.NotFound($"College {Key}");
        }

        if (command is null)
        {
            return CommandError.Invalid("input", "input is required.");
        }

        var value = new ParameterValue(command.Key?.Trim() ?? "", command.EffectiveFrom, command.Value?.Trim() ?? "");
        if (Policy.ValidateParameter(value) is { } error)
        {
            return error;
        }

        // A value for the same key and day replaces the earlier one: that is how an office corrects a typo.
        var values = State.PolicyParameters
            .Where(v => v.Key != value.Key || v.EffectiveFrom != value.EffectiveFrom)
            .Append(value)
            .OrderBy(v => v.Key, StringComparer.Ordinal).ThenBy(v => v.EffectiveFrom)
            .ToList();
        await CommitAsync(State with { PolicyParameters = values }, "college.policy-parameter-set", $"{value.Key}@{value.EffectiveFrom:yyyy-MM-dd}={value.Value}");
        return CommandResult<CollegeProfile>.Ok(Profile());
    }

    public Task<CommandResult<CollegePolicy>> GetPolicyAsync(DateOnly on)
    {
        if (!Exists)
        {
            return Task.FromResult<CommandResult<CollegePolicy>>(CommandError.NotFound($"College {Key}"));
        }

        var policy = Policy;
        var inForce = policy.ParametersInForce(Schedule, on);
        return Task.FromResult<CommandResult<CollegePolicy>>(inForce.Succeeded
            ? new CollegePolicy(policy.Code, policy.Source, on, inForce.Value)
            : inForce.Error);
    }

    private IPilotPolicy Policy => policies.ForTenant(TenantId.From(Key));

    private ParameterSchedule Schedule => new(State.PolicyParameters);

    protected override CollegeState WithChange(CollegeState next, AuditEntry change) => next with { LastChange = change };

    protected override Projection BuildProjection(CollegeState current, int version) =>
        CollegeProjection.For(Key, current, Policy.Code, version);

    private CollegeProfile Profile() =>
        new(Key, State.Name, State.ProvinceCode, State.CityCode, Policy.Code, State.Schools, State.Majors, Version) { Parameters = Schedule, MajorProjects = State.MajorProjects, ApprovedStations = State.ApprovedStations };
}
