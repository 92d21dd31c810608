using OnePlusX.Tenancy;

namespace OnePlusX.Silo.Tenancy;

/// <summary>
/// Every call to a tenant grain must act for that grain's tenant (carried in RequestContext from the edge),
/// or run in an explicit system scope, which is recorded. Anything else is refused before the grain runs.
/// Reminder deliveries come from the runtime itself and pass.
/// </summary>
internal sealed class TenantGrainCallFilter(SystemCallRecorder recorder, ILogger<TenantGrainCallFilter> logger) : IIncomingGrainCallFilter
{
    public Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.TargetContext.GrainInstance is not ITenantGrain || context.InterfaceMethod.DeclaringType == typeof(IRemindable))
        {
            return context.Invoke();
        }

        var key = context.TargetId.Key.ToString() ?? "";
        if (!GrainKey.TryGetTenant(key, out var grainTenant))
        {
            throw new TenantAccessDeniedException("The grain key carries no tenant.");
        }

        var caller = CallScope.CurrentTenant;
        if (caller == grainTenant.Value.Value)
        {
            return context.Invoke();
        }

        if (CallScope.CurrentSystemReason is { } reason)
        {
            recorder.Record(grainTenant.Value.Value, CallScope.CurrentActor, reason, context.TargetId.Type.ToString() ?? "", key, context.InterfaceMethod.Name);
            return context.Invoke();
        }

        logger.LogWarning("Refused {Method} on a grain of tenant {GrainTenant} for caller tenant {CallerTenant}",
            context.InterfaceMethod.Name, grainTenant.Value, caller ?? "(none)");
        throw new TenantAccessDeniedException();
    }
}
