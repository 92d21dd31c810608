using OnePlusX.CertificateProjects;

namespace OnePlusX.Policies.Tests.Sddz;

/// <summary>SDDZ applies for projects within the pilot scale, for intermediate or advanced levels only, and its leading group approves (SD-APP-1, SD-LVL-1).</summary>
public sealed class SddzApplicationShould
{
    private static ProjectApplicationFacts Application(int candidates, int? scale = 30, CertificateLevel level = CertificateLevel.Intermediate) =>
        new("WEB-FE", level, 2026, candidates, 9000m, PilotScale: scale);

    [Fact]
    public void AllowAnApplicationUpToThePilotScale_SD_APP_1()
    {
        var decision = Expect.Allowed(Plugins.Sddz.CheckProjectApplication(Application(30), Plugins.Defaults), "SD-APP-1");

        Assert.Equal(["SD-LVL-1", "SD-APP-1"], decision.RuleIds);
        Assert.Equal("中级证书（SD-LVL-1）；申报30人，在试点规模30人内，报领导小组审批（SD-APP-1）", decision.Explanation.Chinese);
    }

    [Fact]
    public void RefuseAnApplicationOneAboveThePilotScale_SD_APP_1()
    {
        var decision = Expect.Refused(Plugins.Sddz.CheckProjectApplication(Application(31), Plugins.Defaults), "SD-APP-1");

        Assert.Equal(["SD-APP-1"], decision.RuleIds);
        Assert.Equal("申报31人，超出试点规模30人，须经领导小组批准（SD-APP-1）", decision.Explanation.Chinese);
        Assert.Equal("31 candidates exceed the pilot scale of 30; needs the leading group's approval (SD-APP-1)", decision.Explanation.English);
        Assert.True(Expect.Ok(Plugins.National.CheckProjectApplication(Application(31), Plugins.Defaults)).Allowed);
    }

    [Fact]
    public void LeaveTheScaleToTheLeadingGroupWhenNoneIsOnRecord_SD_APP_1()
    {
        var decision = Expect.Allowed(Plugins.Sddz.CheckProjectApplication(Application(500, scale: null), Plugins.Defaults), "SD-APP-1");

        Assert.Contains("尚无核定试点规模，报领导小组审批时核对（SD-APP-1）", decision.Explanation.Chinese);
    }

    [Fact]
    public void RefuseAnElementaryCertificate_SD_LVL_1()
    {
        var decision = Expect.Refused(Plugins.Sddz.CheckProjectApplication(Application(20, level: CertificateLevel.Elementary), Plugins.Defaults), "SD-LVL-1");

        Assert.Equal(["SD-LVL-1"], decision.RuleIds);
        Assert.Equal("不得申报初级证书，须为中级及以上（SD-LVL-1）", decision.Explanation.Chinese);
        Assert.Equal("Level 1 may not be applied for; level 2 or above (SD-LVL-1)", decision.Explanation.English);
    }

    [Theory]
    [InlineData(CertificateLevel.Intermediate, "中级证书（SD-LVL-1）")]
    [InlineData(CertificateLevel.Advanced, "高级证书（SD-LVL-1）")]
    public void AllowIntermediateAndAdvancedCertificates_SD_LVL_1(CertificateLevel level, string why)
    {
        var decision = Expect.Allowed(Plugins.Sddz.CheckProjectApplication(Application(20, level: level), Plugins.Defaults), "SD-LVL-1");

        Assert.StartsWith(why, decision.Explanation.Chinese);
    }

    [Fact]
    public void ReportBothTheLevelAndTheScaleAtOnce_SD_APP_1_SD_LVL_1()
    {
        var decision = Expect.Refused(Plugins.Sddz.CheckProjectApplication(Application(31, level: CertificateLevel.Elementary), Plugins.Defaults), "SD-APP-1");

        Assert.Equal(["SD-LVL-1", "SD-APP-1"], decision.RuleIds);
        Assert.Equal("不得申报初级证书，须为中级及以上（SD-LVL-1）；申报31人，超出试点规模30人，须经领导小组批准（SD-APP-1）", decision.Explanation.Chinese);
    }

    [Fact]
    public void HaveTheLeadingGroupApproveAProjectApplication_SD_APP_1()
    {
        var path = Plugins.Sddz.ApprovalPathFor(ApprovalSubject.ProjectApplication);

        Assert.Equal([Approver.School, Approver.AcademicAffairsOffice, Approver.LeadingGroup, Approver.Province], path.Steps);
        Assert.Equal(["SD-APP-1", "NAT-STA-1"], path.RuleIds);
        Assert.Equal("二级学院申报，教务处审核，领导小组审批，报省级备案（SD-APP-1、NAT-STA-1）", path.Explanation.Chinese);
        Assert.DoesNotContain(Approver.LeadingGroup, Plugins.National.ApprovalPathFor(ApprovalSubject.ProjectApplication).Steps);
    }
}
