using System.Security.Claims;

namespace OnePlusX.Security;

/// <summary>What data a caller may see: one college, one province, every province, or nothing.</summary>
public enum ScopeKind
{
    /// <summary>Anonymous, a system administrator, or a user still to change an initial password: public data only.</summary>
    None = 0,

    /// <summary>One college's data (its tenant).</summary>
    College = 1,

    /// <summary>Every college of one province.</summary>
    Province = 2,

    /// <summary>Every college.</summary>
    National = 3,
}

/// <summary>
/// The caller's data scope, derived once at the edge from the authenticated principal and nothing else: never from
/// a header, an argument or an id. Read-model queries filter by it, and on PostgreSQL the same scope is set on the
/// transaction for row-level security.
/// </summary>
public sealed record AccessScope(ScopeKind Kind, string? Tenant, string? Province, IReadOnlySet<string> Roles, string Actor)
{
    /// <summary>Nothing but public data.</summary>
    public static AccessScope Public { get; } = new(ScopeKind.None, null, null, new HashSet<string>(), "anonymous");

    /// <summary>Background work of the service itself (sweeps, repair, seeding): every row, recorded as system.</summary>
    public static AccessScope System(string reason) => new(ScopeKind.National, null, null, new HashSet<string>(), $"system:{reason}");

    /// <summary>A grain writing its own tenant's read-model rows.</summary>
    public static AccessScope Writing(string tenant) => new(ScopeKind.College, tenant, null, new HashSet<string>(), $"grain:{tenant}");

    public bool IsInRole(string role) => Roles.Contains(role);

    /// <summary>Whether a row of <paramref name="tenant"/> in <paramref name="province"/> is visible.</summary>
    public bool Sees(string tenant, string province) => Kind switch
    {
        ScopeKind.National => true,
        ScopeKind.Province => province == Province,
        ScopeKind.College => tenant == Tenant,
        _ => false,
    };

    /// <summary>The scope of an authenticated principal: its tenant, province or national role; otherwise public.</summary>
    public static AccessScope From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true || user.HasClaim(c => c.Type == ClaimNames.MustChangePassword))
        {
            return Public;
        }

        var roles = user.Claims.Where(c => c.Type == ClaimNames.Role || c.Type == ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var actor = user.FindFirst(ClaimNames.Name)?.Value ?? user.Identity?.Name ?? "unknown";
        var tenant = user.FindFirst(ClaimNames.Tenant)?.Value;
        var province = user.FindFirst(ClaimNames.Province)?.Value;
        if (tenant is { Length: > 0 } && (roles.Overlaps(OnePlusX.Security.Roles.College) || roles.Contains(OnePlusX.Security.Roles.IntegrationClient)))
        {
            return new(ScopeKind.College, tenant, province, roles, actor);
        }

        if (roles.Contains(OnePlusX.Security.Roles.NationalMonitor))
        {
            return new(ScopeKind.National, null, null, roles, actor);
        }

        if (province is { Length: > 0 } && (roles.Contains(OnePlusX.Security.Roles.ProvincialCoordinator) || roles.Contains(OnePlusX.Security.Roles.IntegrationClient)))
        {
            return new(ScopeKind.Province, null, province, roles, actor);
        }

        // A client the system administrator registered for neither a college nor a province is a national one.
        if (roles.Contains(OnePlusX.Security.Roles.IntegrationClient) && tenant is not { Length: > 0 } && province is not { Length: > 0 })
        {
            return new(ScopeKind.National, null, null, roles, actor);
        }

        return new(ScopeKind.None, null, null, roles, actor);
    }
}
