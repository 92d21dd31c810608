using OnePlusX.CertificateProjects;

namespace OnePlusX.Silo.Grains.CertificateProjects;

/// <summary>Which lifecycle moves a project may make: applied → approved or rejected → running → closed.</summary>
internal static class ProjectLifecycle
{
    private static readonly Dictionary<ProjectStatus, ProjectStatus[]> Moves = new()
    {
        [ProjectStatus.Applied] = [ProjectStatus.Approved, ProjectStatus.Rejected],
        [ProjectStatus.Approved] = [ProjectStatus.Running],
        [ProjectStatus.Running] = [ProjectStatus.Closed],
        [ProjectStatus.Closed] = [],
        [ProjectStatus.Rejected] = [],
    };

    public static bool CanMove(ProjectStatus from, ProjectStatus to) => Moves[from].Contains(to);

    public static bool AcceptsCandidates(ProjectStatus status) => status is ProjectStatus.Approved or ProjectStatus.Running;
}
