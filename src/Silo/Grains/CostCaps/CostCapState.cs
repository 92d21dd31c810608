using OnePlusX.CostCaps;
using OnePlusX.Silo.ReadModels;

namespace OnePlusX.Silo.Grains.CostCaps;

[GenerateSerializer, Alias("OnePlusX.Silo.CostCapState")]
internal sealed record CostCapState
{
    /// <summary>The table's entries, by level then effective day.</summary>
    [Id(0)] public IReadOnlyList<CostCap> Caps { get; init; } = [];

    [Id(1)] public AuditEntry? LastChange { get; init; }
}
