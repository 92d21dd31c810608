using OnePlusX.Outcomes;
using OnePlusX.Tenancy;

namespace OnePlusX.CertificateProjects;

/// <summary>
/// A certificate project (证书项目): one college running one certificate at one level in one year.
/// Key: <c>"{tenant}/{certificate}-{level}-{year}"</c>, see <see cref="CertificateProjectKey"/>.
/// </summary>
public interface ICertificateProjectGrain : ITenantGrain
{
    /// <summary>Applies for the project; the college's policy decides whether it is allowed.</summary>
    Task<CommandResult<CertificateProjectDetails>> ApplyAsync(ApplyForProject command);

    /// <summary>The project, or null when it was never applied for.</summary>
    Task<CertificateProjectDetails?> GetAsync();

    /// <summary>Moves the project along its lifecycle; a rejection must carry a reason.</summary>
    Task<CommandResult<CertificateProjectDetails>> AdvanceAsync(AdvanceProject command);

    /// <summary>Registers an enrolled student as a candidate (报名); registering twice is a conflict.</summary>
    Task<CommandResult<CertificateProjectDetails>> RegisterCandidateAsync(RegisterCandidate command);

    /// <summary>Sets a durable deadline: a reminder marks it reached once, even across silo failures.</summary>
    Task<CommandResult<CertificateProjectDetails>> ScheduleDeadlineAsync(ScheduleDeadline command);
}
