namespace OnePlusX.Tenancy;

/// <summary>
/// Names of the <see cref="Orleans.Runtime.RequestContext"/> entries that carry who a grain call acts for.
/// The edge (HTTP authentication, the demo seeder, background jobs) sets them once; the grain call filter reads them.
/// </summary>
public static class CallScope
{
    /// <summary>The tenant code the call acts for.</summary>
    public const string TenantKey = "oneplusx.tenant";

    /// <summary>Set instead of a tenant for an explicit, recorded cross-tenant system call; the value is the reason.</summary>
    public const string SystemReasonKey = "oneplusx.system";

    /// <summary>Who acts (user id, client id or a system job name), recorded in audit entries.</summary>
    public const string ActorKey = "oneplusx.actor";

    /// <summary>Acts for one tenant until disposed.</summary>
    public static IDisposable ForTenant(TenantId tenant, string actor) => new Scope(tenant.Value, null, actor);

    /// <summary>
    /// Acts across tenants for a stated reason until disposed. Every call made in this scope is recorded
    /// by the grain call filter; use it only for system jobs (seeding, repair, migrations).
    /// </summary>
    public static IDisposable System(string reason, string actor = "system")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new Scope(null, reason, actor);
    }

    /// <summary>The tenant the current call acts for, if any.</summary>
    public static string? CurrentTenant => RequestContext.Get(TenantKey) as string;

    /// <summary>The system reason of the current call, if it is a system call.</summary>
    public static string? CurrentSystemReason => RequestContext.Get(SystemReasonKey) as string;

    /// <summary>The actor of the current call, or <c>"unknown"</c>.</summary>
    public static string CurrentActor => RequestContext.Get(ActorKey) as string ?? "unknown";

    private sealed class Scope : IDisposable
    {
        private readonly object? _tenant = RequestContext.Get(TenantKey);
        private readonly object? _system = RequestContext.Get(SystemReasonKey);
        private readonly object? _actor = RequestContext.Get(ActorKey);

        public Scope(string? tenant, string? systemReason, string actor)
        {
            Set(TenantKey, tenant);
            Set(SystemReasonKey, systemReason);
            Set(ActorKey, actor);
        }

        public void Dispose()
        {
            Set(TenantKey, _tenant);
            Set(SystemReasonKey, _system);
            Set(ActorKey, _actor);
        }

        private static void Set(string key, object? value)
        {
            if (value is null)
            {
                RequestContext.Remove(key);
            }
            else
            {
                RequestContext.Set(key, value);
            }
        }
    }
}
