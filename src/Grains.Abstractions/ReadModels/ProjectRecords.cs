using OnePlusX.CertificateProjects;
using OnePlusX.Security;

namespace OnePlusX.ReadModels;

/// <summary>A certificate project's key as lists find it: its college and its key within the college.</summary>
public sealed record ProjectRef(string TenantId, string ProjectKey);

/// <summary>Which projects to list; every given condition must hold.</summary>
public sealed record ProjectFilter(string? TenantId, int? Year, string? CertificateCode, string? SchoolCode, ProjectStatus? Status);

/// <summary>Orders for project lists.</summary>
public enum ProjectOrder
{
    /// <summary>By college, then key.</summary>
    KeyAscending = 1,

    /// <summary>Newest pilot year first, then college and key.</summary>
    YearDescending = 2,
}

/// <summary>Certificate projects from the read model, within the caller's scope.</summary>
public interface IProjectQueries
{
    Task<Page<ProjectRef>> ListAsync(AccessScope scope, ProjectFilter filter, int offset, int limit, CancellationToken cancellationToken, ProjectOrder order = ProjectOrder.KeyAscending);
}
