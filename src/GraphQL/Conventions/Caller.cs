using System.Security.Claims;
using GraphQL;
using OnePlusX.Security;
using OnePlusX.Tenancy;

namespace OnePlusX.GraphQL.Conventions;

/// <summary>
/// The authenticated caller as resolvers need it: the tenant comes from the principal's claim only, never from an
/// argument, and grain calls run in that tenant's scope.
/// </summary>
public static class Caller
{
    /// <summary>The claim that carries the caller's tenant.</summary>
    public const string TenantClaim = "tenant";

    /// <summary>The caller's tenant, when the principal carries a valid one.</summary>
    public static bool TryGetTenant(IResolveFieldContext context, out TenantId tenant)
    {
        var parsed = TenantId.TryParse(context.User?.FindFirstValue(TenantClaim), out var value);
        tenant = value.GetValueOrDefault();
        return parsed;
    }

    /// <summary>
    /// A grain-call scope for a tenant (the caller's own, or for a provincial approver one of its province's colleges),
    /// naming the caller, their address and roles for the grain and the audit log.
    /// </summary>
    public static IDisposable Scope(IResolveFieldContext context, TenantId tenant) =>
        CallScope.ForTenant(tenant, Actor(context), Origin(context), AccessScope.From(context.User).Roles);

    /// <summary>Who calls, for the grain and the audit log: the principal's name.</summary>
    internal static string Actor(IResolveFieldContext context) => context.User?.Identity?.Name ?? "unknown";

    /// <summary>The caller's address, when the request came over HTTP.</summary>
    internal static string? Origin(IResolveFieldContext context) =>
        (context.RequestServices?.GetService(typeof(Microsoft.AspNetCore.Http.IHttpContextAccessor)) as Microsoft.AspNetCore.Http.IHttpContextAccessor)?.HttpContext?.Connection.RemoteIpAddress?.ToString();

    /// <summary>What the caller may read: from the authenticated principal alone.</summary>
    public static AccessScope Access(IResolveFieldContext context) => AccessScope.From(context.User);

    /// <summary>
    /// Whether the caller may reach a college's grains: its own college for a college user; for a provincial or
    /// national reader, a college its read-model scope shows (one batched lookup). Anyone else reaches none.
    /// </summary>
    public static async Task<bool> CanReachAsync(IResolveFieldContext context, TenantId tenant)
    {
        var access = Access(context);
        return access.Kind switch
        {
            ScopeKind.College => access.Tenant == tenant.Value,
            ScopeKind.Province or ScopeKind.National => await context.Loaders().Colleges.Load(tenant.Value).GetResultAsync(context.CancellationToken) is not null,
            _ => false,
        };
    }

    /// <summary>The silo's grain factory.</summary>
    public static IGrainFactory Grains(IResolveFieldContext context) =>
        context.RequestServices!.GetService(typeof(IGrainFactory)) as IGrainFactory
        ?? throw new InvalidOperationException("The gateway runs inside the silo.");
}
