using OnePlusX.CertificateProjects;
using OnePlusX.Outcomes;

namespace OnePlusX.CostCaps;

/// <summary>
/// The cost-cap table (考核成本上限, NAT-COST-1) of one certificate, keyed by the certificate's code: a cap per level
/// from a day on, kept by national monitoring. National data, not a tenant's: any grain may read it, only national
/// monitoring (or a recorded system job) may change it.
/// </summary>
public interface ICostCapGrain : IGrainWithStringKey
{
    /// <summary>Sets one level's cap from a day on; the same level and day again replaces that entry.</summary>
    Task<CommandResult<CostCapTable>> SetAsync(SetCostCap command);

    /// <summary>Every entry of the certificate's table.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<CostCapTable> GetAsync();

    /// <summary>The cap in force for a level on a day: the entry with the latest effective day on or before it; null when none.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<CostCap?> InForceAsync(CertificateLevel level, DateOnly day);
}
