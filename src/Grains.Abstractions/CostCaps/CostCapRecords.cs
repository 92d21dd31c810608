using OnePlusX.CertificateProjects;

namespace OnePlusX.CostCaps;

/// <summary>Sets a cost cap (NAT-COST-1) for one level of the grain's certificate from a day on.</summary>
/// <param name="Level">The certificate level; the certificate must be offered at it.</param>
/// <param name="EffectiveFrom">The first day the cap is in force (China day).</param>
/// <param name="Cap">The cap per candidate in yuan, more than 0, to the fen.</param>
/// <param name="Sample">True for a made-up value: no official cap is in our sources, and a sample must say so.</param>
[GenerateSerializer, Immutable, Alias("OnePlusX.SetCostCap")]
public sealed record SetCostCap(
    [property: Id(0)] CertificateLevel Level,
    [property: Id(1)] DateOnly EffectiveFrom,
    [property: Id(2)] decimal Cap,
    [property: Id(3)] bool Sample);

/// <summary>One entry of a cost-cap table: who set it and when.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.CostCap")]
public sealed record CostCap(
    [property: Id(0)] string CertificateCode,
    [property: Id(1)] CertificateLevel Level,
    [property: Id(2)] DateOnly EffectiveFrom,
    [property: Id(3)] decimal Cap,
    [property: Id(4)] bool Sample,
    [property: Id(5)] string SetBy,
    [property: Id(6)] DateTimeOffset SetAt);

/// <summary>A certificate's cost-cap table, ordered by level then effective day.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.CostCapTable")]
public sealed record CostCapTable(
    [property: Id(0)] string CertificateCode,
    [property: Id(1)] IReadOnlyList<CostCap> Caps)
{
    /// <summary>The cap in force for a level on a day (NAT-COST-1): the latest effective day on or before it.</summary>
    public CostCap? InForce(CertificateLevel level, DateOnly day) =>
        Caps.Where(c => c.Level == level && c.EffectiveFrom <= day).MaxBy(c => c.EffectiveFrom);
}
