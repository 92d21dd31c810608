using System.Net;
using System.Text.Json;
using OnePlusX.Silo.Tests.Infrastructure;
using OnePlusX.Silo.Tests.Security;
using OnePlusX.Silo.Tests.Trainings;
using static OnePlusX.Silo.Tests.Trainings.TeachingWorld;

namespace OnePlusX.Silo.Tests.Forms;

/// <summary>
/// 附件1 and 附件3 of a real training downloaded over HTTP by a signed-in officer of the college, and opened: the
/// form carries the training and the stored fee table; another college's officer finds nothing of it.
/// </summary>
public sealed class FormDownloadsShould(SqliteSiloFixture fixture) : IClassFixture<SqliteSiloFixture>, IAsyncLifetime
{
    private const string Code = "FORM-1";
    private TeachingWorld _world = null!;

    public async Task InitializeAsync()
    {
        _world = new TeachingWorld(fixture);
        await _world.EnsureCollegeAsync("TRJL");
        await _world.EnsureCollegeAsync("TRNA");
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task DownloadTheTrainingFilingAndTheTeachingFeeTableOfTheCallersOwnProject_JL_FORM_1_JL_FORM_3()
    {
        NoErrors(await _world.PlanAsync(Officer("TRJL"), TrainingFields(Code, headcount: 45)));
        var training = await _world.TrainingAsync(Officer("TRJL"), Code);
        await _world.ApproveAsync("TRJL", training.GetProperty("approval").GetProperty("id").GetString()!);
        NoErrors(await _world.RunAsync("recordTeaching", $$"""
            mutation { recordTeaching(input: { projectKey: "{{ProjectKey}}", trainingCode: "{{Code}}", assignments: [{ teacher: "张老师", title: "副教授", course: "Web前端开发实训", students: 45, days: [{ date: "{{Day(30)}}", hours: 8 }] }] }) { errors { message } } }
            """, Officer("TRJL")));
        using var officer = await SignedInAsync("form-officer", "TRJL");

        using var filing = await officer.GetAsync($"/api/projects/{ProjectKey}/forms/training-filing/{Code}");
        using var fees = await officer.GetAsync($"/api/projects/{ProjectKey}/forms/teaching-fees/{Code}");

        Assert.Equal(HttpStatusCode.OK, filing.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", filing.Content.Headers.ContentType?.MediaType);
        Assert.Contains("附件1", filing.Content.Headers.ContentDisposition?.FileNameStar ?? filing.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        var filingSheet = Workbook.Open(await filing.Content.ReadAsByteArrayAsync());
        Assert.True(AnyCell(filingSheet, "张老师"), "The teacher is on the filing.");
        Assert.True(AnyCell(filingSheet, "Web前端开发实训"));
        var feeSheet = Workbook.Open(await fees.Content.ReadAsByteArrayAsync());
        Assert.True(AnyCell(feeSheet, "肆佰肆拾元整"), "8 h × 50 × 1.1 = 440 in words (JL-PAY-1).");
    }

    [Fact]
    public async Task ReadOnlyTheCallersOwnCollegeSoAnotherCollegesTrainingIsNotFound()
    {
        using var stranger = await SignedInAsync("form-stranger", "TRNA");
        using var foreign = await stranger.GetAsync($"/api/projects/{ProjectKey}/forms/training-filing/{Code}");
        using var nothing = await stranger.GetAsync($"/api/projects/NO-SUCH-2-2025/forms/training-filing/{Code}");
        using var anonymous = await new HttpClient { BaseAddress = fixture.Silo.BaseAddress }.GetAsync($"/api/projects/{ProjectKey}/forms/training-filing/{Code}");

        // The path names no college: the key is looked up in the caller's own, where TRJL's training does not exist.
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal("code", JsonDocument.Parse(await foreign.Content.ReadAsStringAsync()).RootElement.GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.NotFound, nothing.StatusCode);
        Assert.Equal("project", JsonDocument.Parse(await nothing.Content.ReadAsStringAsync()).RootElement.GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    private async Task<HttpClient> SignedInAsync(string user, string tenant)
    {
        var created = await Cli.RunAsync(fixture.DatabasePath, ["accounts", "create-user", "--user", user, "--display", user, "--role", "SchoolOfficer", "--tenant", tenant]);
        Assert.Equal(0, created.ExitCode);
        return await SiloAccounts.SignInAsync(fixture.Silo.BaseAddress, user, created.Value("initial password"));
    }

    private static bool AnyCell(Workbook sheet, string text)
    {
        for (var row = 1; row <= sheet.LastRow; row++)
        {
            if (sheet.Row(row, 'N').Any(cell => cell.Contains(text, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
