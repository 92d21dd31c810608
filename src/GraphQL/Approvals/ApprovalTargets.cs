using GraphQL;
using OnePlusX.Approvals;
using OnePlusX.CertificateProjects;
using OnePlusX.ExamStations;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.ReadModels;
using OnePlusX.Security;
using OnePlusX.Tenancy;

namespace OnePlusX.GraphQL.Approvals;

/// <summary>Global ids of approvable items: the owner's type, the college, the owner's key and the item's name.</summary>
public static class ApprovalIds
{
    public static string Key(ApprovalRecord record) => $"{record.Target}|{record.TenantId}|{record.TargetKey}|{record.Item}";

    public static string Encode(ApprovalTarget target, TenantId tenant, string targetKey, string item) =>
        GlobalId.Encode(ApprovalItemType.TypeName, $"{target}|{tenant.Value}|{targetKey}|{item}");

    /// <summary>The parts of an approvable item's global id; false for anything else.</summary>
    public static bool TryDecode(string? id, out ApprovalTarget target, out TenantId tenant, out string targetKey, out string item)
    {
        (target, tenant, targetKey, item) = (default, default, "", "");
        if (!GlobalId.TryDecode(id, out var type, out var key) || type != ApprovalItemType.TypeName)
        {
            return false;
        }

        var parts = key.Split('|');
        if (parts.Length != 4 || !Enum.TryParse(parts[0], out target) || !Enum.IsDefined(target)
            || !TenantId.TryParse(parts[1], out var parsed) || parts[2].Length == 0 || parts[3].Length == 0)
        {
            return false;
        }

        (tenant, targetKey, item) = (parsed.Value, parts[2], parts[3]);
        return true;
    }
}

/// <summary>
/// Finds the grain that owns an approvable item, for a caller allowed to reach it: a college's own users their
/// college's items; a provincial coordinator the items of its province's colleges. Anything else is not found.
/// </summary>
public static class ApprovalTargets
{
    /// <summary>The owning grain, or null when the caller cannot reach the college.</summary>
    public static async Task<IApprovalTarget?> FindAsync(IResolveFieldContext context, ApprovalTarget target, TenantId tenant, string targetKey)
    {
        var reachable = await Caller.CanReachAsync(context, tenant);
        if (!reachable)
        {
            return null;
        }

        var grains = Caller.Grains(context);
        var key = GrainKey.For(tenant, targetKey);
        return target switch
        {
            ApprovalTarget.Project => grains.GetGrain<ICertificateProjectGrain>(key),
            ApprovalTarget.Station => grains.GetGrain<IExamStationGrain>(key),
            ApprovalTarget.AnnualPlan => grains.GetGrain<OnePlusX.AnnualPlans.IAnnualPlanGrain>(key),
            _ => null,
        };
    }

    /// <summary>An item's approval with its timeline, read from its owner in the college's scope.</summary>
    public static async Task<ApprovalItem?> GetAsync(IResolveFieldContext context, ApprovalRecord record)
    {
        var tenant = TenantId.From(record.TenantId);
        if (await FindAsync(context, record.Target, tenant, record.TargetKey) is not { } owner)
        {
            return null;
        }

        using var scope = Caller.Scope(context, tenant);
        return await owner.GetApprovalAsync(record.Item);
    }

    /// <summary>An item by its global id, read from its owner, or null when it does not exist or is out of reach.</summary>
    public static async Task<ApprovalRecord?> FindItemAsync(IResolveFieldContext context, string id)
    {
        if (!ApprovalIds.TryDecode(id, out var target, out var tenant, out var targetKey, out var item)
            || await FindAsync(context, target, tenant, targetKey) is not { } owner)
        {
            return null;
        }

        using var scope = Caller.Scope(context, tenant);
        return await owner.GetApprovalAsync(item) is { } found ? ToRecord(target, tenant, targetKey, found) : null;
    }

    /// <summary>The read-model shape of an item a grain just returned, so payloads show it like lists do.</summary>
    public static ApprovalRecord ToRecord(ApprovalTarget target, TenantId tenant, string targetKey, ApprovalItem item) =>
        new(tenant.Value, target, targetKey, item.Item, item.Approval.Subject, item.Title, item.Approval.Status, item.Approval.NextApprover,
            item.Approval.RejectionReason, item.Approval.SubmittedAt, item.Approval.Timeline[^1].At);
}
