using System.Text.Json;
using OnePlusX.Security;
using static OnePlusX.Silo.Tests.Candidates.CandidateSteps;

namespace OnePlusX.Silo.Tests.Candidates;

/// <summary>教务处 grants credits for a certificate a student holds, as the college's policy decides; the registration shows them.</summary>
public sealed class CreditsShould(CandidatesSilo silo) : IClassFixture<CandidatesSilo>
{
    private const string Grant = "credit { certificateNumber projectKey credits category ruleIds explanation { chinese } substitutedCourse } errors { __typename code message ... on ValidationError { field } ... on RefusalError { ruleIds } }";
    private readonly CandidateSteps _steps = new(silo);

    [Fact]
    public async Task GrantTwoCreditsOfInnovationPracticeOrPublicElectivePerCertificateAndDrivingLicence_XM_CRD_1()
    {
        await _steps.CollegeWithProjectAsync("CX4", "5201");
        await _steps.IssuedAsync("CX4", "2025-09-29", ("5201", "XM-2025-0001"));

        var certificate = await GrantAsync("CX4", """{ studentNumber: "5201", certificateNumber: "xm-2025-0001", requested: PUBLIC_ELECTIVE }""");
        var licence = await GrantAsync("CX4", """{ studentNumber: "5201", certificateNumber: "JL-DL-220100", drivingLicenceIssuedOn: "2024-07-01" }""");
        var twice = await GrantAsync("CX4", """{ studentNumber: "5201", certificateNumber: "XM-2025-0001", requested: INNOVATION_PRACTICE }""");

        var granted = certificate.GetProperty("credit");
        Assert.Equal((2m, "PUBLIC_ELECTIVE", "XM-CRD-1", Project), (granted.GetProperty("credits").GetDecimal(), granted.GetProperty("category").GetString(), RuleIds(granted), granted.GetProperty("projectKey").GetString()));
        Assert.Equal("证书认定2学分（公共通识选修课学分）（XM-CRD-1）", granted.GetProperty("explanation").GetProperty("chinese").GetString());
        var drivingLicence = licence.GetProperty("credit");
        Assert.Equal((2m, "INNOVATION_PRACTICE"), (drivingLicence.GetProperty("credits").GetDecimal(), drivingLicence.GetProperty("category").GetString()));
        Assert.StartsWith("驾驶证认定2学分", drivingLicence.GetProperty("explanation").GetProperty("chinese").GetString(), StringComparison.Ordinal);
        Assert.Equal("ALREADY_GRANTED", twice.GetProperty("errors")[0].GetProperty("code").GetString());

        var shown = await silo.RunAsync($"{{ project(key: \"{Project}\") {{ registrations {{ edges {{ node {{ credits {{ certificateNumber credits category }} }} }} }} }} }}", CandidatesSilo.Officer("CX4"));
        var credits = shown.GetProperty("project").GetProperty("registrations").GetProperty("edges")[0].GetProperty("node").GetProperty("credits");
        Assert.Equal("XM-2025-0001", Assert.Single(credits.EnumerateArray()).GetProperty("certificateNumber").GetString());
    }

    [Fact]
    public async Task SubstituteTheCreditsOfAProgrammeCourse_JL_CRD_1()
    {
        await _steps.CollegeWithProjectAsync("CJ9", "2901");
        await _steps.IssuedAsync("CJ9", "2025-09-29", ("2901", "JL-CRD-0001"));

        var unnamed = await GrantAsync("CJ9", """{ studentNumber: "2901", certificateNumber: "JL-CRD-0001" }""");
        var substituted = await GrantAsync("CJ9", """{ studentNumber: "2901", certificateNumber: "JL-CRD-0001", substitutedCourse: "Web前端开发基础", substitutedCourseCredits: 4 }""");
        var notHeld = await GrantAsync("CJ9", """{ studentNumber: "2901", certificateNumber: "JL-CRD-0404", substitutedCourse: "x", substitutedCourseCredits: 2 }""");

        Assert.Equal(("RefusalError", "JL-CRD-1"), (unnamed.GetProperty("errors")[0].GetProperty("__typename").GetString(), unnamed.GetProperty("errors")[0].GetProperty("ruleIds")[0].GetString()));
        var granted = substituted.GetProperty("credit");
        Assert.Equal((4m, "COURSE_SUBSTITUTION", "Web前端开发基础", "置换课程学分4分（JL-CRD-1）"),
            (granted.GetProperty("credits").GetDecimal(), granted.GetProperty("category").GetString(), granted.GetProperty("substitutedCourse").GetString(), granted.GetProperty("explanation").GetProperty("chinese").GetString()));
        Assert.Equal("NotFoundError", notHeld.GetProperty("errors")[0].GetProperty("__typename").GetString());
        var officer = await silo.Gateway.ExecuteAsync(
            """mutation { grantCredits(input: { studentNumber: "2901", certificateNumber: "JL-CRD-0001" }) { errors { code } } }""",
            CandidatesSilo.User("CJ9", "22", Roles.SchoolOfficer));
        Assert.Equal("AUTH_NOT_AUTHORIZED", officer.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private async Task<JsonElement> GrantAsync(string tenant, string input) =>
        (await silo.RunAsync($"mutation {{ grantCredits(input: {input}) {{ {Grant} }} }}", CandidatesSilo.User(tenant, "22", Roles.CollegeAdministrator))).GetProperty("grantCredits");
}
