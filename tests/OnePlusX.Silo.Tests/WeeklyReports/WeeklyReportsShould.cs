using System.Text.Json;
using OnePlusX.Security;
using static OnePlusX.Silo.Tests.WeeklyReports.WeeklyReportCalls;

namespace OnePlusX.Silo.Tests.WeeklyReports;

/// <summary>
/// Weekly reports (周报) through GraphQL against a real silo: a college files its weeks, its policy judges the record
/// (NAT-EXIT-COL warning at 2 and exit flag at 3 missed weeks in a row; HB-EXIT-1 project cancellation for HBGZ),
/// and provinces see their colleges' compliance and no other province's. Each test has colleges of its own.
/// </summary>
[Collection(WeeklyReportCollection.Name)]
public sealed class WeeklyReportsShould(WeeklyReportSilo silo)
{
    [Fact]
    public async Task FileTheCurrentWeekOnTimeAndOnlyOnce_NAT_REP_1()
    {
        await silo.CollegeAsync("WRA");
        Assert.Empty(Errors(await silo.Gateway.StartAsync(College(Roles.CollegeAdministrator, "WRA"), ThisMonday)));

        var filed = await silo.Gateway.FileAsync(College(Roles.SchoolOfficer, "WRA"), ThisMonday, "完成Web前端开发中级培训两期", trainingsHeld: 2);

        Assert.Empty(Errors(filed));
        var report = filed.GetProperty("report");
        Assert.Equal((Day(ThisMonday), "完成Web前端开发中级培训两期", 2, 30, 0, "schoolofficer@test"), (
            report.GetProperty("week").GetString(), report.GetProperty("summary").GetString(), report.GetProperty("trainingsHeld").GetInt32(),
            report.GetProperty("candidatesExamined").GetInt32(), report.GetProperty("certificatesIssued").GetInt32(), report.GetProperty("filedBy").GetString()));
        Assert.Equal(new[] { (Day(ThisMonday), "FILED") }, filed.GetProperty("weeklyReports").Weeks());
        var compliance = filed.Compliance();
        Assert.Equal((0, false, false), (compliance.GetProperty("missedInARow").GetInt32(), compliance.GetProperty("warning").GetBoolean(), compliance.GetProperty("exitFlag").GetBoolean()));
        Assert.Equal(new[] { "NAT-REP-1" }, compliance.RuleIds());

        var again = await silo.Gateway.FileAsync(College(Roles.CollegeAdministrator, "WRA"), ThisMonday, "改正");
        Assert.Equal(("ConflictError", "ALREADY_FILED"), (again.GetProperty("errors")[0].GetProperty("__typename").GetString(), again.GetProperty("errors")[0].GetProperty("code").GetString()));
        var status = await silo.Gateway.StatusAsync(College(Roles.Teacher, "WRA"));
        Assert.Equal(("完成Web前端开发中级培训两期", 1), (status.GetProperty("weeks")[0].GetProperty("report").GetProperty("summary").GetString(), status.GetProperty("weeksFiled").GetInt32()));
    }

    [Fact]
    public async Task WarnAfterTwoMissedWeeksUntilAWeekIsFiledOnTime_NAT_REP_1_NAT_EXIT_COL()
    {
        await silo.CollegeAsync("WRB");
        var admin = College(Roles.CollegeAdministrator, "WRB");
        var (twoAgo, lastWeek) = (ThisMonday.AddDays(-14), ThisMonday.AddDays(-7));

        var started = (await silo.Gateway.StartAsync(admin, twoAgo)).GetProperty("weeklyReports");

        Assert.Equal(new[] { (Day(twoAgo), "MISSED"), (Day(lastWeek), "MISSED"), (Day(ThisMonday), "OPEN") }, started.Weeks());
        Assert.Equal((2, 2, 0), (started.GetProperty("weeksDue").GetInt32(), started.GetProperty("weeksMissed").GetInt32(), started.GetProperty("weeksFiled").GetInt32()));
        var warned = started.Compliance();
        Assert.Equal((2, true, false, false), (warned.GetProperty("missedInARow").GetInt32(), warned.GetProperty("warning").GetBoolean(), warned.GetProperty("exitFlag").GetBoolean(), warned.GetProperty("projectCancelled").GetBoolean()));
        Assert.Equal(new[] { "NAT-REP-1", "NAT-EXIT-COL" }, warned.RuleIds());

        // Last week's report now is late: the week stays missed for the rule.
        var late = await silo.Gateway.FileAsync(admin, lastWeek, "补报上周周报");
        Assert.Equal("LATE", late.GetProperty("weeklyReports").Weeks()[1].State);
        Assert.True(late.Compliance().GetProperty("warning").GetBoolean());

        // This week's report, on time, ends the run: no warning; the longest run is remembered.
        var onTime = await silo.Gateway.FileAsync(admin, ThisMonday, "本周按时报送");
        var cleared = onTime.Compliance();
        Assert.Equal((0, 2, false, false), (cleared.GetProperty("missedInARow").GetInt32(), cleared.GetProperty("longestMissedRun").GetInt32(), cleared.GetProperty("warning").GetBoolean(), cleared.GetProperty("exitFlag").GetBoolean()));

        // As of last Sunday both weeks were missed (the late report came after) and the warning stood.
        var lastSunday = await silo.Gateway.StatusAsync(admin, ThisMonday.AddDays(-1));
        Assert.Equal(new[] { (Day(twoAgo), "MISSED"), (Day(lastWeek), "MISSED") }, lastSunday.Weeks());
        Assert.True(lastSunday.Compliance().GetProperty("warning").GetBoolean());
    }

    [Fact]
    public async Task FlagExitAfterThreeMissedWeeksInARowForTheProvinceToSee_NAT_EXIT_COL()
    {
        await silo.CollegeAsync("WRC");

        var started = await silo.Gateway.StartAsync(College(Roles.CollegeAdministrator, "WRC"), ThisMonday.AddDays(-21));

        var compliance = started.Compliance();
        Assert.Equal((3, 3, true, true, false), (compliance.GetProperty("missedInARow").GetInt32(), compliance.GetProperty("longestMissedRun").GetInt32(),
            compliance.GetProperty("warning").GetBoolean(), compliance.GetProperty("exitFlag").GetBoolean(), compliance.GetProperty("projectCancelled").GetBoolean()));
        Assert.Contains("连续3周未报周报", compliance.GetProperty("explanation").GetProperty("chinese").GetString(), StringComparison.Ordinal);
        var flagged = await silo.Gateway.ComplianceAsync(Province("22"), "{ exitFlagOnly: true }");
        var row = Assert.Single(flagged, r => r.GetProperty("college").GetProperty("code").GetString() == "WRC");
        Assert.Equal((Day(ThisMonday.AddDays(-21)), true, 3), (row.GetProperty("reportingFrom").GetString(), row.GetProperty("compliance").GetProperty("exitFlag").GetBoolean(),
            row.GetProperty("compliance").GetProperty("missedInARow").GetInt32()));
        Assert.All(flagged, r => Assert.True(r.GetProperty("compliance").GetProperty("exitFlag").GetBoolean()));
    }

    [Fact]
    public async Task CancelTheProjectOfAnHbgzCollegeAfterThreeMissedWeeks_HB_EXIT_1()
    {
        await silo.CollegeAsync(WeeklyReportSilo.Hubei, "42", "420300");
        var admin = College(Roles.CollegeAdministrator, WeeklyReportSilo.Hubei, "42");

        var started = await silo.Gateway.StartAsync(admin, ThisMonday.AddDays(-21));

        var compliance = started.Compliance();
        Assert.Equal((true, true), (compliance.GetProperty("exitFlag").GetBoolean(), compliance.GetProperty("projectCancelled").GetBoolean()));
        Assert.Equal(new[] { "NAT-REP-1", "NAT-EXIT-COL", "HB-EXIT-1" }, compliance.RuleIds());
        Assert.Contains("取消试点项目", compliance.GetProperty("explanation").GetProperty("chinese").GetString(), StringComparison.Ordinal);
        var row = Assert.Single(await silo.Gateway.ComplianceAsync(Province("42")), r => r.GetProperty("college").GetProperty("code").GetString() == WeeklyReportSilo.Hubei);
        Assert.True(row.GetProperty("compliance").GetProperty("projectCancelled").GetBoolean());
    }

    [Fact]
    public async Task ShowAProvinceItsCollegesAndNoOtherProvincesCollege_NAT_REP_1()
    {
        await silo.CollegeAsync("WRP");
        await silo.CollegeAsync("WRQ", "42", "420300");
        await silo.Gateway.StartAsync(College(Roles.CollegeAdministrator, "WRP"), ThisMonday.AddDays(-14));
        await silo.Gateway.StartAsync(College(Roles.CollegeAdministrator, "WRQ", "42"), ThisMonday.AddDays(-14));

        var jilin = Codes(await silo.Gateway.ComplianceAsync(Province("22")));
        var hubei = Codes(await silo.Gateway.ComplianceAsync(Province("42")));
        var askingForHubei = await silo.Gateway.ComplianceAsync(Province("22"), """{ provinceCode: "42" }""");
        var own = Codes(await silo.Gateway.ComplianceAsync(College(Roles.SchoolOfficer, "WRP")));
        var national = Codes(await silo.Gateway.ComplianceAsync(National()));
        var warned = await silo.Gateway.ComplianceAsync(Province("22"), "{ warningOnly: true }");

        Assert.Contains("WRP", jilin);
        Assert.DoesNotContain("WRQ", jilin);
        Assert.Contains("WRQ", hubei);
        Assert.DoesNotContain("WRP", hubei);
        Assert.Empty(askingForHubei);
        Assert.Equal(new[] { "WRP" }, own);
        Assert.Superset(new HashSet<string> { "WRP", "WRQ" }, national.ToHashSet());
        Assert.Contains("WRP", Codes(warned));
        Assert.All(warned, r => Assert.True(r.GetProperty("compliance").GetProperty("warning").GetBoolean()));
    }

    private static List<string> Codes(IEnumerable<JsonElement> rows) => rows.Select(r => r.GetProperty("college").GetProperty("code").GetString()!).ToList();

    private static List<JsonElement> Errors(JsonElement payload) => payload.GetProperty("errors").EnumerateArray().ToList();

}
