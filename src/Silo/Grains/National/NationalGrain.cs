using OnePlusX.Outcomes;
using OnePlusX.Policies;
using OnePlusX.Security;
using OnePlusX.Silo.ReadModels;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.Grains.National;

/// <summary>
/// A grain of national data (the cost-cap table, monitoring points), keyed by a certificate code rather than a
/// tenant. It is not an <see cref="ITenantGrain"/>, so the grain call filter lets every call through: any grain may
/// read it (a project reads its cap). It guards its own writes instead: only a caller whose scope carries the
/// NationalMonitor role (set by the gateway, <see cref="CallScope.ForNational"/>) or a recorded system job
/// (<see cref="CallScope.System"/>: the demo seeder, repair) may change it. It shares the tenant grains' write path
/// (<see cref="ProjectedGrain{TState}"/>); its projections carry <see cref="Projection.NationalTenant"/>, which
/// the read-model writer writes in the national scope.
/// </summary>
internal abstract class NationalGrain<TState>(IPersistentState<TState> state, ReadModelWriter readModels, FaultInjection faults, ILogger logger)
    : ProjectedGrain<TState>(state, readModels, faults, logger)
    where TState : class, new()
{
    /// <summary>A refusal when the caller is neither national monitoring nor a system job; null when it may write.</summary>
    protected static CommandError? WriterRefusal(string ruleId, string chinese, string english) =>
        CallScope.CurrentRoles.Contains(Roles.NationalMonitor) || CallScope.CurrentSystemReason is not null
            ? null
            : CommandError.Refused(PolicyDecision.Refuse(chinese, english, ruleId));
}
