using OnePlusX.CertificateProjects;

namespace OnePlusX.Silo.Grains.CertificateProjects;

/// <summary>Course integration and trainings of a project (Id range 100–119).</summary>
internal sealed partial record CertificateProjectState
{
    [Id(100)] public IReadOnlyList<CourseIntegration> Courses { get; init; } = [];
    [Id(101)] public IReadOnlyList<Training> Trainings { get; init; } = [];
}
