using System.Globalization;
using System.Text.Json;
using OnePlusX.Silo.Tests.Infrastructure;
using static OnePlusX.Silo.Tests.PilotYear.PilotAssert;

namespace OnePlusX.Silo.Tests.PilotYear;

/// <summary>
/// A whole pilot year of one college, as its people would run it through the API alone: after the college, its
/// majors and students are registered (no GraphQL mutation does that yet), every step is a GraphQL call over HTTP
/// by the person whose job it is, in the order of HB-PROC-1 — annual plan, project application, exam-station
/// application, course integration and training, selection and registration, exam plan and filing, results,
/// issuance with its platform deadline, credits, weekly reports — and the four forms are downloaded and opened.
/// <para>
/// Dates: the API judges some steps against the server's today (HB-TRN-1: a concentrated training is approved
/// before it starts; JL-PAY-2: an exam is filed before its day; registration, issue and platform entry are not in
/// the future), so trainings and exams are planned days ahead of today, while registration and issue take fixed
/// days of 2026 whose NAT-ISS-1 due days are known from the official calendar.
/// </para>
/// </summary>
public sealed partial class PilotYearScript(PilotSilo silo, PilotCollege college) : IDisposable
{
    private const string ApprovalItem = "id status nextApprover detail { path ruleIds timeline { action actor as reason } }";

    private PilotCast _cast = null!;

    private PilotCast Cast => _cast;

    /// <summary>Runs the year, step by step, asserting each step's outcome.</summary>
    public async Task RunAsync()
    {
        _cast = await PilotCast.EnrolAsync(silo, college);
        await CollegeIsSetUpAsync();
        await AnnualPlanAsync();
        await ApplyAsync();
        await IntegrateCourseAsync();
        await TrainAsync();
        await RegisterAsync();
        await ExamAsync();
        await RecordResultsAsync();
        await IssueAsync();
        await EnterIntoPlatformAsync();
        await VerifyAsync();
        await GrantCreditsAsync();
        await ReportWeeklyAsync();
        await ProjectStatusAsync();
        await DownloadFormsAsync();
    }

    public void Dispose() => _cast?.Dispose();

    /// <summary>The college as its 教务处 sees it: its own plugin (from the silo's settings), province and city.</summary>
    private async Task CollegeIsSetUpAsync()
    {
        var policy = await Cast.Office.DataAsync("{ collegePolicy { code } }");
        Assert.Equal(college.Plugin, policy.GetProperty("collegePolicy").GetProperty("code").GetString());

        // The colleges list is a read model, written by the college's projection.
        var seen = await Eventually.ReadAsync(
            () => Cast.Office.DataAsync("query($code: String!) { college(code: $code) { name policyCode province { code } city { code } } }", new { code = college.Code }),
            data => data.GetProperty("college").ValueKind != JsonValueKind.Null,
            TimeSpan.FromSeconds(30));
        var shown = seen.GetProperty("college");
        Assert.Equal((college.Name, college.Plugin, college.Province, college.City), (Text(shown, "name"), Text(shown, "policyCode"),
            Text(shown.GetProperty("province"), "code"), Text(shown.GetProperty("city"), "code")));
    }

    /// <summary>The project as a user of the college reads it, with the selection given.</summary>
    private async Task<JsonElement> ProjectAsync(PilotUser user, string selection, string? key = null) =>
        (await user.DataAsync($"query($key: String!) {{ project(key: $key) {{ {selection} }} }}", new { key = key ?? college.ProjectKey })).GetProperty("project");

    /// <summary>
    /// Submits an item as the school officer who prepared it, then has each approver on its path agree, each the
    /// person whose role the step needs (four eyes), stopping before <paramref name="stopAt"/> when given.
    /// </summary>
    private async Task<JsonElement> TakeThroughAsync(string id, string? stopAt = null)
    {
        var step = (await Cast.Submitter.DataAsync($"mutation($id: ID!) {{ submitForApproval(id: $id) {{ item {{ {ApprovalItem} }} {Errors} }} }}", new { id }))
            .GetProperty("submitForApproval");
        NoErrors(step, $"submitting {id}");
        for (var i = 0; i < 6; i++)
        {
            var item = step.GetProperty("item");
            if (Text(item, "status") != "SUBMITTED" || Text(item, "nextApprover") == stopAt)
            {
                return item;
            }

            var reviewer = Cast.For(Text(item, "nextApprover"));
            step = (await reviewer.DataAsync($"mutation($input: ReviewInput!) {{ review(input: $input) {{ item {{ {ApprovalItem} }} {Errors} }} }}", new { input = new { id, approve = true } }))
                .GetProperty("review");
            NoErrors(step, $"{reviewer.UserName} reviewing {id}");
        }

        throw new Xunit.Sdk.XunitException($"The path of {id} did not end.");
    }

    /// <summary>
    /// The item is approved on the path the college's policy gives, with a timeline naming who did what: the
    /// submitter submitted, then each approver's own person agreed as that approver.
    /// </summary>
    private async Task AssertApprovedAsync(string id, PathExpectation path)
    {
        var item = (await Cast.Office.DataAsync($"query($id: ID!) {{ node(id: $id) {{ ... on ApprovalItem {{ {ApprovalItem} }} }} }}", new { id })).GetProperty("node");
        Assert.Equal("APPROVED", Text(item, "status"));
        var detail = item.GetProperty("detail");
        Assert.Equal(path.Steps, Strings(detail.GetProperty("path")));
        Assert.Equal(path.Rules, Strings(detail.GetProperty("ruleIds")));
        var timeline = detail.GetProperty("timeline").EnumerateArray().ToArray();
        var reviews = timeline[^path.Steps.Length..];
        Assert.Equal(("SUBMITTED", Cast.Submitter.UserName), (Text(timeline[^(path.Steps.Length + 1)], "action"), Text(timeline[^(path.Steps.Length + 1)], "actor")));
        Assert.Equal(
            path.Steps.Select((s, i) => (i == path.Steps.Length - 1 ? "APPROVED" : "PASSED", s, Cast.For(s).UserName)).ToArray(),
            reviews.Select(e => (Text(e, "action"), Text(e, "as"), Text(e, "actor"))).ToArray());
    }

    /// <summary>A fee table as the policy must have computed it: rows, total in figures and words, rules, parameters' day.</summary>
    private static void AssertFeeTable(JsonElement table, FeeTableExpectation expected, string computedFor)
    {
        Assert.Equal((expected.PolicyCode, computedFor), (Text(table, "policyCode"), Text(table, "computedFor")));
        Assert.Equal(
            expected.Lines.Select(l => (l.Name, l.Type, l.Quantity, l.Rate, l.Coefficient, l.Amount, l.Rule)).ToArray(),
            table.GetProperty("lines").EnumerateArray().Select(l => (Text(l, "name"), Text(l, "type"), l.GetProperty("quantity").GetDecimal(), l.GetProperty("rate").GetDecimal(),
                l.GetProperty("coefficient").GetDecimal(), l.GetProperty("amount").GetDecimal(), Strings(l.GetProperty("ruleIds")).SingleOrDefault())).ToArray());
        Assert.Equal((expected.Total, expected.Words), (table.GetProperty("total").GetDecimal(), Text(table, "totalInWords")));
        Assert.Equal(expected.Rules, Strings(table.GetProperty("ruleIds")));
    }

    private const string FeeTable =
        "feeTable { policyCode computedFor total totalInWords ruleIds lines { name type quantity unit rate coefficient amount ruleIds remarks } parameters { key value } }";

    /// <summary>A China day this many days from today, as GraphQL dates are written.</summary>
    private static string Day(int fromToday) => Today.AddDays(fromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Today => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
