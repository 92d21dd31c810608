using System.Globalization;
using System.Text.Json;
using Dapper;
using OnePlusX.Approvals;
using OnePlusX.ReadModels;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.ReadModels.Approvals;

/// <summary>The approval_items rows of one grain at one version: upserted, and the grain's vanished items deleted.</summary>
internal static class ApprovalProjection
{
    private static readonly string[] Columns = ["item", "subject", "title", "status", "next_approver", "rejection_reason", "submitted_at"];

    public static ProjectionSql Rows(StorageDialect dialect, string tenant, ApprovalTarget target, string targetKey, IReadOnlyList<ApprovalItem> items, int version)
    {
        var submittedAt = Sql.InstantFrom(dialect, "items.submitted_at");
        var json = JsonSerializer.Serialize(items.Select(i => new Dictionary<string, string?>
        {
            ["item"] = i.Item,
            ["subject"] = i.Approval.Subject.ToString(),
            ["title"] = i.Title,
            ["status"] = i.Approval.Status.ToString(),
            ["next_approver"] = i.Approval.NextApprover?.ToString(),
            ["rejection_reason"] = i.Approval.RejectionReason,
            ["submitted_at"] = i.Approval.SubmittedAt?.ToString("O", CultureInfo.InvariantCulture),
        }));
        var parameters = new DynamicParameters();
        parameters.Add("ApprovalTenant", tenant);
        parameters.Add("ApprovalTarget", target.ToString());
        parameters.Add("ApprovalTargetKey", targetKey);
        parameters.Add("ApprovalItems", json);
        parameters.Add("ApprovalVersion", version);
        parameters.Add("ApprovalNow", DateTimeOffset.UtcNow);
        return new(
            $"""
            INSERT INTO approval_items (tenant_id, target, target_key, item, subject, title, status, next_approver,
                rejection_reason, submitted_at, version, updated_at)
            SELECT @ApprovalTenant, @ApprovalTarget, @ApprovalTargetKey, items.item, items.subject, items.title, items.status,
                items.next_approver, items.rejection_reason, {submittedAt}, @ApprovalVersion, @ApprovalNow
            FROM {JsonSql.Objects(dialect, "@ApprovalItems", Columns)}
            WHERE true
            ON CONFLICT (tenant_id, target, target_key, item) DO UPDATE SET subject = excluded.subject, title = excluded.title,
                status = excluded.status, next_approver = excluded.next_approver, rejection_reason = excluded.rejection_reason,
                submitted_at = excluded.submitted_at, version = excluded.version, updated_at = excluded.updated_at
                WHERE approval_items.version <= excluded.version;
            DELETE FROM approval_items
                WHERE tenant_id = @ApprovalTenant AND target = @ApprovalTarget AND target_key = @ApprovalTargetKey
                  AND version < @ApprovalVersion
                  AND item NOT IN (SELECT items.item FROM {JsonSql.Objects(dialect, "@ApprovalItems", "item")});
            """,
            parameters);
    }
}
