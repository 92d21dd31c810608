using System.Text.Json;
using OnePlusX.Silo.Tests.Infrastructure;

namespace OnePlusX.Silo.Tests.Approvals;

/// <summary>A secondary college's annual plan under SDDZ's policy, through GraphQL against a real silo.</summary>
public sealed class AnnualPlansShould(SqliteSiloFixture fixture) : IClassFixture<SqliteSiloFixture>, IAsyncLifetime
{
    private const string Selection =
        "plan { key check { allowed ruleIds } approval { id status } budgetException { id status } items { certificateCode level budget } changes { code approval { id status } } } errors { __typename code ... on RefusalError { ruleIds } ... on ValidationError { field } }";

    private ApprovalGateway _gateway = null!;

    public async Task InitializeAsync()
    {
        _gateway = new ApprovalGateway(fixture);
        await SeedOnce.CollegeAsync(fixture.Client.Grains, "APSD");
    }

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task RefuseAPlanOutsideTheAutumnSemester_SD_PLAN_1()
    {
        var plan = await DraftAsync(2030, "2030-03-01", budget: 1000, previous: null);

        Assert.False(plan.GetProperty("check").GetProperty("allowed").GetBoolean());
        Assert.Contains("SD-PLAN-1", Rules(plan.GetProperty("check")));
        var submit = await _gateway.StepAsync("submitForApproval", $"id: \"{plan.GetProperty("approval").GetProperty("id").GetString()}\"", ApprovalGateway.Officer("APSD"));
        Assert.Equal("RefusalError", submit.GetProperty("errors")[0].GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task NeedTheLeadingGroupsExceptionForAPlanAboveLastYearsBudget_SD_BUD_1()
    {
        var plan = await DraftAsync(2031, "2030-10-15", budget: 9000, previous: 5000);
        Assert.False(plan.GetProperty("check").GetProperty("allowed").GetBoolean());
        Assert.Contains("SD-BUD-1", Rules(plan.GetProperty("check")));

        var requested = await RunAsync("""requestBudgetException(schoolCode: "S1", year: 2031, reason: "新增两个考点")""");
        var exceptionId = requested.GetProperty("budgetException").GetProperty("id").GetString()!;
        await _gateway.StepAsync("submitForApproval", $"id: \"{exceptionId}\"", ApprovalGateway.Officer("APSD"));
        Assert.Equal("APPROVED", (await _gateway.ApproveThroughAsync(exceptionId, "APSD", "37")).GetProperty("status").GetString());

        var planId = plan.GetProperty("approval").GetProperty("id").GetString()!;
        var submitted = await _gateway.StepAsync("submitForApproval", $"id: \"{planId}\"", ApprovalGateway.Officer("APSD"));
        Assert.Equal(0, submitted.GetProperty("errors").GetArrayLength());
        Assert.Equal("APPROVED", (await _gateway.ApproveThroughAsync(planId, "APSD", "37")).GetProperty("status").GetString());

        // Locked once approved: the draft can no longer change.
        var revise = await RunAsync(DraftMutation(2031, "2030-10-20", 9000, 5000), expectErrors: true);
        Assert.Equal("LOCKED", revise.GetProperty("code").GetString());
    }

    [Fact]
    public async Task ChangeAPlannedCertificateOnlyWithinBudgetAndReplaceItOnceApproved_SD_CHG_1()
    {
        var plan = await DraftAsync(2032, "2031-10-15", budget: 1000, previous: null);
        var planId = plan.GetProperty("approval").GetProperty("id").GetString()!;
        await _gateway.StepAsync("submitForApproval", $"id: \"{planId}\"", ApprovalGateway.Officer("APSD"));
        await _gateway.ApproveThroughAsync(planId, "APSD", "37");

        var overBudget = await RunAsync(ChangeMutation("C1", 1500), expectErrors: true);
        Assert.Contains("SD-CHG-1", overBudget.GetProperty("ruleIds").EnumerateArray().Select(r => r.GetString()));
        var changed = await RunAsync(ChangeMutation("C2", 800));
        var changeId = changed.GetProperty("changes")[0].GetProperty("approval").GetProperty("id").GetString()!;
        await _gateway.StepAsync("submitForApproval", $"id: \"{changeId}\"", ApprovalGateway.Officer("APSD"));
        await _gateway.ApproveThroughAsync(changeId, "APSD", "37");

        var after = (await _gateway.DataAsync("""{ annualPlan(schoolCode: "S1", year: 2032) { items { certificateCode budget } } }""", ApprovalGateway.Office("APSD")))
            .GetProperty("annualPlan").GetProperty("items")[0];
        Assert.Equal(("LOGISTICS", 800m), (after.GetProperty("certificateCode").GetString(), after.GetProperty("budget").GetDecimal()));
    }

    [Fact]
    public async Task NameTheFieldOfABadItem()
    {
        var error = await RunAsync(
            """draftAnnualPlan(input: { schoolCode: "S1", year: 2033, pilotScale: 100, preparedOn: "2032-10-15", items: [{ certificateCode: "WEB-FE", level: INTERMEDIATE, candidates: 10, budget: 100 }, { certificateCode: "NOPE", level: INTERMEDIATE, candidates: 10, budget: 100 }] })""",
            expectErrors: true);

        Assert.Equal(("ValidationError", "items[1].certificateCode"), (error.GetProperty("__typename").GetString(), error.GetProperty("field").GetString()));
        Assert.Equal(JsonValueKind.Null, (await _gateway.DataAsync("""{ annualPlan(schoolCode: "S1", year: 2033) { key } }""", ApprovalGateway.Office("APSD"))).GetProperty("annualPlan").ValueKind);
    }

    private static string DraftMutation(int year, string preparedOn, decimal budget, decimal? previous) =>
        $$"""draftAnnualPlan(input: { schoolCode: "S1", year: {{year}}, pilotScale: 100, preparedOn: "{{preparedOn}}", {{(previous is null ? "" : $"previousYearExecutedBudget: {previous},")}} items: [{ certificateCode: "WEB-FE", level: INTERMEDIATE, candidates: 40, budget: {{budget}} }] })""";

    private static string ChangeMutation(string code, decimal budget) =>
        $$"""requestPlanChange(input: { schoolCode: "S1", year: 2032, code: "{{code}}", itemIndex: 0, toCertificateCode: "LOGISTICS", toLevel: INTERMEDIATE, newBudget: {{budget}}, reason: "合作企业调整", requestedOn: "2032-03-01" })""";

    private async Task<JsonElement> DraftAsync(int year, string preparedOn, decimal budget, decimal? previous) =>
        await RunAsync(DraftMutation(year, preparedOn, budget, previous));

    /// <summary>Runs a plan mutation; returns the plan, or with <paramref name="expectErrors"/> its first error.</summary>
    private async Task<JsonElement> RunAsync(string field, bool expectErrors = false)
    {
        var name = field[..field.IndexOf('(')];
        var payload = (await _gateway.DataAsync($$"""mutation { {{field}} { {{Selection}} } }""", ApprovalGateway.Officer("APSD"))).GetProperty(name);
        if (expectErrors)
        {
            return payload.GetProperty("errors")[0];
        }

        Assert.Equal(0, payload.GetProperty("errors").GetArrayLength());
        return payload.GetProperty("plan");
    }

    private static IEnumerable<string?> Rules(JsonElement decision) => decision.GetProperty("ruleIds").EnumerateArray().Select(r => r.GetString());
}
