using OnePlusX.Approvals;
using OnePlusX.CertificateProjects;
using OnePlusX.Silo.Grains.Approvals;

namespace OnePlusX.Silo.Grains.CertificateProjects;

/// <summary>
/// A training plan and its filing (培训计划/备案) as the approvable item <c>training:{code}</c>, on the policy's
/// TrainingPlan path (HB-TRN-1: 二级学院 → 教务处). The day it is approved is when its plan counts as approved.
/// </summary>
internal sealed class TrainingApproval : IApprovableKind<CertificateProjectState>
{
    public bool Owns(string item) => item.StartsWith(TeachingItems.TrainingPrefix, StringComparison.Ordinal);

    public ApprovalItem? Find(CertificateProjectState state, string item) =>
        state.Trainings.FirstOrDefault(t => t.Item == item) is { } training ? new ApprovalItem(item, training.Title, training.Approval) : null;

    public CertificateProjectState With(CertificateProjectState state, string item, Approval approval) =>
        state with { Trainings = state.Trainings.Select(t => t.Item == item ? t with { Approval = approval } : t).ToList() };

    public IEnumerable<ApprovalItem> All(CertificateProjectState state) =>
        state.Trainings.Select(t => new ApprovalItem(t.Item, t.Title, t.Approval));
}
