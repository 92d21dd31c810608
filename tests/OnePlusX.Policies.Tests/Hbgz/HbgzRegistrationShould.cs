namespace OnePlusX.Policies.Tests.Hbgz;

/// <summary>HBGZ selects students from course and training results; only selected students register (HB-SEL-1).</summary>
public sealed class HbgzRegistrationShould
{
    [Fact]
    public void RegisterASelectedStudent_HB_SEL_1()
    {
        var decision = Expect.Allowed(Plugins.Hbgz.CheckRegistration(Facts.Student(earlier: 0, selected: true), Plugins.Defaults), "HB-SEL-1");

        Assert.Equal(["HB-SEL-1"], decision.RuleIds);
        Assert.Equal("已遴选，可以报名（HB-SEL-1）", decision.Explanation.Chinese);
    }

    [Fact]
    public void RefuseAStudentWhoWasNotSelected_HB_SEL_1()
    {
        var decision = Expect.Refused(Plugins.Hbgz.CheckRegistration(Facts.Student(earlier: 0, selected: false), Plugins.Defaults), "HB-SEL-1");

        Assert.Equal(["HB-SEL-1"], decision.RuleIds);
        Assert.Equal("未经遴选的学生不能报名（HB-SEL-1）", decision.Explanation.Chinese);
        Assert.Equal("Only selected students register (HB-SEL-1)", decision.Explanation.English);
    }

    [Fact]
    public void RefuseAnUnselectedStudentWhomTheNationalBaselineLetsRegister_HB_SEL_1()
    {
        var facts = Facts.Student(earlier: 1, selected: false);

        Assert.True(Expect.Ok(Plugins.National.CheckRegistration(facts, Plugins.Defaults)).Allowed);
        Assert.False(Expect.Ok(Plugins.Hbgz.CheckRegistration(facts, Plugins.Defaults)).Allowed);
    }

    [Fact]
    public void RegisterAnExternalCandidateWithoutSelection_HB_SEL_1()
    {
        var facts = Facts.External();
        Assert.False(facts.Selected);

        var decision = Expect.Allowed(Plugins.Hbgz.CheckRegistration(facts, Plugins.Defaults), "HB-SEL-1");

        Assert.Equal(["HB-SEL-1"], decision.RuleIds);
    }
}
