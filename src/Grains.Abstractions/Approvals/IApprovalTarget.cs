using OnePlusX.Outcomes;

namespace OnePlusX.Approvals;

/// <summary>
/// A grain that owns items with approvals. The <c>item</c> argument names the item inside the grain (e.g.
/// <c>application</c>, <c>training:T1</c>). Who may act as which approver comes from the caller's roles in
/// <see cref="Tenancy.CallScope"/>; the path comes from the college's policy.
/// </summary>
public interface IApprovalTarget
{
    /// <summary>Submits a draft, rejected or withdrawn item for approval.</summary>
    Task<CommandResult<ApprovalItem>> SubmitAsync(string item);

    /// <summary>Takes a submitted item back before any approver acted.</summary>
    Task<CommandResult<ApprovalItem>> WithdrawAsync(string item);

    /// <summary>Agrees to or refuses the item as its next approver; a refusal needs a reason.</summary>
    Task<CommandResult<ApprovalItem>> ReviewAsync(string item, ReviewDecision decision);

    /// <summary>The item's approval and timeline, or null when the grain has no such item.</summary>
    Task<ApprovalItem?> GetApprovalAsync(string item);
}
