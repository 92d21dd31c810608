using OnePlusX.Policies.Jljt;
using static OnePlusX.Policies.Tests.Support.Facts;

namespace OnePlusX.Policies.Tests.Jljt;

/// <summary>How a certificate enters JLJT's curriculum (JL-CUR-1) and when an added course is filed (JL-CUR-2).</summary>
public sealed class JljtCourseIntegrationShould
{
    // The course starts on Monday 2021-03-01; one week ahead is 2021-02-22.
    private const string Start = "2021-03-01";
    private const string WeekAhead = "2021-02-22";

    [Fact]
    public void AllowA2020SeparateCourseOfExactlyHalfTheReplacedHours_JL_CUR_1()
    {
        var decision = Expect.Allowed(Check(Separate(2020, replaced: 64, x: 32)), "JL-CUR-1");

        Assert.Equal(["JL-CUR-1", "JL-CUR-2"], decision.RuleIds);
        Assert.Equal("2020级增设课程32学时，不超过被替代课程的50%（JL-CUR-1）；开课前7天报批（JL-CUR-2）", decision.Explanation.Chinese);
        Assert.Equal("Cohort 2020 separate course of 32 hours, within 50% of the replaced course (JL-CUR-1); Filed 7 days before the start (JL-CUR-2)", decision.Explanation.English);
    }

    [Fact]
    public void AllowHalfOfAnOddNumberOfHours_JL_CUR_1()
    {
        Expect.Allowed(Check(Separate(2020, replaced: 63, x: 31.5m)), "JL-CUR-1");
        Expect.Refused(Check(Separate(2020, replaced: 63, x: 32)), "JL-CUR-1");
    }

    [Fact]
    public void RefuseA2020SeparateCourseAboveHalfTheReplacedHours_JL_CUR_1()
    {
        var decision = Expect.Refused(Check(Separate(2020, replaced: 64, x: 32.5m)), "JL-CUR-1");

        Assert.Equal(["JL-CUR-1"], decision.RuleIds);
        Assert.Equal("增设课程32.5学时，超过被替代课程的50%（32学时）（JL-CUR-1）", decision.Explanation.Chinese);
        Assert.Equal("Separate course of 32.5 hours exceeds 50% of the replaced course (32 hours) (JL-CUR-1)", decision.Explanation.English);
    }

    [Theory]
    [InlineData(2021)]
    [InlineData(2022)]
    public void RefuseASeparateCourseFromThe2021CohortOnEvenAtHalf_JL_CUR_1(int cohort)
    {
        var decision = Expect.Refused(Check(Separate(cohort, replaced: 64, x: 32)), "JL-CUR-1");

        Assert.Equal(["JL-CUR-1"], decision.RuleIds);
        Assert.Equal($"{cohort}级不再单独增设X证书课程（仅限2020级）（JL-CUR-1）", decision.Explanation.Chinese);
        Assert.Equal($"Cohort {cohort} may not add a separate X course (only 2020) (JL-CUR-1)", decision.Explanation.English);
    }

    [Fact]
    public void LeaveMergingIntoExistingCoursesOpenToLaterCohorts_JL_CUR_1()
    {
        var facts = new CourseIntegrationFacts(IntegrationMode.MergeIntoCourses, 2022, 64, 0, Day(Start), Day(Start));

        var decision = Expect.Allowed(Check(facts), "JL-CUR-1");

        Assert.Equal(["JL-CUR-1"], decision.RuleIds);
        Assert.Equal("融入现有课程，修订课程标准，不单独开课（JL-CUR-1）", decision.Explanation.Chinese);
    }

    [Fact]
    public void AllowAReplacingCourseOnlyWhenFiledBeforeItRuns_JL_CUR_1()
    {
        var dayBefore = new CourseIntegrationFacts(IntegrationMode.ReplaceCourse, 2022, 64, 64, Day("2021-02-28"), Day(Start));
        var sameDay = dayBefore with { FiledOn = Day(Start) };

        Assert.Equal("替换原有课程，已先行备案（JL-CUR-1）", Expect.Allowed(Check(dayBefore), "JL-CUR-1").Explanation.Chinese);
        var refused = Expect.Refused(Check(sameDay), "JL-CUR-1");
        Assert.Equal("替换课程须先备案后执行（JL-CUR-1）", refused.Explanation.Chinese);
        Assert.Equal("A replacing course is filed before it runs (JL-CUR-1)", refused.Explanation.English);
    }

    [Fact]
    public void RefuseAnAddedCourseFiledSixDaysAheadAndAllowSeven_JL_CUR_2()
    {
        var six = Expect.Refused(Check(Separate(2020, 64, 32, filed: "2021-02-23")), "JL-CUR-2");
        var seven = Expect.Allowed(Check(Separate(2020, 64, 32, filed: WeekAhead)), "JL-CUR-2");

        Assert.Equal(["JL-CUR-2"], six.RuleIds);
        Assert.Equal("增设课程须在开课前7天报批，仅提前6天（JL-CUR-2）", six.Explanation.Chinese);
        Assert.Equal("An added course is filed 7 days before it starts; this one 6 (JL-CUR-2)", six.Explanation.English);
        Assert.EndsWith("开课前7天报批（JL-CUR-2）", seven.Explanation.Chinese);
    }

    [Fact]
    public void GiveEveryRefusalAtOnceWhenCohortAndFilingAreBothWrong_JL_CUR_1_JL_CUR_2()
    {
        var decision = Expect.Refused(Check(Separate(2021, 64, 32, filed: "2021-02-26")), "JL-CUR-1");

        Assert.Equal(["JL-CUR-1", "JL-CUR-2"], decision.RuleIds);
        Assert.Equal("2021级不再单独增设X证书课程（仅限2020级）（JL-CUR-1）；增设课程须在开课前7天报批，仅提前3天（JL-CUR-2）", decision.Explanation.Chinese);
    }

    [Fact]
    public void PutTheCourseFilingDeadlineSevenDaysBeforeTheStart_JL_CUR_2()
    {
        var deadline = Expect.Ok(Plugins.Jljt.DeadlineFor(DeadlineKind.CourseFiling, Day(Start), Plugins.Defaults));

        Assert.Equal(DeadlineKind.CourseFiling, deadline.Kind);
        Assert.Equal(Day(Start), deadline.From);
        Assert.Equal(Day(WeekAhead), deadline.Due);
        Assert.False(deadline.Provisional);
        Assert.Equal(["JL-CUR-2"], deadline.RuleIds);
        Assert.Equal(new Explanation("开课前7天向教务处报批（JL-CUR-2）", "File with academic affairs 7 days before the start (JL-CUR-2)"), deadline.Explanation);

        // Filing on the deadline is on time; the day after it is late.
        Expect.Allowed(Check(Separate(2020, 64, 32, filed: "2021-02-22")), "JL-CUR-2");
        Expect.Refused(Check(Separate(2020, 64, 32, filed: "2021-02-23")), "JL-CUR-2");
    }

    [Fact]
    public void CountATenantsLongerLeadFromTheDayItTakesEffect_JL_CUR_2()
    {
        var schedule = Schedule((JljtParameters.FilingLeadDays, "2021-03-01", "14"));

        var before = Expect.Ok(Plugins.Jljt.DeadlineFor(DeadlineKind.CourseFiling, Day("2021-02-28"), schedule));
        var after = Expect.Ok(Plugins.Jljt.DeadlineFor(DeadlineKind.CourseFiling, Day(Start), schedule));

        Assert.Equal(Day("2021-02-21"), before.Due);
        Assert.Equal(Day("2021-02-15"), after.Due);
        Expect.Refused(Plugins.Jljt.CheckCourseIntegration(Separate(2020, 64, 32, filed: WeekAhead), schedule), "JL-CUR-2");
    }

    private static OnePlusX.Outcomes.CommandResult<PolicyDecision> Check(CourseIntegrationFacts facts) => Plugins.Jljt.CheckCourseIntegration(facts, Plugins.Defaults);

    private static CourseIntegrationFacts Separate(int cohort, decimal replaced, decimal x, string filed = WeekAhead) =>
        new(IntegrationMode.SeparateCourse, cohort, replaced, x, Day(filed), Day(Start));
}
