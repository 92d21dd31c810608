using OnePlusX.Approvals;
using OnePlusX.Outcomes;
using OnePlusX.Security;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.Grains.Approvals;

/// <summary>
/// Takes an item through its whole approval path for sample data: submitted by one named actor, then agreed by
/// another acting as every approver in turn. Real approvals go through the gateway, one person per step.
/// </summary>
internal static class ApprovalRun
{
    private static readonly string[] EveryApprover = [Roles.SchoolOfficer, Roles.CollegeAdministrator, Roles.ProvincialCoordinator];

    public static async Task<CommandResult<ApprovalItem>> ApproveAsync(IApprovalTarget target, TenantId tenant, string item, string actor)
    {
        CommandResult<ApprovalItem> result;
        using (CallScope.ForTenant(tenant, $"{actor}-submitter", "system", [Roles.SchoolOfficer]))
        {
            result = await target.SubmitAsync(item);
        }

        using (CallScope.ForTenant(tenant, $"{actor}-approver", "system", EveryApprover))
        {
            while (result.Succeeded && result.Value.Approval.Status == ApprovalStatus.Submitted)
            {
                result = await target.ReviewAsync(item, new ReviewDecision(true, null));
            }
        }

        return result;
    }
}
