using System.Text.Json;
using OnePlusX.Security;
using static OnePlusX.Silo.Tests.WeeklyReports.WeeklyReportCalls;

namespace OnePlusX.Silo.Tests.WeeklyReports;

/// <summary>
/// Bad weekly-report input through GraphQL: a validation error naming the field, a conflict, or a refusal before
/// execution for a role the matrix does not admit; never a change. College WRV reports from last week's Monday.
/// </summary>
[Collection(WeeklyReportCollection.Name)]
public sealed class WeeklyReportInputShould(WeeklyReportSilo silo) : IAsyncLifetime
{
    private static readonly DateOnly LastWeek = ThisMonday.AddDays(-7);

    public async Task InitializeAsync()
    {
        await silo.CollegeAsync("WRV");
        await silo.CollegeAsync("WRN");

        // Starting again from the same Monday changes nothing, so every test may do it.
        var started = await silo.Gateway.StartAsync(Admin, LastWeek);
        Assert.Equal(0, started.GetProperty("errors").GetArrayLength());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static System.Security.Claims.ClaimsPrincipal Admin => College(Roles.CollegeAdministrator, "WRV");

    public static TheoryData<string, int, string, string> BadReports => new()
    {
        { "a Tuesday", 8, "本周工作", "week" },
        { "next week", 14, "本周工作", "week" },
        { "the week before reporting started", -7, "本周工作", "week" },
        { "a blank summary", 0, "   ", "summary" },
        { "a summary over 2000 characters", 0, new string('报', 2001), "summary" },
    };

    [Theory]
    [MemberData(nameof(BadReports))]
    public async Task RefuseABadReportNamingTheFieldAndChangeNothing(string why, int daysFromLastWeek, string summary, string field)
    {
        var before = await silo.Gateway.StatusAsync(Admin);

        var result = await silo.Gateway.FileAsync(Admin, LastWeek.AddDays(daysFromLastWeek), summary);

        AssertValidation(result, field, why);
        Assert.Equal(before.GetRawText(), (await silo.Gateway.StatusAsync(Admin)).GetRawText());
    }

    [Fact]
    public async Task RefuseANegativeCountNamingIt()
    {
        var result = await silo.Gateway.FileAsync(Admin, ThisMonday, "本周工作", trainingsHeld: -1);

        AssertValidation(result, "trainingsHeld", "a negative count");
    }

    [Theory]
    [InlineData(1, "firstWeek")]
    [InlineData(-7 * 52 * 10, "firstWeek")]
    public async Task RefuseAStartThatIsNoMondayOrBeforeThePilotNamingTheField(int daysFromThisMonday, string field)
    {
        var result = await silo.Gateway.StartAsync(College(Roles.CollegeAdministrator, "WRN"), ThisMonday.AddDays(daysFromThisMonday));

        AssertValidation(result, field, $"{daysFromThisMonday} days from this Monday");
        Assert.Equal(JsonValueKind.Null, (await silo.Gateway.StatusAsync(College(Roles.CollegeAdministrator, "WRN"))).GetProperty("reportingFrom").ValueKind);
    }

    [Fact]
    public async Task AnswerConflictsForARestartFromAnotherWeekAndForFilingBeforeTheStart()
    {
        var restart = await silo.Gateway.StartAsync(Admin, ThisMonday);
        var unstarted = await silo.Gateway.FileAsync(College(Roles.CollegeAdministrator, "WRN"), ThisMonday);

        Assert.Equal("REPORTING_STARTED", restart.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal("REPORTING_NOT_STARTED", unstarted.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(Day(LastWeek), (await silo.Gateway.StatusAsync(Admin)).GetProperty("reportingFrom").GetString());
    }

    [Fact]
    public async Task AnswerAnErrorForADayAfterToday()
    {
        var answer = await silo.Gateway.ExecuteAsync($$"""{ weeklyReports(asOf: "{{Day(Today.AddDays(1))}}") { asOf } }""", Admin);

        Assert.Contains("asOf", answer.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Teacher, "mutation { fileWeeklyReport(input: { week: \"2025-03-03\", summary: \"x\" }) { errors { code } } }")]
    [InlineData(Roles.FinanceOfficer, "mutation { fileWeeklyReport(input: { week: \"2025-03-03\", summary: \"x\" }) { errors { code } } }")]
    [InlineData(Roles.SchoolOfficer, "mutation { startWeeklyReporting(input: { firstWeek: \"2025-03-03\" }) { errors { code } } }")]
    [InlineData(Roles.ProvincialCoordinator, "{ weeklyReports { asOf } }")]
    public async Task LetOnlyTheRolesOfTheMatrixIn(string role, string document)
    {
        var caller = role == Roles.ProvincialCoordinator ? Province("22") : College(role, "WRV");

        var answer = await silo.Gateway.ExecuteAsync(document, caller);

        Assert.Equal("AUTH_NOT_AUTHORIZED", answer.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private static void AssertValidation(JsonElement payload, string field, string why)
    {
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.True(error.GetProperty("__typename").GetString() == "ValidationError" && error.GetProperty("field").GetString() == field, $"{why}: {error}");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("weeklyReports").ValueKind);
    }
}
