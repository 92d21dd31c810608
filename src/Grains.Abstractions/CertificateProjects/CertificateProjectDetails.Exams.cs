namespace OnePlusX.CertificateProjects;

/// <summary>The project's exams (考核).</summary>
public sealed partial record CertificateProjectDetails
{
    /// <summary>The project's exams, in the order they were first planned.</summary>
    [Id(120)] public IReadOnlyList<ExamDetails> Exams { get; init; } = [];
}
