namespace OnePlusX.CertificateProjects;

/// <summary>What a policy needs to decide on a project application; gathered by the grain, never fetched by the policy.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.ProjectApplicationFacts")]
public sealed record ProjectApplicationFacts(
    [property: Id(0)] string CertificateCode,
    [property: Id(1)] CertificateLevel Level,
    [property: Id(2)] int Year,
    [property: Id(3)] int PilotScale,
    [property: Id(4)] decimal Budget);
