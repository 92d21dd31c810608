using System.Text.Json;
using OnePlusX.Security;
using OnePlusX.Students;
using OnePlusX.Tenancy;
using static OnePlusX.Silo.Tests.Candidates.CandidateSteps;

namespace OnePlusX.Silo.Tests.Candidates;

/// <summary>Results sheets, certificate issuance and the national-platform deadline, through GraphQL.</summary>
public sealed class IssuanceShould(CandidatesSilo silo) : IClassFixture<CandidatesSilo>
{
    private readonly CandidateSteps _steps = new(silo);

    [Fact]
    public async Task RecordResultsOnlyForRegisteredCandidatesRowByRow()
    {
        await _steps.CollegeWithProjectAsync("CJ6", "2501", "2502");
        AllApplied(await _steps.RegisterAsync("CJ6", new[] { new { studentNumber = "2501" }, new { studentNumber = "2502" } }));

        var rows = Rows(await _steps.RecordResultsAsync("CJ6", new object[]
        {
            new { candidate = "2501", score = 86.5, passed = true },
            new { candidate = "7777", score = 90, passed = true },
            new { candidate = "2501", score = 10, passed = false },
            new { candidate = "2502", score = 100.123, passed = true },
            new { candidate = "2502", passed = false },
        }));

        var result = rows[0].GetProperty("registration").GetProperty("result");
        Assert.Equal((86.5m, true), (result.GetProperty("score").GetDecimal(), result.GetProperty("passed").GetBoolean()));
        Assert.Equal("NotFoundError", Error(rows[1]).GetProperty("__typename").GetString());
        Assert.Equal("DUPLICATE_ROW", Error(rows[2]).GetProperty("code").GetString());
        Assert.Equal("score", Error(rows[3]).GetProperty("field").GetString());
        Assert.False(rows[4].GetProperty("registration").GetProperty("result").GetProperty("passed").GetBoolean());
    }

    [Fact]
    public async Task IssueOnlyWithTheCertificatesScanArchived_SD_ISS_1()
    {
        await _steps.CollegeWithProjectAsync("CS2", "4101", "4102", "4103");
        AllApplied(await _steps.RegisterAsync("CS2", new[] { new { studentNumber = "4101" }, new { studentNumber = "4102" }, new { studentNumber = "4103" } }));
        AllApplied(await _steps.RecordResultsAsync("CS2", new[] { new { candidate = "4101", passed = true }, new { candidate = "4102", passed = true }, new { candidate = "4103", passed = false } }));

        var rows = Rows(await _steps.IssueAsync("CS2", new[]
        {
            new { candidate = "4101", certificateNumber = "SD2025-0001", issuedOn = "2025-09-29", scanArchived = false },
            new { candidate = "4102", certificateNumber = "SD2025-0002", issuedOn = "2025-09-29", scanArchived = true },
            new { candidate = "4103", certificateNumber = "SD2025-0003", issuedOn = "2025-09-29", scanArchived = true },
        }));

        var noScan = Error(rows[0]);
        Assert.Equal(("RefusalError", "SD-ISS-1", "证书扫描件须先存档（SD-ISS-1）"),
            (noScan.GetProperty("__typename").GetString(), RuleIds(noScan), noScan.GetProperty("explanation").GetProperty("chinese").GetString()));
        Assert.Equal("SD2025-0002", rows[1].GetProperty("registration").GetProperty("certificate").GetProperty("number").GetString());
        Assert.Equal("SD-ISS-1", RuleIds(Error(rows[2])));
    }

    [Fact]
    public async Task DueSevenWorkingDaysAfterIssueOnTheOfficialCalendarAcrossNationalDay_NAT_ISS_1()
    {
        var tenant = await _steps.CollegeWithProjectAsync("CJ7", "2601");

        await _steps.IssuedAsync("CJ7", "2025-09-29", ("2601", "JL-2025-0001"));

        // 9-30, then the National Day holiday (10-01…10-08), then 10-09, 10-10, the make-up Saturday 10-11, 10-13, 10-14, 10-15.
        var data = await silo.RunAsync($"{{ project(key: \"{Project}\") {{ registrations {{ edges {{ node {{ {Registration} }} }} }} }} }}", CandidatesSilo.Officer("CJ7"));
        var certificate = data.GetProperty("project").GetProperty("registrations").GetProperty("edges")[0].GetProperty("node").GetProperty("certificate");
        Assert.Equal(("2025-09-29", "2025-10-15", false), (certificate.GetProperty("issuedOn").GetString(), certificate.GetProperty("platformDue").GetString(), certificate.GetProperty("platformDueProvisional").GetBoolean()));
        Assert.True(certificate.GetProperty("late").GetBoolean());
        using (CallScope.ForTenant(tenant, "test"))
        {
            var held = Assert.Single((await silo.Grains.GetGrain<IStudentGrain>(GrainKey.For(tenant, "2601")).GetAsync())!.Certificates);
            Assert.Equal((Project, "JL-2025-0001", new DateOnly(2025, 9, 29)), (held.ProjectKey, held.CertificateNumber, held.IssuedOn));
        }
    }

    [Fact]
    public async Task ListCertificatesDueSoonOverdueAndEnteredForTheCollegeAndItsProvince_NAT_ISS_1()
    {
        await _steps.CollegeWithProjectAsync("CJ8", "2701", "2702");
        await _steps.IssuedAsync("CJ8", "2025-09-29", ("2701", "CJ8-0001"));
        await _steps.IssuedAsync("CJ8", "2025-10-09", ("2702", "CJ8-0002")); // due 2025-10-17
        var college = CandidatesSilo.Officer("CJ8");

        Assert.Equal(["CJ8-0001"], await DeadlinesAsync(college, "DUE_SOON", "2025-10-13", 2));
        Assert.Equal(["CJ8-0001", "CJ8-0002"], await DeadlinesAsync(college, "DUE_SOON", "2025-10-13", 4));
        Assert.Equal(["CJ8-0001"], await DeadlinesAsync(college, "OVERDUE", "2025-10-16", null));
        Assert.Equal(["CJ8-0001", "CJ8-0002"], await DeadlinesAsync(college, "OVERDUE", "2025-10-20", null));

        var entered = Rows(await _steps.RecordPlatformEntryAsync("CJ8", ["cj8-0001", "CJ8-9999"], "2025-10-14"));
        Assert.Equal("2025-10-14", entered[0].GetProperty("registration").GetProperty("certificate").GetProperty("platformEnteredOn").GetString());
        Assert.Equal("NotFoundError", Error(entered[1]).GetProperty("__typename").GetString());

        Assert.Equal(["CJ8-0002"], await DeadlinesAsync(college, "OVERDUE", "2025-10-20", null));
        Assert.Equal(["CJ8-0001"], await DeadlinesAsync(college, "ENTERED", null, null));
        Assert.Equal(["CJ8-0001"], await DeadlinesAsync(CandidatesSilo.User(null, "22", Roles.ProvincialCoordinator), "ENTERED", null, null));
        Assert.Equal(["CJ8-0001"], await DeadlinesAsync(CandidatesSilo.User(null, "", Roles.NationalMonitor), "ENTERED", null, null));
        Assert.Empty(await DeadlinesAsync(CandidatesSilo.User(null, "42", Roles.ProvincialCoordinator), "ENTERED", null, null));
        var anonymous = await silo.Gateway.ExecuteAsync("""{ certificatePlatformDeadlines(status: OVERDUE) { totalCount } }""");
        Assert.Equal("AUTH_NOT_AUTHORIZED", anonymous.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task KeepEachCertificateNumberUniqueAcrossTheService()
    {
        await _steps.CollegeWithProjectAsync("CJ9", "2801");
        await _steps.CollegeWithProjectAsync("CX3", "5101", "5102", "5103");
        await _steps.IssuedAsync("CJ9", "2025-09-29", ("2801", "UNIQUE-0001"));
        AllApplied(await _steps.RegisterAsync("CX3", new[] { new { studentNumber = "5101" }, new { studentNumber = "5102" }, new { studentNumber = "5103" } }));
        AllApplied(await _steps.RecordResultsAsync("CX3", new[] { new { candidate = "5101", passed = true }, new { candidate = "5102", passed = true }, new { candidate = "5103", passed = true } }));

        var rows = Rows(await _steps.IssueAsync("CX3", new[]
        {
            new { candidate = "5101", certificateNumber = "unique-0001", issuedOn = "2025-09-30", scanArchived = true },
            new { candidate = "5102", certificateNumber = "UNIQUE-0002", issuedOn = "2025-09-30", scanArchived = true },
            new { candidate = "5103", certificateNumber = "UNIQUE-0002", issuedOn = "2025-09-30", scanArchived = true },
        }));

        Assert.Equal("CERTIFICATE_NUMBER_TAKEN", Error(rows[0]).GetProperty("code").GetString());
        Assert.Equal("UNIQUE-0002", rows[1].GetProperty("registration").GetProperty("certificate").GetProperty("number").GetString());
        Assert.Equal("CERTIFICATE_NUMBER_TAKEN", Error(rows[2]).GetProperty("code").GetString());
        var again = Rows(await _steps.IssueAsync("CX3", new[] { new { candidate = "5101", certificateNumber = "UNIQUE-0003", issuedOn = "2025-09-30", scanArchived = true } }));
        Assert.Equal(0, again[0].GetProperty("errors").GetArrayLength());
        Assert.Equal("CJ9", (await silo.Certificates.VerifyAsync("UNIQUE-0001", "学生2801", default))?.CollegeName.Split(' ')[^1]);
    }

    private async Task<string[]> DeadlinesAsync(System.Security.Claims.ClaimsPrincipal user, string status, string? asOf, int? within)
    {
        var arguments = $"status: {status}, first: 1000{(asOf is null ? "" : $", asOf: \"{asOf}\"")}{(within is null ? "" : $", withinWorkingDays: {within}")}";
        var data = await silo.RunAsync($"{{ certificatePlatformDeadlines({arguments}) {{ edges {{ node {{ number college {{ code }} late }} }} }} }}", user);
        return data.GetProperty("certificatePlatformDeadlines").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node"))
            .Where(n => n.GetProperty("college").GetProperty("code").GetString() == "CJ8")
            .Select(n => n.GetProperty("number").GetString()!).ToArray();
    }
}
