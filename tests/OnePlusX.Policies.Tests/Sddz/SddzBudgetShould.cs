using OnePlusX.CertificateProjects;

namespace OnePlusX.Policies.Tests.Sddz;

/// <summary>
/// An SDDZ plan may not exceed the pilot scale nor last year's executed budget unless the leading group approved
/// an exception (SD-BUD-1). The plan has 40 + 20 = 60 candidates and 12000 + 8000 = 20000 yuan.
/// </summary>
public sealed class SddzBudgetShould
{
    private static AnnualPlanFacts Plan(int scale = 60, decimal? previous = 20000m, bool exception = false) =>
        new(
            2026,
            Facts.Day("2025-10-15"),
            [new("WEB-FE", CertificateLevel.Intermediate, 40, 12000m), new("BIGDATA", CertificateLevel.Advanced, 20, 8000m)],
            scale,
            previous,
            exception);

    [Fact]
    public void AllowAPlanExactlyAtThePilotScaleAndLastYearsBudget_SD_BUD_1()
    {
        var decision = Expect.Allowed(Plugins.Sddz.CheckAnnualPlan(Plan(scale: 60, previous: 20000m), Plugins.Defaults), "SD-BUD-1");

        Assert.EndsWith("60人、预算20000.00元，未超试点规模和上一年度执行预算（SD-BUD-1）", decision.Explanation.Chinese);
    }

    [Fact]
    public void RefuseAPlanOneCandidateAboveThePilotScale_SD_BUD_1()
    {
        var decision = Expect.Refused(Plugins.Sddz.CheckAnnualPlan(Plan(scale: 59), Plugins.Defaults), "SD-BUD-1");

        Assert.Equal(["SD-BUD-1"], decision.RuleIds);
        Assert.Equal("60人超出试点规模59人，须报领导小组审批（SD-BUD-1）", decision.Explanation.Chinese);
        Assert.Equal("60 candidates exceed the pilot scale of 59; needs the leading group's approval (SD-BUD-1)", decision.Explanation.English);
    }

    [Fact]
    public void RefuseAPlanOneFenAboveLastYearsExecutedBudget_SD_BUD_1()
    {
        var decision = Expect.Refused(Plugins.Sddz.CheckAnnualPlan(Plan(previous: 19999.99m), Plugins.Defaults), "SD-BUD-1");

        Assert.Equal(["SD-BUD-1"], decision.RuleIds);
        Assert.Equal("预算20000.00元超出上一年度执行预算19999.99元，须报领导小组审批（SD-BUD-1）", decision.Explanation.Chinese);
        Assert.Equal("Budget 20000.00 exceeds last year's executed 19999.99 yuan; needs the leading group's approval (SD-BUD-1)", decision.Explanation.English);
    }

    [Theory]
    [InlineData(59, 20000)]
    [InlineData(60, 15000)]
    [InlineData(10, 100)]
    public void AllowAPlanAboveEitherLimitOnceTheLeadingGroupApprovedAnException_SD_BUD_1(int scale, int previous)
    {
        Assert.False(Expect.Ok(Plugins.Sddz.CheckAnnualPlan(Plan(scale, previous, exception: false), Plugins.Defaults)).Allowed);

        var decision = Expect.Allowed(Plugins.Sddz.CheckAnnualPlan(Plan(scale, previous, exception: true), Plugins.Defaults), "SD-BUD-1");

        Assert.EndsWith("超出试点规模或上一年度执行预算，已经领导小组批准（SD-BUD-1）", decision.Explanation.Chinese);
    }

    [Fact]
    public void CheckOnlyTheScaleWhenThereWasNoBudgetLastYear_SD_BUD_1()
    {
        Expect.Allowed(Plugins.Sddz.CheckAnnualPlan(Plan(scale: 60, previous: null), Plugins.Defaults), "SD-BUD-1");
        Expect.Refused(Plugins.Sddz.CheckAnnualPlan(Plan(scale: 59, previous: null), Plugins.Defaults), "SD-BUD-1");
    }

    [Fact]
    public void SendAnExceptionRequestToTheLeadingGroupAlone_SD_BUD_1()
    {
        var path = Plugins.Sddz.ApprovalPathFor(ApprovalSubject.BudgetException);

        Assert.Equal([Approver.LeadingGroup], path.Steps);
        Assert.Equal(["SD-BUD-1"], path.RuleIds);
        Assert.Equal("超规模、超预算须领导小组审批（SD-BUD-1）", path.Explanation.Chinese);
    }
}
