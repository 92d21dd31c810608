using System.Text.Json;
using OnePlusX.Security;
using OnePlusX.Silo.Tests.Infrastructure;
using static OnePlusX.Silo.Tests.Trainings.TeachingWorld;

namespace OnePlusX.Silo.Tests.Trainings;

/// <summary>
/// Teaching records and teaching-fee tables (附件3) through GraphQL against a real silo: JLJT's hours × rate × coefficient,
/// the national workload conversion, and tables that keep the rates they were computed with.
/// </summary>
public sealed class TeachingFeesShould(SqliteSiloFixture fixture) : IClassFixture<SqliteSiloFixture>, IAsyncLifetime
{
    /// <summary>张老师 teaches 45 students 4 + 4 hours, 李老师 30 students 6 hours, within a training starting in 30 days.</summary>
    private const string Teaching = """
        [{ teacher: "张老师", title: "副教授", course: "Web前端开发实训", students: 45, days: [{ date: "{d0}", hours: 4 }, { date: "{d1}", hours: 4 }], remarks: "理论与实操" },
         { teacher: "李老师", title: "讲师", course: "Web前端开发实训", students: 30, days: [{ date: "{d2}", hours: 6 }] }]
        """;

    private TeachingWorld _world = null!;

    public async Task InitializeAsync()
    {
        _world = new TeachingWorld(fixture);
        await _world.EnsureCollegeAsync("TRJL");
        await _world.EnsureCollegeAsync("PPJL");
        await _world.EnsureCollegeAsync("TRNA");
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task PayHoursTimesTheHourlyRateTimesTheStudentNumberCoefficient_JL_PAY_1()
    {
        await ApprovedTrainingAsync("TRJL", "PAY-1");

        var recorded = await RecordAsync("TRJL", "PAY-1", Teaching);

        NoErrors(recorded);
        var table = recorded.GetProperty("training").GetProperty("feeTable");
        var lines = table.GetProperty("lines").EnumerateArray().ToList();

        // JLJT's sample rate is 50 yuan per class hour; 41–60 students take the coefficient 1.1, up to 40 take 1.0.
        Assert.Equal((1, "张老师", 8m, 50m, 1.1m, 440m, 45), Line(lines[0]));
        Assert.Equal((2, "李老师", 6m, 50m, 1.0m, 300m, 30), Line(lines[1]));
        Assert.Equal(["JL-PAY-1"], Strings(lines[0].GetProperty("ruleIds")));
        Assert.Equal(("TEACHING_FEE", "学时", "副教授 · Web前端开发实训", "理论与实操"),
            (lines[0].GetProperty("type").GetString(), lines[0].GetProperty("unit").GetString(), lines[0].GetProperty("description").GetString(), lines[0].GetProperty("remarks").GetString()));
        Assert.Equal((740m, "柒佰肆拾元整", "JLJT", Day(32)),
            (table.GetProperty("total").GetDecimal(), table.GetProperty("totalInWords").GetString(), table.GetProperty("policyCode").GetString(), table.GetProperty("computedFor").GetString()));
        Assert.Contains("JL-PAY-1", Strings(table.GetProperty("ruleIds")));
        Assert.Contains("JL-FORM-3", Strings(table.GetProperty("ruleIds")));
        Assert.True(table.GetProperty("usesSampleParameters").GetBoolean());
        Assert.Equal(("50", false, true), Parameter(table, "JL-PAY-1.hourlyRate"));
        Assert.Equal(2, recorded.GetProperty("training").GetProperty("teaching").GetArrayLength());
    }

    [Fact]
    public async Task CountTrainingHoursInTheTeachingWorkload_NAT_TRN_2()
    {
        await ApprovedTrainingAsync("TRNA", "WL-1");

        var table = (await RecordAsync("TRNA", "WL-1", Teaching)).GetProperty("training").GetProperty("feeTable");

        // The national baseline: 100 yuan per class hour (a sample), hours counted one for one into workload.
        var lines = table.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal((8m, 100m, 800m), (lines[0].GetProperty("workloadHours").GetDecimal(), lines[0].GetProperty("rate").GetDecimal(), lines[0].GetProperty("amount").GetDecimal()));
        Assert.Equal((6m, 600m), (lines[1].GetProperty("workloadHours").GetDecimal(), lines[1].GetProperty("amount").GetDecimal()));
        Assert.Equal(("NAT", 1400m, "壹仟肆佰元整"), (table.GetProperty("policyCode").GetString(), table.GetProperty("total").GetDecimal(), table.GetProperty("totalInWords").GetString()));
        Assert.Equal(["NAT-TRN-2"], Strings(table.GetProperty("ruleIds")));
        Assert.Equal(("1.0", false, false), Parameter(table, "NAT-TRN-2.workloadRatio"));
    }

    [Fact]
    public async Task KeepTheRatesATableWasComputedWithWhenTheCollegeChangesThemLater()
    {
        await ApprovedTrainingAsync("PPJL", "RATE-1");
        NoErrors(await RecordAsync("PPJL", "RATE-1", Teaching));

        var set = await _world.RunAsync("setPolicyParameter", $$"""
            mutation { setPolicyParameter(input: { key: "JL-PAY-1.hourlyRate", effectiveFrom: "{{Day(30)}}", value: "60" }) { errors { message } } }
            """, Administrator("PPJL"));
        NoErrors(set);

        var kept = (await _world.TrainingAsync(Officer("PPJL"), "RATE-1")).GetProperty("feeTable");
        Assert.Equal((740m, 50m), (kept.GetProperty("total").GetDecimal(), kept.GetProperty("lines")[0].GetProperty("rate").GetDecimal()));
        Assert.Equal(("50", false, true), Parameter(kept, "JL-PAY-1.hourlyRate"));

        var recomputed = (await RecordAsync("PPJL", "RATE-1", Teaching)).GetProperty("training").GetProperty("feeTable");
        Assert.Equal((888m, "捌佰捌拾捌元整"), (recomputed.GetProperty("total").GetDecimal(), recomputed.GetProperty("totalInWords").GetString()));
        Assert.Equal((60m, 528m), (recomputed.GetProperty("lines")[0].GetProperty("rate").GetDecimal(), recomputed.GetProperty("lines")[0].GetProperty("amount").GetDecimal()));
        Assert.Equal(("60", true, false), Parameter(recomputed, "JL-PAY-1.hourlyRate"));
    }

    [Fact]
    public async Task RecordTeachingOnlyOnceTheTrainingIsApproved()
    {
        NoErrors(await _world.PlanAsync(Officer("TRJL"), TrainingFields("DRAFT-1", headcount: 45)));
        var version = await _world.VersionAsync("TRJL");

        var refused = Error(await RecordAsync("TRJL", "DRAFT-1", Teaching));

        Assert.Equal(("ConflictError", "NOT_APPROVED"), (refused.GetProperty("__typename").GetString(), refused.GetProperty("code").GetString()));
        Assert.Equal(version, await _world.VersionAsync("TRJL"));
        Assert.Equal(JsonValueKind.Null, (await _world.TrainingAsync(Officer("TRJL"), "DRAFT-1")).GetProperty("feeTable").ValueKind);
    }

    [Theory]
    [InlineData("王老师", "{d1}", 4, 30, "assignments[0].teacher")]
    [InlineData(" ", "{d1}", 4, 30, "assignments[0].teacher")]
    [InlineData("张老师", "{d9}", 4, 30, "assignments[0].days[1].date")]
    [InlineData("张老师", "{d1}", 0, 30, "assignments[0].days[1].hours")]
    [InlineData("张老师", "{d1}", 4, 0, "assignments[1].students")]
    public async Task NameTheFieldOfBadTeachingAndWriteNothing(string teacher, string secondDay, int hours, int students, string field)
    {
        await ApprovedTrainingAsync("TRJL", "BAD-T");
        var assignments = $$"""
            [{ teacher: "{{teacher}}", title: "副教授", course: "实训", students: 45, days: [{ date: "{d0}", hours: 4 }, { date: "{{secondDay}}", hours: {{hours}} }] },
             { teacher: "李老师", title: "讲师", course: "实训", students: {{students}}, days: [{ date: "{d2}", hours: 6 }] }]
            """;
        var version = await _world.VersionAsync("TRJL");

        var error = Error(await RecordAsync("TRJL", "BAD-T", assignments));

        Assert.Equal(("ValidationError", field), (error.GetProperty("__typename").GetString(), error.GetProperty("field").GetString()));
        Assert.Equal(version, await _world.VersionAsync("TRJL"));
    }

    [Fact]
    public async Task ShowTeachersPayOnlyToTheOfficesThatRunAndPayTrainings()
    {
        await ApprovedTrainingAsync("TRJL", "PAY-READ");
        NoErrors(await RecordAsync("TRJL", "PAY-READ", Teaching));
        var query = $$"""{ project(key: "{{ProjectKey}}") { training(code: "PAY-READ") { feeTable { total } } } }""";

        var teacher = await _world.Gateway.ExecuteAsync(query, Principal("TRJL", "teacher", Roles.Teacher));
        var finance = await _world.RunAsync("project", query, Principal("TRJL", "finance", Roles.FinanceOfficer));

        Assert.Equal("AUTH_NOT_AUTHORIZED", teacher.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(740m, finance.GetProperty("training").GetProperty("feeTable").GetProperty("total").GetDecimal());
    }

    /// <summary>A 45-student training starting in 30 days, planned and approved once per silo.</summary>
    private async Task ApprovedTrainingAsync(string tenant, string code)
    {
        var existing = await _world.RunAsync("project", $$"""{ project(key: "{{ProjectKey}}") { training(code: "{{code}}") { approval { status } } } }""", Officer(tenant));
        if (existing.GetProperty("training").ValueKind != JsonValueKind.Null)
        {
            return;
        }

        var planned = await _world.PlanAsync(Officer(tenant), TrainingFields(code, headcount: 45));
        NoErrors(planned);
        await _world.ApproveAsync(tenant, planned.GetProperty("training").GetProperty("approval").GetProperty("id").GetString()!);
    }

    private Task<JsonElement> RecordAsync(string tenant, string code, string assignments) =>
        _world.RunAsync("recordTeaching", $$"""
            mutation { recordTeaching(input: { projectKey: "{{ProjectKey}}", trainingCode: "{{code}}", assignments: {{Days(assignments)}} }) { {{TrainingSelection}} } }
            """, Officer(tenant));

    private static string Days(string text) =>
        text.Replace("{d0}", Day(30), StringComparison.Ordinal).Replace("{d1}", Day(31), StringComparison.Ordinal)
            .Replace("{d2}", Day(32), StringComparison.Ordinal).Replace("{d9}", Day(40), StringComparison.Ordinal);

    private static (int, string, decimal, decimal, decimal, decimal, int) Line(JsonElement line) => (
        line.GetProperty("number").GetInt32(), line.GetProperty("name").GetString()!, line.GetProperty("quantity").GetDecimal(), line.GetProperty("rate").GetDecimal(),
        line.GetProperty("coefficient").GetDecimal(), line.GetProperty("amount").GetDecimal(), line.GetProperty("students").GetInt32());

    private static (string, bool, bool) Parameter(JsonElement table, string key) =>
        table.GetProperty("parameters").EnumerateArray().Where(p => p.GetProperty("key").GetString() == key)
            .Select(p => (p.GetProperty("value").GetString()!, p.GetProperty("setByCollege").GetBoolean(), p.GetProperty("isSample").GetBoolean()))
            .Single();
}
