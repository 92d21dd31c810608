namespace OnePlusX.Policies.Tests.Xmgx;

/// <summary>
/// XMGX's pilot office sits with the skill appraisal station (XM-ORG-1): the station takes part in station
/// applications and enrols external candidates, who register through it and pay their own.
/// </summary>
public sealed class XmgxOrganisationShould
{
    [Fact]
    public void RouteAStationApplicationThroughTheAppraisalStation_XM_ORG_1()
    {
        var path = Plugins.Xmgx.ApprovalPathFor(ApprovalSubject.StationApplication);

        Assert.Equal(ApprovalSubject.StationApplication, path.Subject);
        Assert.Equal([Approver.School, Approver.AppraisalStation, Approver.AcademicAffairsOffice, Approver.Province], path.Steps);
        Assert.Equal(["XM-ORG-1", "NAT-STA-1"], path.RuleIds);
        Assert.EndsWith("（XM-ORG-1、NAT-STA-1）", path.Explanation.Chinese);
        Assert.EndsWith("(XM-ORG-1, NAT-STA-1)", path.Explanation.English);
        Assert.DoesNotContain(Approver.AppraisalStation, Plugins.National.ApprovalPathFor(ApprovalSubject.StationApplication).Steps);
    }

    [Fact]
    public void LeaveTheEnrolmentOfExternalCandidatesToTheAppraisalStation_XM_ORG_1()
    {
        var path = Plugins.Xmgx.ApprovalPathFor(ApprovalSubject.ExternalCandidateEnrolment);

        Assert.Equal([Approver.AppraisalStation], path.Steps);
        Assert.Equal(["XM-ORG-1"], path.RuleIds);
        Assert.Equal("职业技能鉴定站负责社会学员招生（XM-ORG-1）", path.Explanation.Chinese);
        Assert.Equal("The appraisal station enrols external candidates (XM-ORG-1)", path.Explanation.English);
    }

    [Fact]
    public void RegisterAnExternalCandidateThroughTheAppraisalStation_XM_ORG_1()
    {
        var external = Expect.Allowed(Plugins.Xmgx.CheckRegistration(Facts.External(), Plugins.Defaults), "XM-ORG-1");
        var student = Expect.Ok(Plugins.Xmgx.CheckRegistration(Facts.Student(0), Plugins.Defaults));

        Assert.Equal("社会学员经职业技能鉴定站报名（XM-ORG-1）", external.Explanation.Chinese);
        Assert.Equal("External candidate registered through the appraisal station (XM-ORG-1)", external.Explanation.English);
        Assert.True(student.Allowed);
        Assert.DoesNotContain("XM-ORG-1", student.RuleIds);
    }

    [Fact]
    public void LetAnExternalCandidatePayTheCompanyAccountThemselves_XM_ORG_1_XM_FIN_1()
    {
        // An external candidate's first certificate is still their own: the college pays only for its students.
        var decision = Expect.Ok(Plugins.Xmgx.DecideFunding(Facts.External(), Plugins.Defaults));

        Assert.Equal(Payer.ExternalCandidate, decision.Payer);
        Assert.All(decision.Lines, l => Assert.Equal(Fund.EducationCompanyAccount, l.Fund));
        Assert.Equal(350m, decision.Total);
        Assert.Equal(["XM-ORG-1", "XM-FIN-1"], decision.RuleIds);
        Assert.Equal("社会学员由职业技能鉴定站招生，自行缴费至教育科技有限公司账户（XM-ORG-1、XM-FIN-1）", decision.Explanation.Chinese);
        Assert.Equal("External candidate enrolled by the appraisal station pays the education company's account (XM-ORG-1, XM-FIN-1)", decision.Explanation.English);
    }
}
