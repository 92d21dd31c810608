using OnePlusX.Approvals;
using OnePlusX.Outcomes;

namespace OnePlusX.Silo.Grains.Approvals;

/// <summary>The four approval steps as functions of an approval, so a grain applies any of them the same way.</summary>
internal static class ApprovalSteps
{
    public static readonly Func<Approval, CommandResult<Approval>> Submit = ApprovalFlow.Submit;

    public static readonly Func<Approval, CommandResult<Approval>> Withdraw = ApprovalFlow.Withdraw;

    public static Func<Approval, CommandResult<Approval>> Review(ReviewDecision decision) => a => ApprovalFlow.Review(a, decision);

    /// <summary>The audit action of a step's outcome, e.g. <c>approval.passed</c>.</summary>
    public static string AuditAction(Approval after) => $"approval.{after.Timeline[^1].Action.ToString().ToLowerInvariant()}";
}
