using OnePlusX.Approvals;
using OnePlusX.Policies;
using OnePlusX.Security;

namespace OnePlusX.ReadModels;

/// <summary>Which grain type owns an approvable item.</summary>
public enum ApprovalTarget
{
    /// <summary>A certificate project (its application, trainings, courses, exam filings).</summary>
    Project = 1,

    /// <summary>A secondary college's annual plan (the plan, its budget exception, its change requests).</summary>
    AnnualPlan = 2,

    /// <summary>An exam station (its application to the province).</summary>
    Station = 3,
}

/// <summary>An approvable item as approvers list it; the timeline is read from its grain.</summary>
/// <param name="TenantId">The college.</param>
/// <param name="Target">Which grain type owns it.</param>
/// <param name="TargetKey">The owning grain's local key (after the tenant).</param>
/// <param name="Item">The item's name inside the grain, e.g. <c>application</c> or <c>training:T1</c>.</param>
/// <param name="Subject">What kind of thing is approved.</param>
/// <param name="Title">A one-line description.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="NextApprover">Who acts next, while submitted.</param>
/// <param name="RejectionReason">Why it was rejected, while rejected.</param>
/// <param name="SubmittedAt">When it was last submitted.</param>
/// <param name="UpdatedAt">When the row last changed.</param>
public sealed record ApprovalRecord(
    string TenantId,
    ApprovalTarget Target,
    string TargetKey,
    string Item,
    ApprovalSubject Subject,
    string Title,
    ApprovalStatus Status,
    Approver? NextApprover,
    string? RejectionReason,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset UpdatedAt);

/// <summary>Which approvable items to list; every given condition must hold.</summary>
public sealed record ApprovalFilter(ApprovalStatus? Status, Approver? NextApprover, ApprovalSubject? Subject, string? TenantId, string? TargetKey);

/// <summary>Orders for approval lists.</summary>
public enum ApprovalOrder
{
    /// <summary>Oldest submission first (what has waited longest), drafts last.</summary>
    SubmittedAscending = 1,

    /// <summary>Most recently changed first.</summary>
    UpdatedDescending = 2,
}

/// <summary>Approvable items from the read model, within the caller's scope.</summary>
public interface IApprovalQueries
{
    Task<Page<ApprovalRecord>> ListAsync(AccessScope scope, ApprovalFilter filter, int offset, int limit, CancellationToken cancellationToken, ApprovalOrder order = ApprovalOrder.SubmittedAscending);
}
