using OnePlusX.Policies.Baseline;

namespace OnePlusX.Policies.Tests.Baseline;

/// <summary>Weekly reports (NAT-REP-1) and a college's exit for missing them (NAT-EXIT-COL).</summary>
public sealed class NationalWeeklyReportsShould
{
    [Theory]
    [InlineData("FFFF")]
    [InlineData("F-F-")]
    [InlineData("-F-F")]
    public void ReportACollegeOnTimeWhileNoTwoWeeksInARowAreMissed_NAT_REP_1(string pattern)
    {
        var compliance = Expect.Ok(Plugins.National.EvaluateWeeklyReports(Facts.Weeks(pattern), Plugins.Defaults));

        Assert.False(compliance.Warning);
        Assert.False(compliance.ExitFlag);
        Assert.False(compliance.ProjectCancelled);
        Assert.Equal(["NAT-REP-1"], compliance.RuleIds);
        Assert.Equal("周报按时报送（NAT-REP-1）", compliance.Explanation.Chinese);
        Assert.Equal("Weekly reports on time (NAT-REP-1)", compliance.Explanation.English);
    }

    [Fact]
    public void WarnAtTheSecondMissedWeekInARowButNotAtTheFirst_NAT_EXIT_COL()
    {
        var one = Expect.Ok(Plugins.National.EvaluateWeeklyReports(Facts.Weeks("FF-"), Plugins.Defaults));
        var two = Expect.Ok(Plugins.National.EvaluateWeeklyReports(Facts.Weeks("FF--"), Plugins.Defaults));

        Assert.Equal((1, 1, false, false), (one.MissedInARow, one.LongestMissedRun, one.Warning, one.ExitFlag));
        Assert.Equal((2, 2, true, false), (two.MissedInARow, two.LongestMissedRun, two.Warning, two.ExitFlag));
        Assert.Equal(["NAT-REP-1", "NAT-EXIT-COL"], two.RuleIds);
        Assert.Equal("已连续2周未报周报：预警（NAT-REP-1、NAT-EXIT-COL）", two.Explanation.Chinese);
        Assert.Equal("2 weekly reports missed in a row: warning (NAT-REP-1, NAT-EXIT-COL)", two.Explanation.English);
    }

    [Fact]
    public void FlagExitAtTheThirdMissedWeekInARowButNotAtTheSecond_NAT_EXIT_COL()
    {
        var two = Expect.Ok(Plugins.National.EvaluateWeeklyReports(Facts.Weeks("F--"), Plugins.Defaults));
        var three = Expect.Ok(Plugins.National.EvaluateWeeklyReports(Facts.Weeks("F---"), Plugins.Defaults));

        Assert.False(two.ExitFlag);
        Assert.Equal((3, 3, true, true), (three.MissedInARow, three.LongestMissedRun, three.Warning, three.ExitFlag));
        Assert.False(three.ProjectCancelled);
        Assert.Equal(["NAT-REP-1", "NAT-EXIT-COL"], three.RuleIds);
        Assert.Equal("连续3周未报周报：取消试点资格（NAT-REP-1、NAT-EXIT-COL）", three.Explanation.Chinese);
        Assert.Equal("3 weekly reports missed in a row: exit from the pilot (NAT-REP-1, NAT-EXIT-COL)", three.Explanation.English);
    }

    [Fact]
    public void ResetTheCurrentRunWhenAWeekIsFiledButKeepTheExitFlag_NAT_REP_1_NAT_EXIT_COL()
    {
        var compliance = Expect.Ok(Plugins.National.EvaluateWeeklyReports(Facts.Weeks("---FF"), Plugins.Defaults));

        Assert.Equal(0, compliance.MissedInARow);
        Assert.Equal(3, compliance.LongestMissedRun);
        Assert.False(compliance.Warning);
        Assert.True(compliance.ExitFlag);
        Assert.Equal(["NAT-REP-1", "NAT-EXIT-COL"], compliance.RuleIds);
        Assert.Equal("连续3周未报周报：取消试点资格（NAT-REP-1、NAT-EXIT-COL）", compliance.Explanation.Chinese);
    }

    [Fact]
    public void NotAddUpTwoSeparateRunsIntoAnExit_NAT_EXIT_COL()
    {
        var compliance = Expect.Ok(Plugins.National.EvaluateWeeklyReports(Facts.Weeks("--F--"), Plugins.Defaults));

        Assert.Equal((2, 2), (compliance.MissedInARow, compliance.LongestMissedRun));
        Assert.True(compliance.Warning);
        Assert.False(compliance.ExitFlag);
    }

    [Fact]
    public void UseTheTenantsThresholds_NAT_EXIT_COL()
    {
        var schedule = Facts.Schedule((NationalParameters.WarningWeeks, "2025-01-01", "3"), (NationalParameters.ExitWeeks, "2025-01-01", "5"));

        var two = Expect.Ok(Plugins.National.EvaluateWeeklyReports(Facts.Weeks("F--"), schedule));
        var three = Expect.Ok(Plugins.National.EvaluateWeeklyReports(Facts.Weeks("F---"), schedule));
        var four = Expect.Ok(Plugins.National.EvaluateWeeklyReports(Facts.Weeks("F----"), schedule));
        var five = Expect.Ok(Plugins.National.EvaluateWeeklyReports(Facts.Weeks("F-----"), schedule));

        Assert.Equal((false, false), (two.Warning, two.ExitFlag));
        Assert.Equal((true, false), (three.Warning, three.ExitFlag));
        Assert.Equal((true, false), (four.Warning, four.ExitFlag));
        Assert.Equal((true, true), (five.Warning, five.ExitFlag));
        Assert.Equal("连续5周未报周报：取消试点资格（NAT-REP-1、NAT-EXIT-COL）", five.Explanation.Chinese);
    }

    [Fact]
    public void JudgeWithTheThresholdInForceOnTheDayOfJudgement_NAT_EXIT_COL()
    {
        var schedule = Facts.Schedule((NationalParameters.ExitWeeks, "2025-03-25", "4"));
        var weeks = Facts.Weeks("---"); // Mondays 03-03, 03-10, 03-17; judged on 2025-03-24

        var dayBefore = Expect.Ok(Plugins.National.EvaluateWeeklyReports(weeks, schedule));
        var fromTheDay = Expect.Ok(Plugins.National.EvaluateWeeklyReports(weeks with { AsOf = Facts.Day("2025-03-25") }, schedule));

        Assert.Equal(Facts.Day("2025-03-24"), weeks.AsOf);
        Assert.True(dayBefore.ExitFlag);
        Assert.False(fromTheDay.ExitFlag);
        Assert.True(fromTheDay.Warning);
    }

    [Fact]
    public void RefuseAWeekThatDoesNotStartOnAMonday_NAT_REP_1()
    {
        var facts = new WeeklyReportFacts(Facts.Day("2025-03-24"), [new(Facts.Day("2025-03-03"), true), new(Facts.Day("2025-03-11"), false)]);

        Expect.Invalid(Plugins.National.EvaluateWeeklyReports(facts, Plugins.Defaults), "weeks[1].monday");
    }

    [Fact]
    public void RefuseWeeksOutOfOrderOrAfterTheDayOfJudgement_NAT_REP_1()
    {
        var outOfOrder = new WeeklyReportFacts(Facts.Day("2025-03-24"), [new(Facts.Day("2025-03-10"), true), new(Facts.Day("2025-03-03"), false)]);
        var future = new WeeklyReportFacts(Facts.Day("2025-03-24"), [new(Facts.Day("2025-03-31"), false)]);

        Expect.Invalid(Plugins.National.EvaluateWeeklyReports(outOfOrder, Plugins.Defaults), "weeks[1].monday");
        Expect.Invalid(Plugins.National.EvaluateWeeklyReports(future, Plugins.Defaults), "weeks[0].monday");
        Expect.Invalid(Plugins.National.EvaluateWeeklyReports(new WeeklyReportFacts(Facts.Day("2025-03-24"), null!), Plugins.Defaults), "weeks");
    }
}
