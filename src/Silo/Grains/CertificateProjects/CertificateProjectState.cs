using OnePlusX.CertificateProjects;
using OnePlusX.Silo.ReadModels;

namespace OnePlusX.Silo.Grains.CertificateProjects;

[GenerateSerializer, Alias("OnePlusX.Silo.CertificateProjectState")]
internal sealed partial record CertificateProjectState
{
    [Id(0)] public string CertificateCode { get; init; } = "";
    [Id(1)] public CertificateLevel Level { get; init; }
    [Id(2)] public int Year { get; init; }
    [Id(3)] public string SchoolCode { get; init; } = "";
    [Id(4)] public int PilotScale { get; init; }
    [Id(5)] public decimal Budget { get; init; }
    [Id(6)] public ProjectStatus Status { get; init; }
    [Id(7)] public IReadOnlyList<string> Candidates { get; init; } = [];
    [Id(8)] public IReadOnlyList<ProjectStep> History { get; init; } = [];
    [Id(9)] public IReadOnlyList<ProjectDeadline> Deadlines { get; init; } = [];
    [Id(10)] public AuditEntry? LastChange { get; init; }
    [Id(11)] public OnePlusX.Approvals.Approval? Application { get; init; }
    [Id(12)] public string? MajorCode { get; init; }
    [Id(13)] public IReadOnlyList<StepNotNeeded> StepsNotNeeded { get; init; } = [];

    // Feature files add their own properties with Id ranges: trainings 100–119, exams 120–139, candidates 140–169.
}
