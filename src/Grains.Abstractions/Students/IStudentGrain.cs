using OnePlusX.Outcomes;
using OnePlusX.Tenancy;

namespace OnePlusX.Students;

/// <summary>An enrolled student (学生) of one college; key <c>"{tenant}/{studentNumber}"</c>.</summary>
public partial interface IStudentGrain : ITenantGrain
{
    /// <summary>Enrols the student in a major of the college.</summary>
    Task<CommandResult<StudentDetails>> EnrolAsync(EnrolStudent command);

    /// <summary>The student, or null when not enrolled.</summary>
    Task<StudentDetails?> GetAsync();

    /// <summary>Records that the student is registered for a project of the same college (called by the project grain).</summary>
    Task<CommandResult<StudentDetails>> AddRegistrationAsync(string projectKey);
}
