using OnePlusX.Outcomes;

namespace OnePlusX.MonitoringPoints;

/// <summary>
/// The national monitoring points (国家监测点, NAT-MON-1) of one certificate, keyed by the certificate's code: about
/// ten pilot colleges, chosen and changed by national monitoring, with the history of every change. National data,
/// not a tenant's: only national monitoring (or a recorded system job) may change it.
/// </summary>
public interface IMonitoringPointsGrain : IGrainWithStringKey
{
    /// <summary>Adds and removes colleges in one change with one reason; every entry is checked before anything changes.</summary>
    Task<CommandResult<MonitoringPointSet>> DesignateAsync(DesignateMonitoringPoints command);

    /// <summary>The current points and the history of changes.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<MonitoringPointSet> GetAsync();
}
