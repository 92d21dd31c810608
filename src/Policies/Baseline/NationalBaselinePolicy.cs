using OnePlusX.CertificateProjects;

namespace OnePlusX.Policies.Baseline;

/// <summary>
/// The national guidance (教职成厅函〔2019〕19号) that every college without a school plugin follows.
/// It sets no limit on which certificate or level a college applies for; the school plugins add theirs.
/// </summary>
public sealed class NationalBaselinePolicy : IPilotPolicy
{
    public string Code => IPolicyCatalog.BaselineCode;

    public PolicyDecision CheckProjectApplication(ProjectApplicationFacts facts) =>
        PolicyDecision.Allow(new Explanation("国家基线：无额外申报限制", "National baseline: no further limit on applications"));
}
