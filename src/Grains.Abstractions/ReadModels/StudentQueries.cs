using OnePlusX.Security;

namespace OnePlusX.ReadModels;

/// <summary>A student as lists find it: the college and the student number.</summary>
public sealed record StudentRef(string TenantId, string StudentNumber);

/// <summary>Which students to list; every given condition must hold.</summary>
public sealed record StudentFilter(string? TenantId, string? MajorCode, int? Cohort, string? NameContains);

/// <summary>Enrolled students from the read model, within the caller's scope, by college then student number.</summary>
public interface IStudentQueries
{
    Task<Page<StudentRef>> ListAsync(AccessScope scope, StudentFilter filter, int offset, int limit, CancellationToken cancellationToken);
}
