using System.Text.Json;
using OnePlusX.Silo.Tests.Infrastructure;
using static OnePlusX.Silo.Tests.Trainings.TeachingWorld;

namespace OnePlusX.Silo.Tests.Trainings;

/// <summary>
/// Course integration (课证融通) through GraphQL against a real silo, in a JLJT-mapped college: the mode per cohort and
/// the hours (JL-CUR-1), filing a week ahead (JL-CUR-2), and added courses as approvable items.
/// </summary>
public sealed class CourseIntegrationShould(SqliteSiloFixture fixture) : IClassFixture<SqliteSiloFixture>, IAsyncLifetime
{
    private const string Jl = "TRJL";
    private const string Selection = """
        course { code courseName mode cohortYear hours replacedCourseHours filedOn startsOn
          decision { allowed ruleIds explanation { chinese } }
          filingDeadline { due ruleIds }
          approval { id status subject nextApprover detail { path ruleIds timeline { action } } } }
        errors { __typename message code ... on ValidationError { field } ... on RefusalError { ruleIds explanation { chinese english } } }
        """;

    private TeachingWorld _world = null!;

    public async Task InitializeAsync()
    {
        _world = new TeachingWorld(fixture);
        await _world.EnsureCollegeAsync(Jl);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task RefuseASeparateXCourseForTheCohortOf2021_JL_CUR_1()
    {
        var version = await _world.VersionAsync(Jl);

        var refusal = Error(await IntegrateAsync("SEP-2021", "SEPARATE_COURSE", 2021, hours: 16, replaced: 40, filedOn: "2025-08-01", startsOn: "2025-09-01"));

        Assert.Equal("RefusalError", refusal.GetProperty("__typename").GetString());
        Assert.Equal(["JL-CUR-1"], Strings(refusal.GetProperty("ruleIds")));
        Assert.Contains("2021级不再单独增设X证书课程", refusal.GetProperty("explanation").GetProperty("chinese").GetString(), StringComparison.Ordinal);
        Assert.Equal(version, await _world.VersionAsync(Jl));
    }

    [Fact]
    public async Task AllowTheCohortOf2020AtMostHalfTheReplacedHoursAsAnItemForAcademicAffairs_JL_CUR_1()
    {
        var tooLong = Error(await IntegrateAsync("SEP-21H", "SEPARATE_COURSE", 2020, hours: 21, replaced: 40, filedOn: "2025-08-01", startsOn: "2025-09-01"));
        Assert.Equal(["JL-CUR-1"], Strings(tooLong.GetProperty("ruleIds")));

        var half = await IntegrateAsync("SEP-20H", "SEPARATE_COURSE", 2020, hours: 20, replaced: 40, filedOn: "2025-08-01", startsOn: "2025-09-01");

        NoErrors(half);
        var course = half.GetProperty("course");
        Assert.True(course.GetProperty("decision").GetProperty("allowed").GetBoolean());
        Assert.Equal(["JL-CUR-1", "JL-CUR-2"], Strings(course.GetProperty("decision").GetProperty("ruleIds")));
        var approval = course.GetProperty("approval");
        Assert.Equal(("DRAFT", "COURSE_ADDITION"), (approval.GetProperty("status").GetString(), approval.GetProperty("subject").GetString()));
        Assert.Equal(["ACADEMIC_AFFAIRS_OFFICE"], Strings(approval.GetProperty("detail").GetProperty("path")));
        Assert.Equal(["JL-CUR-2"], Strings(approval.GetProperty("detail").GetProperty("ruleIds")));
    }

    [Fact]
    public async Task RefuseAnAddedCourseFiledLessThanAWeekBeforeItStarts_JL_CUR_2()
    {
        var late = Error(await IntegrateAsync("SEP-LATE", "SEPARATE_COURSE", 2020, hours: 16, replaced: 40, filedOn: "2025-08-26", startsOn: "2025-09-01"));
        Assert.Equal(["JL-CUR-2"], Strings(late.GetProperty("ruleIds")));
        Assert.Contains("仅提前6天", late.GetProperty("explanation").GetProperty("chinese").GetString(), StringComparison.Ordinal);

        var inTime = await IntegrateAsync("SEP-WEEK", "SEPARATE_COURSE", 2020, hours: 16, replaced: 40, filedOn: "2025-08-25", startsOn: "2025-09-01");

        NoErrors(inTime);
        var deadline = inTime.GetProperty("course").GetProperty("filingDeadline");
        Assert.Equal(("2025-08-25", "JL-CUR-2"), (deadline.GetProperty("due").GetString(), Strings(deadline.GetProperty("ruleIds")).Single()));
    }

    [Fact]
    public async Task MergeIntoExistingCoursesWithoutAnApprovalItem()
    {
        var merged = await IntegrateAsync("MERGE-2022", "MERGE_INTO_COURSES", 2022, hours: 0, replaced: 0, filedOn: "2025-09-01", startsOn: "2025-09-01");

        NoErrors(merged);
        Assert.Equal(JsonValueKind.Null, merged.GetProperty("course").GetProperty("approval").ValueKind);
        Assert.Equal(["JL-CUR-1"], Strings(merged.GetProperty("course").GetProperty("decision").GetProperty("ruleIds")));
    }

    [Fact]
    public async Task ReviseADraftCourseAndLockItOnceAcademicAffairsApproves()
    {
        var first = await IntegrateAsync("REPL-1", "REPLACE_COURSE", 2023, hours: 32, replaced: 48, filedOn: "2025-08-01", startsOn: "2025-09-01");
        NoErrors(first);
        var id = first.GetProperty("course").GetProperty("approval").GetProperty("id").GetString()!;

        var revised = await IntegrateAsync("REPL-1", "REPLACE_COURSE", 2023, hours: 36, replaced: 48, filedOn: "2025-08-01", startsOn: "2025-09-01");
        NoErrors(revised);
        Assert.Equal(36m, revised.GetProperty("course").GetProperty("hours").GetDecimal());
        var timeline = revised.GetProperty("course").GetProperty("approval").GetProperty("detail").GetProperty("timeline");
        Assert.Equal(["DRAFTED", "REVISED"], timeline.EnumerateArray().Select(e => e.GetProperty("action").GetString()!).ToArray());

        await _world.ApproveAsync(Jl, id);
        var version = await _world.VersionAsync(Jl);
        var locked = Error(await IntegrateAsync("REPL-1", "REPLACE_COURSE", 2023, hours: 40, replaced: 48, filedOn: "2025-08-01", startsOn: "2025-09-01"));

        Assert.Equal(("ConflictError", "LOCKED"), (locked.GetProperty("__typename").GetString(), locked.GetProperty("code").GetString()));
        Assert.Equal(version, await _world.VersionAsync(Jl));
        var courses = await _world.RunAsync("project", $$"""{ project(key: "{{ProjectKey}}") { courses { edges { node { code hours approval { status } } } } } }""", Officer(Jl));
        var course = courses.GetProperty("courses").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).Single(n => n.GetProperty("code").GetString() == "REPL-1");
        Assert.Equal((36m, "APPROVED"), (course.GetProperty("hours").GetDecimal(), course.GetProperty("approval").GetProperty("status").GetString()));
    }

    [Theory]
    [InlineData("bad code", "课程", 16, "2025-09-01", "code")]
    [InlineData("C-1", " ", 16, "2025-09-01", "courseName")]
    [InlineData("C-1", "课程", -1, "2025-09-01", "hours")]
    [InlineData("C-1", "课程", 0, "2025-09-01", "hours")]
    [InlineData("C-1", "课程", 16, "2018-09-01", "startsOn")]
    public async Task NameTheFieldOfBadInputAndWriteNothing(string code, string name, int hours, string startsOn, string field)
    {
        var version = await _world.VersionAsync(Jl);

        var result = await _world.RunAsync("integrateCourse", $$"""
            mutation { integrateCourse(input: { projectKey: "{{ProjectKey}}", code: "{{code}}", courseName: "{{name}}", mode: REPLACE_COURSE,
              cohortYear: 2023, hours: {{hours}}, replacedCourseHours: 48, filedOn: "2025-08-01", startsOn: "{{startsOn}}" }) { {{Selection}} } }
            """, Officer(Jl));

        var error = Error(result);
        Assert.Equal(("ValidationError", field), (error.GetProperty("__typename").GetString(), error.GetProperty("field").GetString()));
        Assert.Equal(version, await _world.VersionAsync(Jl));
    }

    private Task<JsonElement> IntegrateAsync(string code, string mode, int cohort, decimal hours, decimal replaced, string filedOn, string startsOn) =>
        _world.RunAsync("integrateCourse", $$"""
            mutation { integrateCourse(input: { projectKey: "{{ProjectKey}}", code: "{{code}}", courseName: "Web前端开发（X证书）", mode: {{mode}},
              cohortYear: {{cohort}}, hours: {{hours}}, replacedCourseHours: {{replaced}}, filedOn: "{{filedOn}}", startsOn: "{{startsOn}}" }) { {{Selection}} } }
            """, Officer(Jl));
}
