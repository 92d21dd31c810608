using System.Text.Json;
using OnePlusX.Silo.Tests.Infrastructure;

namespace OnePlusX.Silo.Tests.Approvals;

/// <summary>
/// The order of the pilot year (HB-PROC-1) through GraphQL against a real silo: HBGZ registers candidates only after
/// its plan, application, station and course stages are done or recorded as not needed; the national baseline only
/// keeps what cannot be otherwise.
/// </summary>
public sealed class PilotStepsShould(SqliteSiloFixture fixture) : IClassFixture<SqliteSiloFixture>, IAsyncLifetime
{
    private const string Key = "WEB-FE-2-2027";
    private const string Outcome = "results { errors { __typename } } errors { __typename ... on RefusalError { ruleIds explanation { chinese } } }";
    private ApprovalGateway _gateway = null!;

    public async Task InitializeAsync()
    {
        _gateway = new ApprovalGateway(fixture);
        await SeedOnce.CollegeAsync(fixture.Client.Grains, "APHB");
        await SeedOnce.CollegeAsync(fixture.Client.Grains, "APNA");
    }

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task RegisterOnlyAfterThePlanTheStationAndTheCourseStagesUnderHubeisOrder_HB_PROC_1()
    {
        await ApprovedProjectWithAStudentAsync("APHB");

        var early = await RegisterAsync("APHB");
        Assert.Contains("HB-PROC-1", early.GetProperty("errors")[0].GetProperty("ruleIds").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains("考核站点申请", early.GetProperty("errors")[0].GetProperty("explanation").GetProperty("chinese").GetString(), StringComparison.Ordinal);

        // The plan and course stages do not apply here; the station is applied for and approved by the province.
        foreach (var step in new[] { "ANNUAL_PLAN", "COURSE_INTEGRATION" })
        {
            var recorded = (await _gateway.DataAsync($$"""mutation { recordPilotStepNotNeeded(projectKey: "{{Key}}", step: {{step}}, reason: "由合作院校承担") { errors { message } } }""", ApprovalGateway.Office("APHB")))
                .GetProperty("recordPilotStepNotNeeded");
            Assert.Equal(0, recorded.GetProperty("errors").GetArrayLength());
        }

        var stillEarly = await RegisterAsync("APHB");
        Assert.Equal("RefusalError", stillEarly.GetProperty("errors")[0].GetProperty("__typename").GetString());
        var station = (await _gateway.DataAsync(
            """mutation { fileExamStation(input: { code: "HB-ST", name: "湖北站点", certificateCode: "WEB-FE", cityCode: "220100", capacity: 40 }) { application { id } errors { message } } }""",
            ApprovalGateway.Officer("APHB"))).GetProperty("fileExamStation").GetProperty("application").GetProperty("id").GetString()!;
        await _gateway.StepAsync("submitForApproval", $"id: \"{station}\"", ApprovalGateway.Officer("APHB"));
        await _gateway.ApproveThroughAsync(station, "APHB", "22");

        var steps = (await _gateway.DataAsync($$"""{ project(key: "{{Key}}") { pilotSteps(next: REGISTRATION) { completed decision { allowed } } } }""", ApprovalGateway.Office("APHB")))
            .GetProperty("project").GetProperty("pilotSteps");
        Assert.True(steps.GetProperty("decision").GetProperty("allowed").GetBoolean(), steps.ToString());
        Assert.Equal(["ANNUAL_PLAN", "PROJECT_APPLICATION", "STATION_APPLICATION", "COURSE_INTEGRATION"], steps.GetProperty("completed").EnumerateArray().Select(s => s.GetString()!));
        var registered = await RegisterAsync("APHB");
        Assert.Equal(0, registered.GetProperty("errors").GetArrayLength());
        Assert.Equal(0, registered.GetProperty("results")[0].GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task LetTheBaselineRegisterAtOnceButIssueOnlyAfterAnExam()
    {
        await ApprovedProjectWithAStudentAsync("APNA");
        var registered = await RegisterAsync("APNA");
        Assert.Equal(0, registered.GetProperty("errors").GetArrayLength());

        var issued = (await _gateway.DataAsync(
            $$"""mutation { issueCertificates(input: { projectKey: "{{Key}}", rows: [{ candidate: "PS-1", certificateNumber: "PS-CERT-1", issuedOn: "2026-01-05", scanArchived: true }] }) { {{Outcome}} } }""",
            ApprovalGateway.Officer("APNA"))).GetProperty("issueCertificates");
        Assert.Equal("RefusalError", issued.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Contains("考核计划", issued.GetProperty("errors")[0].GetProperty("explanation").GetProperty("chinese").GetString(), StringComparison.Ordinal);
    }

    private async Task ApprovedProjectWithAStudentAsync(string tenant)
    {
        var applied = (await _gateway.DataAsync(
            $$"""mutation { applyForProject(input: { certificateCode: "WEB-FE", level: INTERMEDIATE, year: 2027, schoolCode: "S1", pilotScale: 30, budget: 3000 }) { project { application { id } } errors { message } } }""",
            ApprovalGateway.Officer(tenant))).GetProperty("applyForProject");
        var id = applied.GetProperty("project").GetProperty("application").GetProperty("id").GetString()!;
        await _gateway.StepAsync("submitForApproval", $"id: \"{id}\"", ApprovalGateway.Officer(tenant));
        await _gateway.ApproveThroughAsync(id, tenant, "22");
        await _gateway.DataAsync($$"""mutation { setExamPrice(input: { projectKey: "{{Key}}", equipmentAndConsumables: 0, certificateFee: 300, examinerLabour: 0 }) { errors { message } } }""", ApprovalGateway.Officer(tenant));
        await _gateway.DataAsync("""mutation { enrolStudents(students: [{ studentNumber: "PS-1", name: "测试学生", majorCode: "M1", cohort: 2025 }]) { errors { message } } }""", ApprovalGateway.Officer(tenant));
    }

    private async Task<JsonElement> RegisterAsync(string tenant) =>
        (await _gateway.DataAsync(
            $$"""mutation { registerCandidates(input: { projectKey: "{{Key}}", rows: [{ studentNumber: "PS-1", selected: true }] }) { {{Outcome}} } }""",
            ApprovalGateway.Officer(tenant))).GetProperty("registerCandidates");
}
