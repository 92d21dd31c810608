using Dapper;
using OnePlusX.Approvals;
using OnePlusX.Policies;
using OnePlusX.ReadModels;
using OnePlusX.Security;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.ReadModels.Approvals;

/// <summary>Approvable items from the read model (no grain is activated); one round trip per page.</summary>
internal sealed class SqlApprovalQueries(Database database) : IApprovalQueries
{
    private const string Columns =
        "tenant_id AS TenantId, target AS Target, target_key AS TargetKey, item AS Item, subject AS Subject, title AS Title, " +
        "status AS Status, next_approver AS NextApprover, rejection_reason AS RejectionReason, submitted_at AS SubmittedAt, updated_at AS UpdatedAt";

    public async Task<Page<ApprovalRecord>> ListAsync(AccessScope scope, ApprovalFilter filter, int offset, int limit, CancellationToken cancellationToken, ApprovalOrder order = ApprovalOrder.SubmittedAscending)
    {
        if (Sql.HasNul(filter.TenantId, filter.TargetKey))
        {
            return new Page<ApprovalRecord>([], 0);
        }

        var where = PagedSql.Where(
            ScopeSql.Condition(scope, "tenant_id"),
            (filter.Status, "status = @Status"),
            (filter.NextApprover, "next_approver = @NextApprover"),
            (filter.Subject, "subject = @Subject"),
            (filter.TenantId, "tenant_id = @TenantId"),
            (filter.TargetKey, "target_key = @TargetKey"));
        var parameters = ScopeSql.With(
            new
            {
                Status = filter.Status?.ToString(), NextApprover = filter.NextApprover?.ToString(), Subject = filter.Subject?.ToString(),
                filter.TenantId, filter.TargetKey,
            },
            scope);
        await using var connection = await database.OpenAsync(scope, cancellationToken);
        return await PagedSql.PageAsync<Row, ApprovalRecord>(
            connection, Columns, "approval_items", where,
            order == ApprovalOrder.UpdatedDescending ? "updated_at DESC, tenant_id, target, target_key, item" : "submitted_at IS NULL, submitted_at, tenant_id, target, target_key, item",
            parameters, offset, limit, r => r.ToRecord());
    }

    private sealed class Row : IPagedRow
    {
        public string TenantId { get; init; } = "";
        public string Target { get; init; } = "";
        public string TargetKey { get; init; } = "";
        public string Item { get; init; } = "";
        public string Subject { get; init; } = "";
        public string Title { get; init; } = "";
        public string Status { get; init; } = "";
        public string? NextApprover { get; init; }
        public string? RejectionReason { get; init; }
        public object? SubmittedAt { get; init; }
        public object UpdatedAt { get; init; } = "";
        public long Total { get; init; }

        public ApprovalRecord ToRecord() => new(
            TenantId, Enum.Parse<ApprovalTarget>(Target), TargetKey, Item, Enum.Parse<ApprovalSubject>(Subject), Title,
            Enum.Parse<ApprovalStatus>(Status), NextApprover is null ? null : Enum.Parse<Approver>(NextApprover), RejectionReason,
            SubmittedAt is null ? null : Sql.Instant(SubmittedAt), Sql.Instant(UpdatedAt));
    }
}
