using OnePlusX.Outcomes;
using OnePlusX.Tenancy;

namespace OnePlusX.Colleges;

/// <summary>A pilot college (试点院校), the tenant root; keyed by its tenant code alone.</summary>
public interface ICollegeGrain : ITenantGrain
{
    /// <summary>Registers the college with its province and city; a second registration is a conflict.</summary>
    Task<CommandResult<CollegeProfile>> RegisterAsync(RegisterCollege command);

    /// <summary>The college's profile, or null when no college has this code.</summary>
    Task<CollegeProfile?> GetAsync();

    /// <summary>Adds a secondary college (二级学院).</summary>
    Task<CommandResult<CollegeProfile>> AddSchoolAsync(AddSchool command);

    /// <summary>Adds a major (专业) to one of its schools.</summary>
    Task<CommandResult<CollegeProfile>> AddMajorAsync(AddMajor command);

    /// <summary>Sets one of its policy's parameters from a day on; checked against the parameter's kind and range.</summary>
    Task<CommandResult<CollegeProfile>> SetPolicyParameterAsync(SetPolicyParameter command);

    /// <summary>Records that a project's certificate is one of a major's X certificates (called by the project grain; idempotent).</summary>
    Task<CommandResult<CollegeProfile>> RecordMajorProjectAsync(MajorProject project);

    /// <summary>Records that the province approved one of its exam stations (called by the station grain; idempotent).</summary>
    Task<CommandResult<CollegeProfile>> RecordApprovedStationAsync(ApprovedStation station);

    /// <summary>Its policy, and every parameter as in force on a day: the college's own value or the policy's default.</summary>
    Task<CommandResult<CollegePolicy>> GetPolicyAsync(DateOnly on);
}
