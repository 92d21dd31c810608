using OnePlusX.MonitoringPoints;
using OnePlusX.Silo.ReadModels;

namespace OnePlusX.Silo.Grains.MonitoringPoints;

[GenerateSerializer, Alias("OnePlusX.Silo.MonitoringPointsState")]
internal sealed record MonitoringPointsState
{
    /// <summary>The current points, by college code.</summary>
    [Id(0)] public IReadOnlyList<MonitoringPoint> Points { get; init; } = [];

    /// <summary>Every change, oldest first, numbered from 1.</summary>
    [Id(1)] public IReadOnlyList<MonitoringPointChange> History { get; init; } = [];

    [Id(2)] public AuditEntry? LastChange { get; init; }
}
