using OnePlusX.AnnualPlans;
using OnePlusX.Approvals;
using OnePlusX.Outcomes;
using OnePlusX.Policies;
using OnePlusX.Silo.Grains.Approvals;

namespace OnePlusX.Silo.Grains.AnnualPlans;

/// <summary>The plan itself (<c>plan</c>, SD-PLAN-1): it may be submitted only while its policy check allows it.</summary>
internal sealed class PlanApproval : IApprovableKind<AnnualPlanState>
{
    public const string Item = "plan";

    public bool Owns(string item) => item == Item;

    public ApprovalItem? Find(AnnualPlanState state, string item) => item == Item ? new(Item, Title(state), state.Plan) : null;

    public AnnualPlanState With(AnnualPlanState state, string item, Approval approval) => state with { Plan = approval };

    public IEnumerable<ApprovalItem> All(AnnualPlanState state) => [new(Item, Title(state), state.Plan)];

    public CommandError? CanSubmit(AnnualPlanState state, string item) => state.Check.Allowed ? null : CommandError.Refused(state.Check);

    private static string Title(AnnualPlanState state) =>
        $"{state.Year}年度证书考核计划 {state.SchoolCode}（{state.Items.Sum(i => i.Candidates)}人，{state.Items.Sum(i => i.Budget):0.##}元）";
}

/// <summary>
/// The leading group's exception (<c>exception</c>, SD-BUD-1): once approved, the plan is checked again with the
/// exception in hand (<paramref name="recheck"/>).
/// </summary>
internal sealed class ExceptionApproval(Func<AnnualPlanState, PolicyDecision> recheck) : IApprovableKind<AnnualPlanState>
{
    public const string Item = "exception";

    public bool Owns(string item) => item == Item;

    public ApprovalItem? Find(AnnualPlanState state, string item) =>
        item == Item && state.Exception is { } approval ? new(Item, Title(state), approval) : null;

    public AnnualPlanState With(AnnualPlanState state, string item, Approval approval)
    {
        var next = state with { Exception = approval };
        return next with { Check = recheck(next) };
    }

    public IEnumerable<ApprovalItem> All(AnnualPlanState state) =>
        state.Exception is { } approval ? [new(Item, Title(state), approval)] : [];

    private static string Title(AnnualPlanState state) => $"{state.Year}年度计划例外申请 {state.SchoolCode}：{state.ExceptionReason}";
}

/// <summary>A change request (<c>change:{code}</c>, SD-CHG-1): once approved, the planned certificate is replaced.</summary>
internal sealed class ChangeApproval : IApprovableKind<AnnualPlanState>
{
    public const string Prefix = "change:";

    public bool Owns(string item) => item.StartsWith(Prefix, StringComparison.Ordinal);

    public ApprovalItem? Find(AnnualPlanState state, string item) =>
        state.Changes.FirstOrDefault(c => Prefix + c.Request.Code == item) is { } change ? new(item, Title(state, change), change.Approval) : null;

    public AnnualPlanState With(AnnualPlanState state, string item, Approval approval)
    {
        var change = state.Changes.First(c => Prefix + c.Request.Code == item);
        var changes = state.Changes.Select(c => c == change ? c with { Approval = approval } : c).ToList();
        if (approval.Status != ApprovalStatus.Approved)
        {
            return state with { Changes = changes };
        }

        var request = change.Request;
        var items = state.Items.Select((planned, i) => i == request.ItemIndex
            ? planned with { CertificateCode = request.ToCertificateCode, Level = request.ToLevel, Budget = request.NewBudget }
            : planned).ToList();
        return state with { Changes = changes, Items = items };
    }

    public IEnumerable<ApprovalItem> All(AnnualPlanState state) =>
        state.Changes.Select(c => new ApprovalItem(Prefix + c.Request.Code, Title(state, c), c.Approval));

    private static string Title(AnnualPlanState state, PlanChange change) =>
        $"{state.Year}年度计划变更 {state.SchoolCode}：{state.Items.ElementAtOrDefault(change.Request.ItemIndex)?.CertificateCode} → {change.Request.ToCertificateCode}";
}
