using OnePlusX.Students;

namespace OnePlusX.Silo.Grains.Students;

/// <summary>Credits (Ids 140–169).</summary>
internal sealed partial record StudentState
{
    [Id(140)] public IReadOnlyList<CreditRecord> Credits { get; init; } = [];
}
