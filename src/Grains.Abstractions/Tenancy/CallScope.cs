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

    /// <summary>Where the call came from (the caller's address), recorded in audit entries.</summary>
    public const string OriginKey = "oneplusx.origin";

    /// <summary>The caller's roles, comma-separated: grains decide which approver the caller may act as.</summary>
    public const string RolesKey = "oneplusx.roles";

    /// <summary>Acts for one tenant until disposed; <paramref name="origin"/> is the caller's address, when there is one.</summary>
    public static IDisposable ForTenant(TenantId tenant, string actor, string? origin = null, IEnumerable<string>? roles = null) =>
        new Scope(tenant.Value, null, actor, origin, roles is null ? null : string.Join(',', roles));

    /// <summary>
    /// Acts for national monitoring until disposed: the caller, its address and roles, for no tenant and with no system
    /// reason. National grains (the cost-cap table, monitoring points) are not tenant grains, so the grain call filter
    /// lets such calls through, and the grains check the roles before they change anything; a tenant grain refuses
    /// such a call, since it acts for no tenant and states no reason.
    /// </summary>
    public static IDisposable ForNational(string actor, string? origin, IEnumerable<string> roles) =>
        new Scope(null, null, actor, origin, string.Join(',', roles));

    /// <summary>
    /// Acts across tenants for a stated reason until disposed. Every call made in this scope is recorded
    /// by the grain call filter; use it only for system jobs (seeding, repair, migrations).
    /// </summary>
    public static IDisposable System(string reason, string actor = "system")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new Scope(null, reason, actor, "system", null);
    }

    /// <summary>The tenant the current call acts for, if any.</summary>
    public static string? CurrentTenant => RequestContext.Get(TenantKey) as string;

    /// <summary>The system reason of the current call, if it is a system call.</summary>
    public static string? CurrentSystemReason => RequestContext.Get(SystemReasonKey) as string;

    /// <summary>The actor of the current call, or <c>"unknown"</c>.</summary>
    public static string CurrentActor => RequestContext.Get(ActorKey) as string ?? "unknown";

    /// <summary>Where the current call came from, if the edge said.</summary>
    public static string? CurrentOrigin => RequestContext.Get(OriginKey) as string;

    /// <summary>The roles the edge said the current caller has; empty for system jobs and unnamed callers.</summary>
    public static IReadOnlySet<string> CurrentRoles =>
        (RequestContext.Get(RolesKey) as string)?.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal) ?? [];

    private sealed class Scope : IDisposable
    {
        private readonly object? _tenant = RequestContext.Get(TenantKey);
        private readonly object? _system = RequestContext.Get(SystemReasonKey);
        private readonly object? _actor = RequestContext.Get(ActorKey);
        private readonly object? _origin = RequestContext.Get(OriginKey);
        private readonly object? _roles = RequestContext.Get(RolesKey);

        public Scope(string? tenant, string? systemReason, string actor, string? origin, string? roles)
        {
            Set(RolesKey, roles);
            Set(TenantKey, tenant);
            Set(SystemReasonKey, systemReason);
            Set(ActorKey, actor);
            Set(OriginKey, origin);
        }

        public void Dispose()
        {
            Set(TenantKey, _tenant);
            Set(SystemReasonKey, _system);
            Set(ActorKey, _actor);
            Set(OriginKey, _origin);
            Set(RolesKey, _roles);
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
