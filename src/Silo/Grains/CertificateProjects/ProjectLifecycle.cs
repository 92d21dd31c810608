using OnePlusX.CertificateProjects;

namespace OnePlusX.Silo.Grains.CertificateProjects;

/// <summary>
/// Which lifecycle moves a project may make: applied → approved or rejected (by its application's approval only) →
/// running → closed (by <c>AdvanceAsync</c>); a rejected application revised and resubmitted is applied again.
/// </summary>
internal static class ProjectLifecycle
{
    private static readonly Dictionary<ProjectStatus, ProjectStatus[]> Moves = new()
    {
        [ProjectStatus.Applied] = [],
        [ProjectStatus.Approved] = [ProjectStatus.Running],
        [ProjectStatus.Running] = [ProjectStatus.Closed],
        [ProjectStatus.Closed] = [],
        [ProjectStatus.Rejected] = [],
    };

    public static bool CanMove(ProjectStatus from, ProjectStatus to) => Moves[from].Contains(to);

    /// <summary>The project status an application's approval status means.</summary>
    public static ProjectStatus FromApplication(OnePlusX.Approvals.ApprovalStatus status) => status switch
    {
        OnePlusX.Approvals.ApprovalStatus.Approved => ProjectStatus.Approved,
        OnePlusX.Approvals.ApprovalStatus.Rejected => ProjectStatus.Rejected,
        _ => ProjectStatus.Applied,
    };

    public static bool AcceptsCandidates(ProjectStatus status) => status is ProjectStatus.Approved or ProjectStatus.Running;
}
