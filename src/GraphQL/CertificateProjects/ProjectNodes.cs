using GraphQL;
using OnePlusX.CertificateProjects;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.Security;
using OnePlusX.Tenancy;

namespace OnePlusX.GraphQL.CertificateProjects;

/// <summary>A certificate project with the college it belongs to, as the gateway shows it.</summary>
public sealed record ProjectNode(TenantId Tenant, CertificateProjectDetails Project);

/// <summary>
/// Reads projects from their grains for a caller allowed to see the college: a college's own users their own; a
/// province its colleges'; national monitoring all. Anything else, and projects never applied for, are null.
/// </summary>
public static class ProjectNodes
{
    public static async Task<ProjectNode?> LoadAsync(IResolveFieldContext context, TenantId tenant, string projectKey)
    {
        var visible = await Caller.CanReachAsync(context, tenant);
        if (!visible || projectKey.Length is 0 or > 100)
        {
            return null;
        }

        using var scope = Caller.Scope(context, tenant);
        var details = await Caller.Grains(context).GetGrain<ICertificateProjectGrain>(GrainKey.For(tenant, projectKey)).GetAsync();
        return details is null ? null : new ProjectNode(tenant, details);
    }

    /// <summary>The project a global id names, or null.</summary>
    public static Task<ProjectNode?> FindAsync(IResolveFieldContext context, string key) =>
        key.Split('/') is [var tenant, var projectKey] && TenantId.TryParse(tenant, out var parsed)
            ? LoadAsync(context, parsed.Value, projectKey)
            : Task.FromResult<ProjectNode?>(null);
}
