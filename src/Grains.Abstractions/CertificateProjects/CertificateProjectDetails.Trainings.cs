namespace OnePlusX.CertificateProjects;

/// <summary>What course integration and trainings add to a project's details.</summary>
public sealed partial record CertificateProjectDetails
{
    /// <summary>Course-integration plans (课证融通), in the order they were first planned.</summary>
    [Id(100)] public IReadOnlyList<CourseIntegration> Courses { get; init; } = [];

    /// <summary>Trainings (培训) with their filings, approvals and fee tables, in the order they were first planned.</summary>
    [Id(101)] public IReadOnlyList<Training> Trainings { get; init; } = [];
}
