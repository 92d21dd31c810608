using OnePlusX.CertificateProjects;

namespace OnePlusX.Policies;

/// <summary>
/// A college's pilot policy (试点管理办法). Implementations are pure: the grain hands them the facts,
/// they do no I/O and return decisions carrying rule IDs.
/// </summary>
public interface IPilotPolicy
{
    /// <summary>The plugin's code: <c>NAT</c> for the national baseline, or a school's tenant code.</summary>
    string Code { get; }

    /// <summary>Whether a certificate project may be applied for (levels, counts per major, pilot scale).</summary>
    PolicyDecision CheckProjectApplication(ProjectApplicationFacts facts);
}
