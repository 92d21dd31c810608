using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using OnePlusX.Policies;
using OnePlusX.Security;
using OnePlusX.Students;
using OnePlusX.Tenancy;
using static OnePlusX.Silo.Tests.Candidates.CandidateSteps;

namespace OnePlusX.Silo.Tests.Candidates;

/// <summary>A registration list in one call: good rows are applied, each bad row is reported with its field, and nothing of a bad row is kept.</summary>
public sealed class BulkRegistrationShould(CandidatesSilo silo) : IClassFixture<CandidatesSilo>
{
    private const string IdNumber = "440524198001010013";
    private readonly CandidateSteps _steps = new(silo);

    [Fact]
    public async Task ApplyTheGoodRowsAndReportEachBadOneNamingItsField()
    {
        var tenant = await _steps.CollegeWithProjectAsync("CJ3", "2201", "2202");

        var rows = Rows(await _steps.RegisterAsync("CJ3", new object[]
        {
            new { studentNumber = "2201" },
            new { studentNumber = "9999" },
            new { studentNumber = "2201" },
            new { externalCandidate = new { name = "李外", idNumber = "220102199003071234" } },
            new { externalCandidate = new { name = "赵外", idNumber = IdNumber } },
            new { studentNumber = "2202", externalCandidate = new { name = "钱外", idNumber = "220102199003071235" } },
            new { externalCandidate = new { name = "孙外", idNumber = IdNumber } },
            new { studentNumber = "2202" },
        }));

        Assert.Equal(Enumerable.Range(0, 8), rows.Select(r => r.GetProperty("row").GetInt32()));
        Assert.Equal(0, rows[0].GetProperty("errors").GetArrayLength());
        Assert.Equal(("NotFoundError", "9999"), (Error(rows[1]).GetProperty("__typename").GetString(), rows[1].GetProperty("key").GetString()));
        Assert.Equal(("ConflictError", "ALREADY_REGISTERED"), (Error(rows[2]).GetProperty("__typename").GetString(), Error(rows[2]).GetProperty("code").GetString()));
        Assert.Equal(("ValidationError", "externalCandidate.idNumber"), (Error(rows[3]).GetProperty("__typename").GetString(), Error(rows[3]).GetProperty("field").GetString()));
        Assert.Contains("check character", Error(rows[3]).GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("ext:0001", rows[4].GetProperty("registration").GetProperty("candidate").GetString());
        Assert.Equal(("ValidationError", "studentNumber"), (Error(rows[5]).GetProperty("__typename").GetString(), Error(rows[5]).GetProperty("field").GetString()));
        Assert.Equal(("ConflictError", JsonValueKind.Null), (Error(rows[6]).GetProperty("__typename").GetString(), rows[6].GetProperty("key").ValueKind));
        Assert.Equal("2202", rows[7].GetProperty("registration").GetProperty("candidate").GetString());

        var listed = await RegistrationsAsync(CandidatesSilo.Officer("CJ3"));
        Assert.Equal(["2201", "ext:0001", "2202"], listed.Select(r => r.GetProperty("candidate").GetString()));
        using (CallScope.ForTenant(tenant, "test"))
        {
            var student = await silo.Grains.GetGrain<IStudentGrain>(GrainKey.For(tenant, "2201")).GetAsync();
            Assert.Equal(Project, Assert.Single(student!.Registrations).ProjectKey);
        }
    }

    [Fact]
    public async Task RefuseTheWholeListUntilTheProjectHasAnExamPrice()
    {
        var tenant = await _steps.CollegeWithProjectAsync("CJ4", "2301");
        var unpriced = await _steps.ApprovedProjectAsync(tenant, "BIM");

        var refused = await _steps.RegisterAsync("CJ4", new[] { new { studentNumber = "2301" } }, unpriced);

        Assert.Equal("EXAM_PRICE_NOT_SET", refused.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(0, refused.GetProperty("results").GetArrayLength());
        Assert.Empty(await RegistrationsAsync(CandidatesSilo.Officer("CJ4"), unpriced));
    }

    [Fact]
    public async Task StopAtThePilotScale()
    {
        var tenant = await Infrastructure.Seed.CollegeAsync(silo.Grains, "CJ5");
        await Infrastructure.Seed.StudentsAsync(silo.Grains, tenant, ["2401", "2402", "2403"]);
        await Infrastructure.Seed.ApprovedProjectAsync(silo.Grains, tenant, pilotScale: 2);

        var rows = Rows(await _steps.RegisterAsync("CJ5", new[] { new { studentNumber = "2401" }, new { studentNumber = "2402" }, new { studentNumber = "2403" } }));

        Assert.Equal("PILOT_SCALE_REACHED", Error(rows[2]).GetProperty("code").GetString());
        Assert.Equal(2, (await RegistrationsAsync(CandidatesSilo.Officer("CJ5"))).Length);
    }

    [Fact]
    public async Task KeepAnExternalCandidatesIdNumberInsideTheCollege()
    {
        await _steps.CollegeWithProjectAsync("CX2");
        AllApplied(await _steps.RegisterAsync("CX2", new[] { new { externalCandidate = new { name = "周外", idNumber = IdNumber } } }));

        var own = Assert.Single(await RegistrationsAsync(CandidatesSilo.Officer("CX2")));
        var province = Assert.Single(await RegistrationsAsync(CandidatesSilo.User(null, "22", Roles.ProvincialCoordinator), "WEB-FE-2-2025", "CX2"));

        Assert.Equal("**************0013", own.GetProperty("idNumberMasked").GetString());
        Assert.Equal(JsonValueKind.Null, province.GetProperty("idNumberMasked").ValueKind);
        Assert.DoesNotContain(IdNumber, own.GetRawText(), StringComparison.Ordinal);

        // Neither the read models nor the audit log hold it (only the college's own project state does).
        await using var connection = new SqliteConnection($"Data Source={silo.Silo.DatabasePath}");
        var tables = await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'orleans%' AND name NOT LIKE 'sqlite%'");
        foreach (var table in tables)
        {
            var rows = await connection.QueryAsync(FormattableString.Invariant($"SELECT * FROM \"{table}\""));
            Assert.DoesNotContain(rows, row => ((IDictionary<string, object?>)row).Values.Any(v => v?.ToString()?.Contains(IdNumber, StringComparison.Ordinal) == true));
        }
    }

    /// <summary>The project's registrations as a user reads them: through <c>project</c> for the college's own, <c>projects</c> for a reader of <paramref name="college"/>.</summary>
    private async Task<JsonElement[]> RegistrationsAsync(System.Security.Claims.ClaimsPrincipal user, string project = Project, string? college = null)
    {
        var registrations = $"registrations(first: 100) {{ edges {{ node {{ {Registration} }} }} }}";
        if (college is null)
        {
            var own = await silo.RunAsync($"{{ project(key: \"{project}\") {{ {registrations} }} }}", user);
            return Nodes(own.GetProperty("project").GetProperty("registrations"));
        }

        var read = await silo.RunAsync($"{{ projects(first: 5, where: {{ collegeCode: \"{college}\" }}) {{ edges {{ node {{ key {registrations.Replace("first: 100", "first: 10", StringComparison.Ordinal)} }} }} }} }}", user);
        return Nodes(read.GetProperty("projects").GetProperty("edges").EnumerateArray()
            .Single(e => e.GetProperty("node").GetProperty("key").GetString() == project).GetProperty("node").GetProperty("registrations"));
    }

    private static JsonElement[] Nodes(JsonElement connection) => connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToArray();
}
