using OnePlusX.CertificateProjects;

namespace OnePlusX.Silo.Grains.CertificateProjects;

/// <summary>The project's exams (Id range 120–139).</summary>
internal sealed partial record CertificateProjectState
{
    /// <summary>Exams in the order they were first planned.</summary>
    [Id(120)] public IReadOnlyList<ExamDetails> Exams { get; init; } = [];
}
