using OnePlusX.CertificateProjects;

namespace OnePlusX.Policies.Tests.Sddz;

/// <summary>
/// A planned SDDZ certificate changes only with a reason, within the plan's budget, and never once it is registered
/// with the credit bank and approved (SD-CHG-1); the new certificate is intermediate or advanced (SD-LVL-1).
/// </summary>
public sealed class SddzChangeRequestShould
{
    private static ChangeRequestFacts Change(decimal newBudget = 8000m, bool registered = false, string? reason = "评价组织暂停该证书考核", CertificateLevel level = CertificateLevel.Intermediate) =>
        new(Facts.Day("2026-03-10"), reason, "BIGDATA", level, newBudget, PlanBudget: 8000m, registered);

    [Fact]
    public void AllowAChangeExactlyWithinThePlanBudget_SD_CHG_1()
    {
        var decision = Expect.Allowed(Plugins.Sddz.CheckChangeRequest(Change(newBudget: 8000m), Plugins.Defaults), "SD-CHG-1");

        Assert.Equal(["SD-CHG-1", "SD-LVL-1"], decision.RuleIds);
        Assert.Equal("变更在预算内，报二级学院、教务处审批（SD-CHG-1）；中级证书（SD-LVL-1）", decision.Explanation.Chinese);
    }

    [Fact]
    public void RefuseAChangeOneFenAboveThePlanBudget_SD_CHG_1()
    {
        var decision = Expect.Refused(Plugins.Sddz.CheckChangeRequest(Change(newBudget: 8000.01m), Plugins.Defaults), "SD-CHG-1");

        Assert.Equal(["SD-CHG-1"], decision.RuleIds);
        Assert.Equal("变更后预算8000.01元超出原预算8000.00元（SD-CHG-1）", decision.Explanation.Chinese);
        Assert.Equal("Budget after the change 8000.01 exceeds the plan's 8000.00 yuan (SD-CHG-1)", decision.Explanation.English);
    }

    [Fact]
    public void RefuseAnyChangeOnceRegisteredWithTheCreditBankAndApproved_SD_CHG_1()
    {
        var decision = Expect.Refused(Plugins.Sddz.CheckChangeRequest(Change(newBudget: 6000m, registered: true), Plugins.Defaults), "SD-CHG-1");

        Assert.Equal("已完成学分银行平台试点证书申报并通过审核，不予变更（SD-CHG-1）", decision.Explanation.Chinese);
        Assert.Equal("Registered with the credit bank and approved: no change allowed (SD-CHG-1)", decision.Explanation.English);
        Assert.True(Expect.Ok(Plugins.National.CheckChangeRequest(Change(newBudget: 6000m, registered: true), Plugins.Defaults)).Allowed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void RequireAReasonForTheChange_SD_CHG_1(string? reason)
    {
        var error = Expect.Invalid(Plugins.Sddz.CheckChangeRequest(Change(reason: reason), Plugins.Defaults), "reason");

        Assert.Equal("reason is required.", error.Message);
    }

    [Fact]
    public void RefuseAChangeToAnElementaryCertificate_SD_LVL_1()
    {
        var decision = Expect.Refused(Plugins.Sddz.CheckChangeRequest(Change(level: CertificateLevel.Elementary), Plugins.Defaults), "SD-LVL-1");

        Assert.Equal(["SD-LVL-1"], decision.RuleIds);
        Assert.Equal("不得申报初级证书，须为中级及以上（SD-LVL-1）", decision.Explanation.Chinese);
    }

    [Fact]
    public void SendAChangeThroughTheSchoolAndAcademicAffairs_SD_CHG_1()
    {
        var path = Plugins.Sddz.ApprovalPathFor(ApprovalSubject.ChangeRequest);

        Assert.Equal([Approver.School, Approver.AcademicAffairsOffice], path.Steps);
        Assert.Equal(["SD-CHG-1"], path.RuleIds);
    }

    /// <summary>The path is shown to the officer with its reason; the rule that shapes it should be named in both languages.</summary>
    [Fact]
    public void NameTheChangeRuleInTheApprovalPathsExplanation_SD_CHG_1_SD_PLAN_1()
    {
        var change = Plugins.Sddz.ApprovalPathFor(ApprovalSubject.ChangeRequest);
        var plan = Plugins.Sddz.ApprovalPathFor(ApprovalSubject.AnnualPlan);

        Assert.Equal(("SD-CHG-1", "SD-CHG-1"), (Rule(change.Explanation.Chinese, "SD-CHG-1"), Rule(change.Explanation.English, "SD-CHG-1")));
        Assert.Equal(("SD-PLAN-1", "SD-PLAN-1"), (Rule(plan.Explanation.Chinese, "SD-PLAN-1"), Rule(plan.Explanation.English, "SD-PLAN-1")));
    }

    private static string Rule(string text, string ruleId) => text.Contains(ruleId, StringComparison.Ordinal) ? ruleId : $"missing in '{text}'";
}
