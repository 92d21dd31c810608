using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using OnePlusX.CertificateProjects;
using OnePlusX.Silo.Tests.Infrastructure;
using OnePlusX.Tenancy;
using OnePlusX.Silo.Tests.Security;

namespace OnePlusX.Silo.Tests.Rosters;

/// <summary>
/// A student list uploaded by a signed-in officer registers its students for a project over real HTTP: new students
/// are enrolled from the list, every line is reported, bad lines never stop good ones.
/// </summary>
public sealed class RosterUploadShould(SqliteSiloFixture fixture) : IClassFixture<SqliteSiloFixture>, IAsyncLifetime
{
    private const string Project = "WEB-FE-2-2025";
    private HttpClient _officer = null!;

    public async Task InitializeAsync()
    {
        var tenant = await SeedOnce.CollegeAsync(fixture.Client.Grains, "RUJL");
        using (CallScope.ForTenant(tenant, "test"))
        {
            var exists = await fixture.Client.Grains.GetGrain<ICertificateProjectGrain>(GrainKey.For(tenant, Project)).GetAsync() is not null;
            if (!exists)
            {
                await Seed.ApprovedProjectAsync(fixture.Client.Grains, tenant);
                await Seed.StudentsAsync(fixture.Client.Grains, tenant, ["2024001"]);
            }
        }

        var user = $"roster-{Guid.NewGuid():N}"[..20];
        var created = await Cli.RunAsync(fixture.DatabasePath, ["accounts", "create-user", "--user", user, "--display", "roster", "--role", "SchoolOfficer", "--tenant", "RUJL"]);
        _officer = await SiloAccounts.SignInAsync(fixture.Silo.BaseAddress, user, created.Value("initial password"));
    }

    public Task DisposeAsync()
    {
        _officer.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task EnrolNewStudentsRegisterTheListAndReportEveryBadLine()
    {
        var csv = RosterFiles.Utf8WithBom(
            "学号,姓名,专业代码,年级,是否遴选\n" +
            "2024001,已在校学生,,,是\n" +          // enrolled already: registered
            "2024101,新生甲,M1,2024,是\n" +         // enrolled from the list, then registered
            "2024102,新生乙,,,是\n" +               // unknown and no major: cannot be enrolled
            "2024103,新生丙,M1,二〇二四,是\n" +     // cohort is not a year
            "2024101,重复,M1,2024,是\n");            // duplicate of line 3

        using var response = await _officer.PostAsync($"/api/projects/{Project}/roster", new ByteArrayContent(csv) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var lines = report.GetProperty("lines").EnumerateArray().ToDictionary(l => l.GetProperty("line").GetInt32());
        Assert.True(lines[2].GetProperty("registered").GetBoolean(), lines[2].ToString());
        Assert.True(lines[3].GetProperty("registered").GetBoolean(), lines[3].ToString());
        Assert.Equal("majorCode", lines[4].GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal("cohort", lines[5].GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal("studentNumber", lines[6].GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal((2, 3), (report.GetProperty("registered").GetInt32(), report.GetProperty("failed").GetInt32()));

        // The same list again: the registered students are refused as already registered, nothing doubles.
        using var again = await _officer.PostAsync($"/api/projects/{Project}/roster", new ByteArrayContent(csv));
        var second = JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(0, second.GetProperty("registered").GetInt32());
    }

    [Fact]
    public async Task TakeAnXlsxFileAsAFormFieldAndRefuseAFileThatIsNeither()
    {
        var xlsx = RosterFiles.Xlsx(["studentNumber", "name", "majorCode", "cohort", "selected"], ["2024201", "表格新生", "M1", 2024, "是"]);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(xlsx), "file", "名单.xlsx" } };

        using var uploaded = await _officer.PostAsync($"/api/projects/{Project}/roster", form);
        using var garbage = await _officer.PostAsync($"/api/projects/{Project}/roster", new ByteArrayContent([0x50, 0x4B, 0x03, 0x04, 0x00, 0xFF]));
        using var noProject = await _officer.PostAsync("/api/projects/NOPE-2-2025/roster", new ByteArrayContent(xlsx));

        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        Assert.Equal(1, JsonDocument.Parse(await uploaded.Content.ReadAsStringAsync()).RootElement.GetProperty("registered").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        Assert.Equal("file", JsonDocument.Parse(await garbage.Content.ReadAsStringAsync()).RootElement.GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.NotFound, noProject.StatusCode);
    }
}
