using OnePlusX.Policies;

namespace OnePlusX.Approvals;

/// <summary>Where an item stands on its approval path (审批状态).</summary>
public enum ApprovalStatus
{
    /// <summary>草稿: being prepared; editable; not yet seen by any approver.</summary>
    Draft = 1,

    /// <summary>已提交: on its path, waiting for <see cref="Approval.NextApprover"/>.</summary>
    Submitted = 2,

    /// <summary>已批准: every approver on the path agreed; the item is locked.</summary>
    Approved = 3,

    /// <summary>已驳回: an approver refused it, with a reason; it may be revised and submitted again.</summary>
    Rejected = 4,

    /// <summary>已撤回: the submitter took it back before any approver acted; editable again.</summary>
    Withdrawn = 5,
}

/// <summary>What happened to an item on its approval path (审批记录).</summary>
public enum ApprovalAction
{
    /// <summary>Created as a draft.</summary>
    Drafted = 1,

    /// <summary>Submitted for approval.</summary>
    Submitted = 2,

    /// <summary>One approver agreed and passed it to the next.</summary>
    Passed = 3,

    /// <summary>The last approver agreed.</summary>
    Approved = 4,

    /// <summary>An approver refused it (the reason is required).</summary>
    Rejected = 5,

    /// <summary>The submitter took it back before review.</summary>
    Withdrawn = 6,

    /// <summary>Its content changed while it was editable.</summary>
    Revised = 7,
}

/// <summary>One entry of an item's approval timeline: who did what, acting as which approver, when and why.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.ApprovalEvent")]
public sealed record ApprovalEvent(
    [property: Id(0)] ApprovalAction Action,
    [property: Id(1)] string Actor,
    [property: Id(2)] Approver? As,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] string? Reason);

/// <summary>
/// An item's approval: the path its college's policy gives it (<see cref="IPilotPolicy.ApprovalPathFor"/>), how far
/// it got, and its whole timeline. Draft → submitted → approved or rejected; withdrawable before the first review;
/// locked once approved; a rejection carries its reason.
/// </summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.Approval")]
public sealed record Approval(
    [property: Id(0)] ApprovalSubject Subject,
    [property: Id(1)] ApprovalStatus Status,
    [property: Id(2)] IReadOnlyList<Approver> Path,
    [property: Id(3)] int StepsPassed,
    [property: Id(4)] IReadOnlyList<string> RuleIds,
    [property: Id(5)] IReadOnlyList<ApprovalEvent> Timeline)
{
    /// <summary>Who must act next, while the item is submitted.</summary>
    public Approver? NextApprover => Status == ApprovalStatus.Submitted && StepsPassed < Path.Count ? Path[StepsPassed] : null;

    /// <summary>Why it was rejected, while it is rejected.</summary>
    public string? RejectionReason => Status == ApprovalStatus.Rejected ? Timeline.LastOrDefault(e => e.Action == ApprovalAction.Rejected)?.Reason : null;

    /// <summary>Its content may change (draft, rejected or withdrawn); approved and submitted items are locked.</summary>
    public bool Editable => Status is ApprovalStatus.Draft or ApprovalStatus.Rejected or ApprovalStatus.Withdrawn;

    /// <summary>When it was last submitted, if it was.</summary>
    public DateTimeOffset? SubmittedAt => Timeline.LastOrDefault(e => e.Action == ApprovalAction.Submitted)?.At;
}

/// <summary>An approver's decision on an item (审批意见): agree, or refuse with a reason.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.ReviewDecision")]
public sealed record ReviewDecision([property: Id(0)] bool Approve, [property: Id(1)] string? Reason);

/// <summary>An item that has an approval, inside a grain that owns several (e.g. <c>training:T1</c> in a project).</summary>
/// <param name="Item">The grain's local name of the item.</param>
/// <param name="Title">A one-line description for approvers' lists.</param>
/// <param name="Approval">Its approval.</param>
[GenerateSerializer, Immutable, Alias("OnePlusX.ApprovalItem")]
public sealed record ApprovalItem(
    [property: Id(0)] string Item,
    [property: Id(1)] string Title,
    [property: Id(2)] Approval Approval);
