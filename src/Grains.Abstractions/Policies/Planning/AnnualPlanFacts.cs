using OnePlusX.CertificateProjects;

namespace OnePlusX.Policies;

/// <summary>One certificate in a secondary college's annual plan (年度计划).</summary>
public sealed record AnnualPlanItem(string CertificateCode, CertificateLevel Level, int Candidates, decimal Budget);

/// <summary>A secondary college's plan for next year's certificate exams with its budget indicators.</summary>
/// <param name="PlanYear">The year the plan is for.</param>
/// <param name="SubmittedOn">When it is submitted; parameters are taken as in force on this day.</param>
/// <param name="Items">The certificates planned.</param>
/// <param name="PilotScale">The approved pilot scale (candidates) the plan must stay within.</param>
/// <param name="PreviousYearExecutedBudget">Last year's executed budget, in yuan, when there was one.</param>
/// <param name="ExceptionApproved">Whether the leading group approved an exception request for this plan.</param>
public sealed record AnnualPlanFacts(
    int PlanYear,
    DateOnly SubmittedOn,
    IReadOnlyList<AnnualPlanItem> Items,
    int PilotScale,
    decimal? PreviousYearExecutedBudget,
    bool ExceptionApproved);
