using OnePlusX.Approvals;
using OnePlusX.Outcomes;
using OnePlusX.Policies;
using OnePlusX.Security;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.Grains.Approvals;

/// <summary>
/// The approval state machine every approvable item shares; pure, so each grain applies it inside its own turn.
/// The path is the college policy's (<see cref="IPilotPolicy.ApprovalPathFor"/>, e.g. HB-TRN-1: school officer
/// submits → 二级学院 → 教务处; NAT-STA-1: the province approves stations). Draft → submitted → approved or rejected;
/// withdrawable until the first approver acts; locked once approved; a rejection carries its reason.
/// </summary>
internal static class ApprovalFlow
{
    /// <summary>A new draft on the path the policy gives.</summary>
    public static Approval Start(ApprovalPath path) =>
        new(path.Subject, ApprovalStatus.Draft, path.Steps, 0, path.RuleIds, [Event(ApprovalAction.Drafted, null, null)]);

    /// <summary>Records a change of content; refused once the item is submitted or approved.</summary>
    public static CommandResult<Approval> Revise(Approval approval) =>
        approval.Editable
            ? approval with { Timeline = [.. approval.Timeline, Event(ApprovalAction.Revised, null, null)] }
            : Locked(approval);

    public static CommandResult<Approval> Submit(Approval approval)
    {
        if (!approval.Editable)
        {
            return Locked(approval);
        }

        var submitted = approval with { Status = ApprovalStatus.Submitted, StepsPassed = 0, Timeline = [.. approval.Timeline, Event(ApprovalAction.Submitted, null, null)] };
        // A path with no approver (none of the seed policies has one) is approved on submission.
        return submitted.Path.Count == 0 ? submitted with { Status = ApprovalStatus.Approved } : submitted;
    }

    public static CommandResult<Approval> Withdraw(Approval approval)
    {
        if (approval.Status != ApprovalStatus.Submitted)
        {
            return CommandError.Conflict("NOT_SUBMITTED", $"Only a submitted item can be withdrawn; this one is {approval.Status}.");
        }

        if (approval.StepsPassed > 0)
        {
            return CommandError.Conflict("UNDER_REVIEW", "An approver has already passed this item; it can no longer be withdrawn.");
        }

        return approval with { Status = ApprovalStatus.Withdrawn, Timeline = [.. approval.Timeline, Event(ApprovalAction.Withdrawn, null, null)] };
    }

    /// <summary>
    /// The next approver's decision. The caller must hold a role that acts as that approver
    /// (<see cref="ApproverRoles"/>), and must not be the person who submitted it (four eyes).
    /// </summary>
    public static CommandResult<Approval> Review(Approval approval, ReviewDecision decision)
    {
        if (approval.NextApprover is not { } next)
        {
            return CommandError.Conflict("NOT_SUBMITTED", $"Only a submitted item can be reviewed; this one is {approval.Status}.");
        }

        if (!ApproverRoles.CanActAs(CallScope.CurrentRoles, next))
        {
            return new CommandError(
                ErrorKind.Refusal, "REFUSED", $"This step is for {next}; your roles cannot act as it.", null, approval.RuleIds)
            {
                Explanation = Explanation.Of($"此步须由{ApproverRoles.Chinese(next)}审批", $"This step is approved by {ApproverRoles.English(next)}", approval.RuleIds),
            };
        }

        var submitter = approval.Timeline.LastOrDefault(e => e.Action == ApprovalAction.Submitted)?.Actor;
        if (submitter is not null && submitter == CallScope.CurrentActor)
        {
            return CommandError.Conflict("OWN_SUBMISSION", "You submitted this item; another person must review it.");
        }

        if (!decision.Approve)
        {
            var reason = decision.Reason?.Trim();
            if (string.IsNullOrEmpty(reason) || reason.Length > 500)
            {
                return CommandError.Invalid("reason", "A rejection needs a reason of 1 to 500 characters.");
            }

            return approval with { Status = ApprovalStatus.Rejected, Timeline = [.. approval.Timeline, Event(ApprovalAction.Rejected, next, reason)] };
        }

        var note = decision.Reason?.Trim() is { Length: > 0 and <= 500 } text ? text : null;
        var passed = approval.StepsPassed + 1;
        return passed >= approval.Path.Count
            ? approval with { Status = ApprovalStatus.Approved, StepsPassed = passed, Timeline = [.. approval.Timeline, Event(ApprovalAction.Approved, next, note)] }
            : approval with { StepsPassed = passed, Timeline = [.. approval.Timeline, Event(ApprovalAction.Passed, next, note)] };
    }

    private static CommandError Locked(Approval approval) => approval.Status == ApprovalStatus.Approved
        ? CommandError.Conflict("LOCKED", "The item is approved and can no longer change.")
        : CommandError.Conflict("UNDER_REVIEW", "The item is submitted; withdraw it before changing it.");

    private static ApprovalEvent Event(ApprovalAction action, Approver? approver, string? reason) =>
        new(action, CallScope.CurrentActor, approver, DateTimeOffset.UtcNow, reason);
}
