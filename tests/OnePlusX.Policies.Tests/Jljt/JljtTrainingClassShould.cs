using OnePlusX.Policies.Jljt;
using static OnePlusX.Policies.Tests.Support.Facts;

namespace OnePlusX.Policies.Tests.Jljt;

/// <summary>Whether a JLJT X-course class may open: its size (JL-CLS-1) and its teachers (JL-TCH-1).</summary>
public sealed class JljtTrainingClassShould
{
    [Fact]
    public void RefuseAClassOfNineteenStudents_JL_CLS_1()
    {
        var decision = Expect.Refused(Plugins.Jljt.CheckTraining(Training(19), Plugins.Defaults), "JL-CLS-1");

        Assert.Equal(["JL-CLS-1"], decision.RuleIds);
        Assert.Equal(new Explanation("19人，少于20人不得开班（JL-CLS-1）", "19 students: no class below 20 (JL-CLS-1)"), decision.Explanation);
    }

    [Fact]
    public void OpenAClassOfTwentyStudents_JL_CLS_1()
    {
        var decision = Expect.Allowed(Plugins.Jljt.CheckTraining(Training(20), Plugins.Defaults), "JL-CLS-1");

        Assert.Equal(["JL-CLS-1", "JL-TCH-1"], decision.RuleIds);
        Assert.Equal("20人，可以开班（JL-CLS-1）；授课教师均持资格证书（JL-TCH-1）", decision.Explanation.Chinese);
        Assert.Equal("20 students: the class may open (JL-CLS-1); Every teacher holds the qualification (JL-TCH-1)", decision.Explanation.English);
    }

    [Theory]
    [InlineData(40, "40人，可以开班（JL-CLS-1）")]
    [InlineData(41, "41人，超过原则上每班40人（JL-CLS-1）")]
    public void OpenAClassAboveFortyButSaySo_JL_CLS_1(int students, string why)
    {
        var decision = Expect.Allowed(Plugins.Jljt.CheckTraining(Training(students), Plugins.Defaults), "JL-CLS-1");

        Assert.StartsWith(why, decision.Explanation.Chinese);
    }

    [Fact]
    public void ApplyATenantsMinimumFromTheDayItTakesEffect_JL_CLS_1()
    {
        var schedule = Schedule((JljtParameters.MinimumClassSize, "2025-04-01", "25"));

        Expect.Allowed(Plugins.Jljt.CheckTraining(Training(24) with { StartsOn = Day("2025-03-31") }, schedule), "JL-CLS-1");
        var refused = Expect.Refused(Plugins.Jljt.CheckTraining(Training(24), schedule), "JL-CLS-1");

        Assert.Equal("24人，少于25人不得开班（JL-CLS-1）", refused.Explanation.Chinese);
    }

    [Fact]
    public void RefuseATeacherWithoutTheOrganisationsQualification_JL_TCH_1()
    {
        var facts = Training(40, teachers: [new TrainingTeacher("王老师", true), new TrainingTeacher(" 李老师 ", false)]);

        var decision = Expect.Refused(Plugins.Jljt.CheckTraining(facts, Plugins.Defaults), "JL-TCH-1");

        Assert.Equal(["JL-TCH-1"], decision.RuleIds);
        Assert.Equal("授课教师须持评价组织颁发的资格证书：李老师未持证（JL-TCH-1）", decision.Explanation.Chinese);
        Assert.Equal("Teachers must hold the organisation's qualification; not held by 李老师 (JL-TCH-1)", decision.Explanation.English);
    }

    [Fact]
    public void RefuseAClassWithoutATeacher_JL_TCH_1()
    {
        var facts = Training(40) with { Teachers = [] };

        var decision = Expect.Refused(Plugins.Jljt.CheckTraining(facts, Plugins.Defaults), "JL-TCH-1");

        Assert.Equal("须安排具备资格的授课教师（JL-TCH-1）", decision.Explanation.Chinese);
    }

    [Fact]
    public void GiveBothRefusalsAtOnce_JL_CLS_1_JL_TCH_1()
    {
        var facts = Training(12, teachers: [new TrainingTeacher("李老师", false)]);

        var decision = Expect.Refused(Plugins.Jljt.CheckTraining(facts, Plugins.Defaults), "JL-CLS-1");

        Assert.Equal(["JL-CLS-1", "JL-TCH-1"], decision.RuleIds);
        Assert.Equal("12人，少于20人不得开班（JL-CLS-1）；授课教师须持评价组织颁发的资格证书：李老师未持证（JL-TCH-1）", decision.Explanation.Chinese);
    }
}
