using OnePlusX.Policies.Hbgz;

namespace OnePlusX.Policies.Tests.Hbgz;

/// <summary>HBGZ cancels a project after three weekly reports missed in a row, and for the other exit causes (HB-EXIT-1).</summary>
public sealed class HbgzWeeklyReportsShould
{
    [Fact]
    public void CancelTheProjectAfterThreeMissedWeeksInARow_HB_EXIT_1()
    {
        var compliance = Expect.Ok(Plugins.Hbgz.EvaluateWeeklyReports(Facts.Weeks("FF---"), Plugins.Defaults));

        Assert.True(compliance.ProjectCancelled);
        Assert.True(compliance.ExitFlag);
        Assert.True(compliance.Warning);
        Assert.Equal((3, 3), (compliance.MissedInARow, compliance.LongestMissedRun));
        Assert.Equal(["NAT-REP-1", "NAT-EXIT-COL", "HB-EXIT-1"], compliance.RuleIds);
        Assert.Equal("连续3周不按时提交周报：取消试点项目（NAT-REP-1、NAT-EXIT-COL、HB-EXIT-1）", compliance.Explanation.Chinese);
        Assert.Equal("3 weekly reports missed in a row: the project is cancelled (NAT-REP-1, NAT-EXIT-COL, HB-EXIT-1)", compliance.Explanation.English);
    }

    [Fact]
    public void OnlyWarnAfterTwoMissedWeeksInARow_HB_EXIT_1()
    {
        var compliance = Expect.Ok(Plugins.Hbgz.EvaluateWeeklyReports(Facts.Weeks("FF--"), Plugins.Defaults));

        Assert.False(compliance.ProjectCancelled);
        Assert.False(compliance.ExitFlag);
        Assert.True(compliance.Warning);
        Assert.Equal(["NAT-REP-1", "NAT-EXIT-COL"], compliance.RuleIds);
        Assert.Equal("已连续2周未报周报：预警（NAT-REP-1、NAT-EXIT-COL）", compliance.Explanation.Chinese);
    }

    [Fact]
    public void NotCancelForThreeMissedWeeksThatAreNotInARow_HB_EXIT_1()
    {
        var compliance = Expect.Ok(Plugins.Hbgz.EvaluateWeeklyReports(Facts.Weeks("--F-F-"), Plugins.Defaults));

        Assert.False(compliance.ProjectCancelled);
        Assert.False(compliance.ExitFlag);
        Assert.Equal((1, 2), (compliance.MissedInARow, compliance.LongestMissedRun));
        Assert.DoesNotContain("HB-EXIT-1", compliance.RuleIds);
    }

    [Fact]
    public void CancelTheProjectWhereTheNationalBaselineOnlyFlagsExit_HB_EXIT_1()
    {
        var national = Expect.Ok(Plugins.National.EvaluateWeeklyReports(Facts.Weeks("FF---"), Plugins.Defaults));
        var hbgz = Expect.Ok(Plugins.Hbgz.EvaluateWeeklyReports(Facts.Weeks("FF---"), Plugins.Defaults));

        Assert.Equal((true, false), (national.ExitFlag, national.ProjectCancelled));
        Assert.Equal((true, true), (hbgz.ExitFlag, hbgz.ProjectCancelled));
    }

    [Fact]
    public void CancelAfterTheTenantsOwnNumberOfWeeksFromItsEffectiveDate_HB_EXIT_1()
    {
        var schedule = Facts.Schedule((HbgzPolicy.CancelWeeks, "2025-04-01", "2"));

        // Two missed weeks in a row both times: judged on 2025-03-31 (default 3 applies) and on 2025-04-07 (the tenant's 2 applies).
        var before = Expect.Ok(Plugins.Hbgz.EvaluateWeeklyReports(Facts.Weeks("F--", firstMonday: "2025-03-10"), schedule));
        var after = Expect.Ok(Plugins.Hbgz.EvaluateWeeklyReports(Facts.Weeks("FF--", firstMonday: "2025-03-10"), schedule));

        Assert.Equal(Facts.Day("2025-03-31"), Facts.Weeks("F--", firstMonday: "2025-03-10").AsOf);
        Assert.False(before.ProjectCancelled);
        Assert.True(after.ProjectCancelled);
        Assert.Equal("连续2周不按时提交周报：取消试点项目（NAT-REP-1、NAT-EXIT-COL、HB-EXIT-1）", after.Explanation.Chinese);
    }

    [Theory]
    [InlineData(FindingType.CollegeLaxManagement)]
    [InlineData(FindingType.CollegeFundMisuse)]
    [InlineData(FindingType.CollegeForcedParticipation)]
    [InlineData(FindingType.CollegeOtherViolation)]
    public void FileTheCollegesExitCausesUnderTheSchoolRuleToo_HB_EXIT_1(FindingType type)
    {
        Assert.Equal(["NAT-EXIT-COL", "HB-EXIT-1"], Plugins.Hbgz.RulesForFinding(type));
        Assert.Equal(["NAT-EXIT-COL"], Plugins.National.RulesForFinding(type));
    }

    [Theory]
    [InlineData(FindingType.OrganisationExamFraud, "NAT-EXIT-ORG")]
    [InlineData(FindingType.OrganisationOvercharging, "NAT-EXIT-ORG")]
    [InlineData(FindingType.OrganisationRequiredPurchase, "NAT-STA-2")]
    public void LeaveOrganisationsBreachesToTheNationalRules_HB_EXIT_1(FindingType type, string rule)
    {
        Assert.Equal([rule], Plugins.Hbgz.RulesForFinding(type));
    }
}
