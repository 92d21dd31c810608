using OnePlusX.CertificateProjects;
using OnePlusX.Security;

namespace OnePlusX.ReadModels;

/// <summary>A certificate project's key as lists find it: its college and its key within the college.</summary>
public sealed record ProjectRef(string TenantId, string ProjectKey);

/// <summary>Which projects to list; every given condition must hold.</summary>
public sealed record ProjectFilter(string? TenantId, int? Year, string? CertificateCode, string? SchoolCode, ProjectStatus? Status);

/// <summary>Certificate projects from the read model, within the caller's scope, by college then key.</summary>
public interface IProjectQueries
{
    Task<Page<ProjectRef>> ListAsync(AccessScope scope, ProjectFilter filter, int offset, int limit, CancellationToken cancellationToken);
}
