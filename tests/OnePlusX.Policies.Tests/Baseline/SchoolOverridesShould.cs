using OnePlusX.CertificateProjects;

namespace OnePlusX.Policies.Tests.Baseline;

/// <summary>Where a school is silent the baseline applies; where a school is stricter its rule wins.</summary>
public sealed class SchoolOverridesShould
{
    [Fact]
    public void JudgeWeeklyReportsByTheBaselineWhereTheSchoolIsSilent_NAT_EXIT_COL()
    {
        var national = Expect.Ok(Plugins.National.EvaluateWeeklyReports(Facts.Weeks("F---"), Plugins.Defaults));
        var sddz = Expect.Ok(Plugins.Sddz.EvaluateWeeklyReports(Facts.Weeks("F---"), Plugins.Defaults));
        var xmgx = Expect.Ok(Plugins.Xmgx.EvaluateWeeklyReports(Facts.Weeks("F---"), Plugins.Defaults));

        Assert.True(sddz.ExitFlag);
        Assert.False(sddz.ProjectCancelled);
        Assert.Equal(["NAT-REP-1", "NAT-EXIT-COL"], sddz.RuleIds);
        Assert.Equal(national.Explanation, sddz.Explanation);
        Assert.Equal(national.Explanation, xmgx.Explanation);
    }

    [Fact]
    public void DecideWhoPaysByTheBaselineWhereTheSchoolIsSilent_NAT_COST_1()
    {
        var first = Expect.Ok(Plugins.Xmgx.DecideFunding(Facts.Student(0), Plugins.Defaults));
        var second = Expect.Ok(Plugins.Xmgx.DecideFunding(Facts.Student(1), Plugins.Defaults));

        Assert.Equal(Payer.College, first.Payer);
        Assert.Equal(Payer.Student, second.Payer);
        Assert.Equal(["NAT-COST-1", "XM-FIN-1"], second.RuleIds);
        Assert.All(second.Lines, l => Assert.Equal(Fund.EducationCompanyAccount, l.Fund));
        Assert.Equal("学生自费：第二个证书，由教育科技有限公司账户收取（NAT-COST-1、XM-FIN-1）", second.Explanation.Chinese);
    }

    [Fact]
    public void PayTeachingAtTheBaselineRateWhereTheSchoolIsSilent_NAT_TRN_2()
    {
        var fees = Facts.TrainingFees(Facts.Teaching("王老师", 30, ("2025-06-02", 4m), ("2025-06-03", 4m)));

        var table = Expect.Ok(Plugins.Sddz.ComputeTrainingFees(fees, Plugins.Defaults));

        Assert.Equal((100m, 800m), (table.Lines.Single().Rate, table.Total));
        Assert.Equal(["NAT-TRN-2"], table.RuleIds);
        Assert.Equal("SDDZ", table.PolicyCode);
    }

    [Fact]
    public void RefuseAnElementaryCertificateWhereTheSchoolIsStricter_SD_LVL_1()
    {
        var facts = new ProjectApplicationFacts("S000101", CertificateLevel.Elementary, 2025, 40, 12000m);

        var national = Expect.Ok(Plugins.National.CheckProjectApplication(facts, Plugins.Defaults));
        var sddz = Expect.Refused(Plugins.Sddz.CheckProjectApplication(facts, Plugins.Defaults), "SD-LVL-1");
        Expect.Allowed(Plugins.Sddz.CheckProjectApplication(facts with { Level = CertificateLevel.Intermediate }, Plugins.Defaults), "SD-LVL-1");

        Assert.True(national.Allowed);
        Assert.Equal(["SD-LVL-1"], sddz.RuleIds);
        Assert.Equal("不得申报初级证书，须为中级及以上（SD-LVL-1）", sddz.Explanation.Chinese);
    }

    [Fact]
    public void RefuseAnUnselectedStudentWhereTheSchoolIsStricter_HB_SEL_1()
    {
        var unselected = Facts.Student(0, selected: false);

        var national = Expect.Ok(Plugins.National.CheckRegistration(unselected, Plugins.Defaults));
        var hbgz = Expect.Refused(Plugins.Hbgz.CheckRegistration(unselected, Plugins.Defaults), "HB-SEL-1");
        Expect.Allowed(Plugins.Hbgz.CheckRegistration(Facts.Student(0, selected: true), Plugins.Defaults), "HB-SEL-1");

        Assert.True(national.Allowed);
        Assert.Equal("未经遴选的学生不能报名（HB-SEL-1）", hbgz.Explanation.Chinese);
    }

    [Fact]
    public void RefuseASmallClassWhereTheSchoolIsStricter_JL_CLS_1()
    {
        var national = Expect.Ok(Plugins.National.CheckTraining(Facts.Training(19), Plugins.Defaults));
        var jljt = Expect.Refused(Plugins.Jljt.CheckTraining(Facts.Training(19), Plugins.Defaults), "JL-CLS-1");
        Expect.Allowed(Plugins.Jljt.CheckTraining(Facts.Training(20), Plugins.Defaults), "JL-CLS-1");

        Assert.True(national.Allowed);
        Assert.Equal("19人，少于20人不得开班（JL-CLS-1）", jljt.Explanation.Chinese);
    }

    [Fact]
    public void KeepTheNationalExitFlagWhereTheSchoolAddsItsOwnCancellation_NAT_EXIT_COL_HB_EXIT_1()
    {
        var hbgz = Expect.Ok(Plugins.Hbgz.EvaluateWeeklyReports(Facts.Weeks("F---"), Plugins.Defaults));
        var notYet = Expect.Ok(Plugins.Hbgz.EvaluateWeeklyReports(Facts.Weeks("F--"), Plugins.Defaults));

        Assert.True(hbgz.ExitFlag);
        Assert.True(hbgz.ProjectCancelled);
        Assert.Equal(["NAT-REP-1", "NAT-EXIT-COL", "HB-EXIT-1"], hbgz.RuleIds);
        Assert.Equal((true, false, false), (notYet.Warning, notYet.ExitFlag, notYet.ProjectCancelled));
    }
}
