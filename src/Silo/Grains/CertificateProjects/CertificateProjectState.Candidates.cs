using OnePlusX.CertificateProjects;
using OnePlusX.Policies;

namespace OnePlusX.Silo.Grains.CertificateProjects;

/// <summary>Candidates, results and certificates (Ids 140–169).</summary>
internal sealed partial record CertificateProjectState
{
    [Id(140)] public ExamPrice? ExamPrice { get; init; }

    [Id(141)] public IReadOnlyList<CandidateRegistration> Registrations { get; init; } = [];

    /// <summary>External candidates' resident ID numbers, by candidate key: kept here only, never projected or shown whole.</summary>
    [Id(142)] public IReadOnlyList<ExternalIdentity> ExternalIdentities { get; init; } = [];

    /// <summary>How many external candidates were ever registered: the next key is <c>ext:{n+1:0000}</c>.</summary>
    [Id(143)] public int ExternalCount { get; init; }

    /// <summary>The college's name as its certificates are verified under (set at each issuance).</summary>
    [Id(144)] public string? IssuerName { get; init; }
}

/// <summary>An external candidate's resident ID number (居民身份证号码), by candidate key.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.Silo.ExternalIdentity")]
internal sealed record ExternalIdentity([property: Id(0)] string Key, [property: Id(1)] string IdNumber);
