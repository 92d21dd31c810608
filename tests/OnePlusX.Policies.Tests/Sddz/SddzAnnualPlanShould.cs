using OnePlusX.CertificateProjects;
using OnePlusX.Policies.Sddz;

namespace OnePlusX.Policies.Tests.Sddz;

/// <summary>
/// SDDZ's annual plan is submitted in the autumn semester before the plan year (1 Sep of year − 1 to 31 Jan of the
/// plan year) with budget indicators (SD-PLAN-1), and only for intermediate or advanced levels (SD-LVL-1).
/// </summary>
public sealed class SddzAnnualPlanShould
{
    private static readonly AnnualPlanItem Web = new("WEB-FE", CertificateLevel.Intermediate, 40, 12000m);
    private static readonly AnnualPlanItem BigData = new("BIGDATA", CertificateLevel.Advanced, 20, 8000m);

    private static AnnualPlanFacts Plan(string submittedOn, params AnnualPlanItem[] items) =>
        new(2026, Facts.Day(submittedOn), items.Length == 0 ? [Web, BigData] : items, PilotScale: 60, PreviousYearExecutedBudget: 20000m, ExceptionApproved: false);

    [Theory]
    [InlineData("2025-09-01")]
    [InlineData("2025-11-15")]
    [InlineData("2026-01-31")]
    public void AcceptAPlanSubmittedInTheAutumnSemesterBeforeThePlanYear_SD_PLAN_1(string submittedOn)
    {
        var decision = Expect.Allowed(Plugins.Sddz.CheckAnnualPlan(Plan(submittedOn), Plugins.Defaults), "SD-PLAN-1");

        Assert.Equal(["SD-PLAN-1", "SD-LVL-1", "SD-BUD-1"], decision.RuleIds);
        Assert.Equal(
            "秋季学期编报下一年度计划及预算（SD-PLAN-1）；中级证书（SD-LVL-1）；高级证书（SD-LVL-1）；60人、预算20000.00元，未超试点规模和上一年度执行预算（SD-BUD-1）",
            decision.Explanation.Chinese);
    }

    [Theory]
    [InlineData("2025-08-31")]
    [InlineData("2026-02-01")]
    [InlineData("2024-10-01")]
    public void RefuseAPlanSubmittedOutsideThatSemester_SD_PLAN_1(string submittedOn)
    {
        var decision = Expect.Refused(Plugins.Sddz.CheckAnnualPlan(Plan(submittedOn), Plugins.Defaults), "SD-PLAN-1");

        Assert.Equal(["SD-PLAN-1"], decision.RuleIds);
        Assert.Equal("2026年度计划须在2025-09-01至2026-01-31的秋季学期编报（SD-PLAN-1）", decision.Explanation.Chinese);
        Assert.Equal("The 2026 plan is submitted in the autumn semester, 2025-09-01 to 2026-01-31 (SD-PLAN-1)", decision.Explanation.English);
    }

    [Fact]
    public void RefuseAPlanWithoutBudgetIndicators_SD_PLAN_1()
    {
        var decision = Expect.Refused(Plugins.Sddz.CheckAnnualPlan(Plan("2025-10-15", Web with { Budget = 0m }), Plugins.Defaults), "SD-PLAN-1");

        Assert.Equal(["SD-PLAN-1"], decision.RuleIds);
        Assert.Equal("年度计划每个证书须附考核预算指标：WEB-FE无预算（SD-PLAN-1）", decision.Explanation.Chinese);
        Assert.Equal("Every certificate in the plan needs its budget indicator; none for WEB-FE (SD-PLAN-1)", decision.Explanation.English);
        Assert.True(Expect.Ok(Plugins.National.CheckAnnualPlan(Plan("2025-10-15", Web with { Budget = 0m }), Plugins.Defaults)).Allowed);
    }

    [Fact]
    public void AcceptABudgetIndicatorOfOneFen_SD_PLAN_1()
    {
        Expect.Allowed(Plugins.Sddz.CheckAnnualPlan(Plan("2025-10-15", Web with { Budget = 0.01m }), Plugins.Defaults), "SD-PLAN-1");
    }

    [Fact]
    public void RefuseAnElementaryCertificateInThePlan_SD_LVL_1()
    {
        var elementary = new AnnualPlanItem("OFFICE", CertificateLevel.Elementary, 10, 3000m);

        var decision = Expect.Refused(Plugins.Sddz.CheckAnnualPlan(Plan("2025-10-15", Web, elementary), Plugins.Defaults), "SD-LVL-1");

        Assert.Equal(["SD-LVL-1"], decision.RuleIds);
        Assert.Equal("不得申报初级证书，须为中级及以上（SD-LVL-1）", decision.Explanation.Chinese);
    }

    [Fact]
    public void MoveTheWindowWhenTheTenantChangesTheSemester_SD_PLAN_1()
    {
        var schedule = Facts.Schedule((SddzPolicy.PlanWindowEndMonth, "2019-01-01", "12"));

        Expect.Allowed(Plugins.Sddz.CheckAnnualPlan(Plan("2025-12-31"), schedule), "SD-PLAN-1");
        var refused = Expect.Refused(Plugins.Sddz.CheckAnnualPlan(Plan("2026-01-01"), schedule), "SD-PLAN-1");
        Assert.Contains("2025-09-01至2025-12-31", refused.Explanation.Chinese);
    }
}
