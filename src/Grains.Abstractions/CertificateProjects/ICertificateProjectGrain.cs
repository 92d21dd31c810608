using OnePlusX.Approvals;
using OnePlusX.Outcomes;
using OnePlusX.Tenancy;

namespace OnePlusX.CertificateProjects;

/// <summary>
/// A certificate project (证书项目): one college running one certificate at one level in one year.
/// Key: <c>"{tenant}/{certificate}-{level}-{year}"</c>, see <see cref="CertificateProjectKey"/>.
/// The project is the unit of consistency for everything done under it, so the interface is split by feature
/// (partial files: trainings, exams, candidates); its approvable items are named <c>application</c>,
/// <c>training:{code}</c>, <c>course:{code}</c>, <c>exam:{code}</c>.
/// </summary>
public partial interface ICertificateProjectGrain : ITenantGrain, IApprovalTarget
{
    /// <summary>
    /// Applies for the project (a draft application, submitted with <see cref="IApprovalTarget.SubmitAsync"/> as
    /// <c>application</c>); the college's policy decides whether it is allowed (JL-APP-1, SD-APP-1, SD-LVL-1).
    /// </summary>
    Task<CommandResult<CertificateProjectDetails>> ApplyAsync(ApplyForProject command);

    /// <summary>The project, or null when it was never applied for.</summary>
    Task<CertificateProjectDetails?> GetAsync();

    /// <summary>Moves an approved project to running, and a running one to closed; approval itself is the application's.</summary>
    Task<CommandResult<CertificateProjectDetails>> AdvanceAsync(AdvanceProject command);

    /// <summary>
    /// Registers one enrolled, selected student as a candidate (报名): <see cref="RegisterCandidatesAsync"/> with one row,
    /// its row's error as the result's; registering twice is a conflict.
    /// </summary>
    Task<CommandResult<CertificateProjectDetails>> RegisterCandidateAsync(RegisterCandidate command);

    /// <summary>Sets a durable deadline: a reminder marks it reached once, even across silo failures.</summary>
    Task<CommandResult<CertificateProjectDetails>> ScheduleDeadlineAsync(ScheduleDeadline command);
}
