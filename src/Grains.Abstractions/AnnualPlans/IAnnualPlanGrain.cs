using OnePlusX.Approvals;
using OnePlusX.Outcomes;
using OnePlusX.Tenancy;

namespace OnePlusX.AnnualPlans;

/// <summary>
/// A secondary college's annual plan (年度计划) for a year, key <see cref="AnnualPlanKey"/>. Approvable items:
/// <c>plan</c> (the plan, SD-PLAN-1), <c>exception</c> (SD-BUD-1, to the leading group), <c>change:{code}</c> (SD-CHG-1).
/// </summary>
public interface IAnnualPlanGrain : ITenantGrain, IApprovalTarget
{
    /// <summary>Drafts the plan, or revises it while it is editable; the policy's check is kept with it.</summary>
    Task<CommandResult<AnnualPlanDetails>> DraftAsync(DraftAnnualPlan command);

    /// <summary>Asks the leading group for an exception to the scale or budget limit (SD-BUD-1).</summary>
    Task<CommandResult<AnnualPlanDetails>> RequestBudgetExceptionAsync(RequestBudgetException command);

    /// <summary>Requests a change of a planned certificate once the plan is approved (SD-CHG-1).</summary>
    Task<CommandResult<AnnualPlanDetails>> RequestChangeAsync(RequestPlanChange command);

    /// <summary>The plan, or null when never drafted.</summary>
    Task<AnnualPlanDetails?> GetAsync();
}
