using OnePlusX.Security;

namespace OnePlusX.ReadModels;

/// <summary>A student as lists find it: the college and the student number.</summary>
public sealed record StudentRef(string TenantId, string StudentNumber);

/// <summary>Which students to list; every given condition must hold.</summary>
public sealed record StudentFilter(string? TenantId, string? MajorCode, int? Cohort, string? NameContains);

/// <summary>Orders for student lists.</summary>
public enum StudentOrder
{
    /// <summary>By college, then student number.</summary>
    NumberAscending = 1,

    /// <summary>By name, then college and student number.</summary>
    NameAscending = 2,
}

/// <summary>Enrolled students from the read model, within the caller's scope.</summary>
public interface IStudentQueries
{
    Task<Page<StudentRef>> ListAsync(AccessScope scope, StudentFilter filter, int offset, int limit, CancellationToken cancellationToken, StudentOrder order = StudentOrder.NumberAscending);
}
