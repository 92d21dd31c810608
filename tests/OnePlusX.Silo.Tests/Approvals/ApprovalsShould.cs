using System.Text.Json;
using OnePlusX.Silo.Tests.Infrastructure;

namespace OnePlusX.Silo.Tests.Approvals;

/// <summary>
/// Approvals through GraphQL against a real silo: the path comes from the college's policy, each step is a different
/// person in the role the step needs, rejections carry reasons, withdrawn items are editable, approved items locked.
/// </summary>
public sealed class ApprovalsShould(SqliteSiloFixture fixture) : IClassFixture<SqliteSiloFixture>, IAsyncLifetime
{
    private ApprovalGateway _gateway = null!;

    public async Task InitializeAsync()
    {
        _gateway = new ApprovalGateway(fixture);
        foreach (var code in new[] { "APSD", "APHB", "APNA" })
        {
            await SeedOnce.CollegeAsync(fixture.Client.Grains, code);
        }
    }

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task TakeAProjectApplicationThroughTheLeadingGroupAndTheProvince_SD_APP_1()
    {
        var applied = await ApplyAsync("APSD", "LOGISTICS", "INTERMEDIATE", 2026);
        var id = applied.GetProperty("application").GetProperty("id").GetString()!;
        Assert.Equal("DRAFT", applied.GetProperty("application").GetProperty("status").GetString());

        var submitted = await _gateway.StepAsync("submitForApproval", $"id: \"{id}\"", ApprovalGateway.Officer("APSD"));
        Assert.Equal("SCHOOL", submitted.GetProperty("item").GetProperty("nextApprover").GetString());
        var approved = await _gateway.ApproveThroughAsync(id, "APSD", "22");

        Assert.Equal("APPROVED", approved.GetProperty("status").GetString());
        var project = (await _gateway.DataAsync(
            """{ project(key: "LOGISTICS-2-2026") { projectStatus application { detail { path ruleIds timeline { action as } } } } }""", ApprovalGateway.Office("APSD"))).GetProperty("project");
        Assert.Equal("APPROVED", project.GetProperty("projectStatus").GetString());
        var approval = project.GetProperty("application").GetProperty("detail");
        Assert.Equal(["SCHOOL", "ACADEMIC_AFFAIRS_OFFICE", "LEADING_GROUP", "PROVINCE"], approval.GetProperty("path").EnumerateArray().Select(p => p.GetString()!));
        Assert.Contains("SD-APP-1", approval.GetProperty("ruleIds").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["DRAFTED", "SUBMITTED", "PASSED", "PASSED", "PASSED", "APPROVED"], approval.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("action").GetString()!));
    }

    [Fact]
    public async Task RefuseAnElementaryLevelApplication_SD_LVL_1()
    {
        var result = (await _gateway.DataAsync(
            """mutation { applyForProject(input: { certificateCode: "LOGISTICS", level: ELEMENTARY, year: 2026, schoolCode: "S1", pilotScale: 10, budget: 100 }) { project { key } errors { __typename ... on RefusalError { ruleIds } } } }""",
            ApprovalGateway.Officer("APSD"))).GetProperty("applyForProject");

        Assert.Equal(JsonValueKind.Null, result.GetProperty("project").ValueKind);
        Assert.Equal("RefusalError", result.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Contains("SD-LVL-1", result.GetProperty("errors")[0].GetProperty("ruleIds").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task ShowARejectionsReasonAndLetTheOfficerReviseAndResubmit()
    {
        var applied = await ApplyAsync("APHB", "WEB-FE", "INTERMEDIATE", 2026);
        var id = applied.GetProperty("application").GetProperty("id").GetString()!;
        await _gateway.StepAsync("submitForApproval", $"id: \"{id}\"", ApprovalGateway.Officer("APHB"));

        var noReason = await _gateway.StepAsync("review", $$"""input: { id: "{{id}}", approve: false }""", ApprovalGateway.Office("APHB", "school-reviewer"));
        Assert.Equal(("ValidationError", "reason"), (noReason.GetProperty("errors")[0].GetProperty("__typename").GetString(), noReason.GetProperty("errors")[0].GetProperty("field").GetString()));
        var rejected = await _gateway.StepAsync("review", $$"""input: { id: "{{id}}", approve: false, reason: "预算说明不全" }""", ApprovalGateway.Office("APHB", "school-reviewer"));

        Assert.Equal(("REJECTED", "预算说明不全"), (rejected.GetProperty("item").GetProperty("status").GetString(), rejected.GetProperty("item").GetProperty("rejectionReason").GetString()));
        var listed = (await _gateway.DataAsync("""{ approvals(where: { status: REJECTED, collegeCode: "APHB" }) { items { id rejectionReason } } }""", ApprovalGateway.Office("APHB")))
            .GetProperty("approvals").GetProperty("items");
        Assert.Contains(listed.EnumerateArray(), n => n.GetProperty("id").GetString() == id && n.GetProperty("rejectionReason").GetString() == "预算说明不全");
        var resubmitted = await _gateway.StepAsync("submitForApproval", $"id: \"{id}\"", ApprovalGateway.Officer("APHB"));
        Assert.Equal("SUBMITTED", resubmitted.GetProperty("item").GetProperty("status").GetString());
    }

    [Fact]
    public async Task LetTheSubmitterWithdrawOnlyBeforeReviewAndNeverReviewTheirOwnSubmission()
    {
        var applied = await ApplyAsync("APNA", "WEB-FE", "ADVANCED", 2026);
        var id = applied.GetProperty("application").GetProperty("id").GetString()!;
        var office = ApprovalGateway.Office("APNA", "same-person");
        await _gateway.StepAsync("submitForApproval", $"id: \"{id}\"", office);

        var own = await _gateway.StepAsync("review", $$"""input: { id: "{{id}}", approve: true }""", office);
        Assert.Equal("OWN_SUBMISSION", own.GetProperty("errors")[0].GetProperty("code").GetString());
        var withdrawn = await _gateway.StepAsync("withdrawSubmission", $"id: \"{id}\"", office);
        Assert.Equal("WITHDRAWN", withdrawn.GetProperty("item").GetProperty("status").GetString());
        await _gateway.StepAsync("submitForApproval", $"id: \"{id}\"", office);
        await _gateway.StepAsync("review", $$"""input: { id: "{{id}}", approve: true }""", ApprovalGateway.Officer("APNA", "school"));

        var late = await _gateway.StepAsync("withdrawSubmission", $"id: \"{id}\"", office);
        Assert.Equal("UNDER_REVIEW", late.GetProperty("errors")[0].GetProperty("code").GetString());
        var wrongRole = await _gateway.StepAsync("review", $$"""input: { id: "{{id}}", approve: true }""", ApprovalGateway.Officer("APNA", "another-officer"));
        Assert.Equal("RefusalError", wrongRole.GetProperty("errors")[0].GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task LetAProvinceApproveStationsInBatchButNotReachAnotherProvincesItems_NAT_STA_1()
    {
        var ids = new List<string>();
        foreach (var code in new[] { "ST1", "ST2" })
        {
            var filed = (await _gateway.DataAsync(
                $$"""mutation { fileExamStation(input: { code: "{{code}}", name: "站点{{code}}", certificateCode: "WEB-FE", cityCode: "220100", capacity: 40 }) { application { id nextApprover } errors { message } } }""",
                ApprovalGateway.Officer("APNA"))).GetProperty("fileExamStation");
            var id = filed.GetProperty("application").GetProperty("id").GetString()!;
            await _gateway.StepAsync("submitForApproval", $"id: \"{id}\"", ApprovalGateway.Officer("APNA"));
            await _gateway.StepAsync("review", $$"""input: { id: "{{id}}", approve: true }""", ApprovalGateway.Officer("APNA", "school"));
            await _gateway.StepAsync("review", $$"""input: { id: "{{id}}", approve: true }""", ApprovalGateway.Office("APNA"));
            ids.Add(id);
        }

        var inbox = (await _gateway.DataAsync("""{ approvals(where: { nextApprover: PROVINCE, subject: STATION_APPLICATION }) { items { id collegeCode } } }""", ApprovalGateway.Province("22")))
            .GetProperty("approvals").GetProperty("items").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
        Assert.All(ids, id => Assert.Contains(id, inbox));
        var elsewhere = (await _gateway.DataAsync($$"""mutation { reviewMany(items: [{ id: "{{ids[0]}}", approve: true }]) { results { errors { __typename } } } }""", ApprovalGateway.Province("11")))
            .GetProperty("reviewMany").GetProperty("results")[0];
        Assert.Equal("NotFoundError", elsewhere.GetProperty("errors")[0].GetProperty("__typename").GetString());

        var batch = (await _gateway.DataAsync(
            $$"""mutation { reviewMany(items: [{ id: "{{ids[0]}}", approve: true }, { id: "not-an-id", approve: true }, { id: "{{ids[1]}}", approve: false, reason: "场地不符合要求" }]) { results { id item { status } errors { __typename } } errors { message } } }""",
            ApprovalGateway.Province("22"))).GetProperty("reviewMany").GetProperty("results");
        Assert.Equal("APPROVED", batch[0].GetProperty("item").GetProperty("status").GetString());
        Assert.Equal("ValidationError", batch[1].GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal("REJECTED", batch[2].GetProperty("item").GetProperty("status").GetString());
    }

    private async Task<JsonElement> ApplyAsync(string tenant, string certificate, string level, int year)
    {
        var result = (await _gateway.DataAsync(
            $$"""mutation { applyForProject(input: { certificateCode: "{{certificate}}", level: {{level}}, year: {{year}}, schoolCode: "S1", pilotScale: 30, budget: 3000 }) { project { key application { id status } } errors { __typename message } } }""",
            ApprovalGateway.Officer(tenant))).GetProperty("applyForProject");
        Assert.Equal(0, result.GetProperty("errors").GetArrayLength());
        return result.GetProperty("project");
    }
}
