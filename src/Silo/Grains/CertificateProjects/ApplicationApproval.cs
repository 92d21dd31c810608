using OnePlusX.Approvals;
using OnePlusX.CertificateProjects;
using OnePlusX.Silo.Grains.Approvals;

namespace OnePlusX.Silo.Grains.CertificateProjects;

/// <summary>
/// The project application (项目申报) as an approvable item named <c>application</c>: its outcome is the project's
/// status (approved or rejected; a revised and resubmitted application is applied again). JL-APP-1, SD-APP-1.
/// </summary>
internal sealed class ApplicationApproval : IApprovableKind<CertificateProjectState>
{
    public const string Item = "application";

    public bool Owns(string item) => item == Item;

    public ApprovalItem? Find(CertificateProjectState state, string item) =>
        item == Item && state.Application is { } approval ? new ApprovalItem(Item, Title(state), approval) : null;

    public CertificateProjectState With(CertificateProjectState state, string item, Approval approval)
    {
        var status = ProjectLifecycle.FromApplication(approval.Status);
        return state with
        {
            Application = approval,
            Status = status,
            History = status == state.Status
                ? state.History
                : [.. state.History, new ProjectStep(status, approval.Timeline[^1].Actor, approval.Timeline[^1].At, approval.Timeline[^1].Reason)],
        };
    }

    public IEnumerable<ApprovalItem> All(CertificateProjectState state) =>
        state.Application is { } approval ? [new ApprovalItem(Item, Title(state), approval)] : [];

    private static string Title(CertificateProjectState state) =>
        $"项目申报 {state.CertificateCode} {(int)state.Level}级 {state.Year}（{state.PilotScale}人）";
}
