using GraphQL.Types;
using OnePlusX.AnnualPlans;
using OnePlusX.Approvals;
using OnePlusX.CertificateProjects;
using OnePlusX.GraphQL.Approvals;
using OnePlusX.GraphQL.Certificates;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.GraphQL.Policies;
using OnePlusX.Policies;
using OnePlusX.ReadModels;
using OnePlusX.Tenancy;

namespace OnePlusX.GraphQL.AnnualPlans;

/// <summary>A plan with its college, as the gateway shows it.</summary>
public sealed record AnnualPlanNode(TenantId Tenant, AnnualPlanDetails Plan)
{
    /// <summary>One of the plan's approvable items in the shape lists show.</summary>
    public ApprovalRecord Item(string item, string title, Approval approval) =>
        ApprovalTargets.ToRecord(ApprovalTarget.AnnualPlan, Tenant, Plan.Key, new ApprovalItem(item, title, approval));
}

public sealed class PlannedCertificateType : ObjectGraphType<PlannedCertificate>
{
    public PlannedCertificateType()
    {
        Name = "PlannedCertificate";
        Description = "One certificate in an annual plan (计划证书).";
        Field(p => p.CertificateCode).Description("Certificate code (证书代码).");
        Field<NonNullGraphType<CertificateLevelType>>("level").Description("Level (等级).").Resolve(c => c.Source.Level);
        Field(p => p.Candidates).Description("Planned candidates (计划人数).");
        Field(p => p.Budget).Description("Budget indicator in yuan (预算指标，元).");
    }
}

public sealed class PlanChangeType : ObjectGraphType<(AnnualPlanNode Plan, PlanChange Change)>
{
    public PlanChangeType()
    {
        Name = "PlanChange";
        Description = "A request to change a planned certificate (变更申请, SD-CHG-1).";
        Field<NonNullGraphType<StringGraphType>>("code").Description("The request's code (申请编号).").Resolve(c => c.Source.Change.Request.Code);
        Field<NonNullGraphType<IntGraphType>>("itemIndex").Description("Which planned certificate, 0-based (原计划条目).").Resolve(c => c.Source.Change.Request.ItemIndex);
        Field<NonNullGraphType<StringGraphType>>("toCertificateCode").Description("The replacing certificate (变更后证书).").Resolve(c => c.Source.Change.Request.ToCertificateCode);
        Field<NonNullGraphType<CertificateLevelType>>("toLevel").Description("Its level (等级).").Resolve(c => c.Source.Change.Request.ToLevel);
        Field<NonNullGraphType<DecimalGraphType>>("newBudget").Description("Budget after the change (变更后预算).").Resolve(c => c.Source.Change.Request.NewBudget);
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why (变更原因).").Resolve(c => c.Source.Change.Request.Reason);
        Field<NonNullGraphType<PolicyDecisionType>>("check").Description("The policy's check (政策判定).").Resolve(c => c.Source.Change.Check);
        Field<NonNullGraphType<ApprovalItemType>>("approval").Description("Its approval (审批).")
            .Resolve(c => c.Source.Plan.Item($"change:{c.Source.Change.Request.Code}", "变更申请", c.Source.Change.Approval));
    }
}

/// <summary>年度计划.</summary>
public sealed class AnnualPlanType : ObjectGraphType<AnnualPlanNode>
{
    public AnnualPlanType()
    {
        Name = "AnnualPlan";
        Description = "A secondary college's certificate exam plan for a year with its budget indicators (年度计划, SD-PLAN-1).";
        Field<NonNullGraphType<StringGraphType>>("key").Description("The plan's key, plan-{school}-{year} (计划编号).").Resolve(c => c.Source.Plan.Key);
        Field<NonNullGraphType<StringGraphType>>("schoolCode").Description("The secondary college (二级学院).").Resolve(c => c.Source.Plan.SchoolCode);
        Field<NonNullGraphType<IntGraphType>>("year").Description("The year planned (计划年度).").Resolve(c => c.Source.Plan.Year);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlannedCertificateType>>>>("items").Description("Planned certificates (计划证书).").Resolve(c => c.Source.Plan.Items);
        Field<NonNullGraphType<IntGraphType>>("pilotScale").Description("The approved pilot scale it must stay within (试点规模).").Resolve(c => c.Source.Plan.PilotScale);
        Field<DecimalGraphType>("previousYearExecutedBudget").Description("Last year's executed budget (上年度执行预算).").Resolve(c => c.Source.Plan.PreviousYearExecutedBudget);
        Field<NonNullGraphType<DayGraphType>>("preparedOn").Description("The date on the plan (编报日期).").Resolve(c => c.Source.Plan.PreparedOn);
        Field<NonNullGraphType<PolicyDecisionType>>("check").Description("The policy's check: SD-PLAN-1 timing, SD-LVL-1, SD-BUD-1 (政策判定).").Resolve(c => c.Source.Plan.Check);
        Field<NonNullGraphType<ApprovalItemType>>("approval").Description("The plan's approval (计划审批).").Resolve(c => c.Source.Item("plan", "年度计划", c.Source.Plan.Approval));
        Field<ApprovalItemType>("budgetException").Description("The leading group's exception, if requested (例外申请, SD-BUD-1).")
            .Resolve(c => c.Source.Plan.BudgetException is { } exception ? c.Source.Item("exception", c.Source.Plan.BudgetExceptionReason ?? "例外申请", exception) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanChangeType>>>>("changes").Description("Change requests (变更申请).")
            .Resolve(c => c.Source.Plan.Changes.Select(change => (c.Source, change)).ToList());
    }
}
