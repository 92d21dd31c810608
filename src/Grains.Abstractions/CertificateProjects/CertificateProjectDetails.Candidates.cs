namespace OnePlusX.CertificateProjects;

/// <summary>What candidates, results and certificates add to a project's details (Ids 140–169).</summary>
public sealed partial record CertificateProjectDetails
{
    /// <summary>The agreed exam price per candidate (考核价格), split as HB-FUND-2 reads it; null until set.</summary>
    [Id(140)] public Policies.ExamPrice? ExamPrice { get; init; }

    /// <summary>Registrations in the order they were made, each with who pays, result and certificate.</summary>
    [Id(141)] public IReadOnlyList<CandidateRegistration> Registrations { get; init; } = [];
}
