using OnePlusX.Colleges;
using OnePlusX.Silo.ReadModels;

namespace OnePlusX.Silo.Grains.Colleges;

[GenerateSerializer, Alias("OnePlusX.Silo.CollegeState")]
internal sealed record CollegeState
{
    [Id(0)] public string Name { get; init; } = "";
    [Id(1)] public string ProvinceCode { get; init; } = "";
    [Id(2)] public string CityCode { get; init; } = "";
    [Id(4)] public IReadOnlyList<School> Schools { get; init; } = [];
    [Id(5)] public IReadOnlyList<Major> Majors { get; init; } = [];
    [Id(6)] public AuditEntry? LastChange { get; init; }

    /// <summary>The college's own values for its policy's parameters, each from a day on.</summary>
    [Id(7)] public IReadOnlyList<Policies.ParameterValue> PolicyParameters { get; init; } = [];

    /// <summary>Which projects' certificates each major takes as X certificates.</summary>
    [Id(8)] public IReadOnlyList<MajorProject> MajorProjects { get; init; } = [];

    /// <summary>Its exam stations the province approved.</summary>
    [Id(9)] public IReadOnlyList<ApprovedStation> ApprovedStations { get; init; } = [];
}
