using OnePlusX.Silo.Tests.Infrastructure;
using static OnePlusX.Silo.Tests.Trainings.TeachingWorld;

namespace OnePlusX.Silo.Tests.Trainings;

/// <summary>
/// Training plans and filings (培训计划/备案, 附件1) through GraphQL against a real silo: JLJT's class size, teachers'
/// qualifications and filing completeness; HBGZ's concentrated training approved by 二级学院 then 教务处 before it starts.
/// </summary>
public sealed class TrainingPlansShould(SqliteSiloFixture fixture) : IClassFixture<SqliteSiloFixture>, IAsyncLifetime
{
    private const string Jl = "TRJL";
    private const string Hb = "TRHB";
    private TeachingWorld _world = null!;

    public async Task InitializeAsync()
    {
        _world = new TeachingWorld(fixture);
        await _world.EnsureCollegeAsync(Jl);
        await _world.EnsureCollegeAsync(Hb, "42", "420300");
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task RefuseAClassOfFewerThanTwentyStudents_JL_CLS_1()
    {
        var small = await _world.PlanAsync(Officer(Jl), TrainingFields("CLS-19", headcount: 19));

        var refusal = Error(small);
        Assert.Equal("RefusalError", refusal.GetProperty("__typename").GetString());
        Assert.Equal(["JL-CLS-1"], Strings(refusal.GetProperty("ruleIds")));
        Assert.Contains("少于20人不得开班", refusal.GetProperty("explanation").GetProperty("chinese").GetString(), StringComparison.Ordinal);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, small.GetProperty("training").ValueKind);

        var twenty = await _world.PlanAsync(Officer(Jl), TrainingFields("CLS-20", headcount: 20));
        NoErrors(twenty);
        var check = twenty.GetProperty("training").GetProperty("check");
        Assert.True(check.GetProperty("allowed").GetBoolean());
        Assert.Contains("JL-CLS-1", Strings(check.GetProperty("ruleIds")));
    }

    [Fact]
    public async Task RefuseATeacherWithoutTheOrganisationsQualification_JL_TCH_1()
    {
        const string teachers = """[{ name: "张老师", title: "副教授", task: "主讲", holdsQualification: true }, { name: "王老师", title: "讲师", task: "辅导", holdsQualification: false }]""";

        var refusal = Error(await _world.PlanAsync(Officer(Jl), TrainingFields("TCH-1", teachers: teachers)));

        Assert.Equal(["JL-TCH-1"], Strings(refusal.GetProperty("ruleIds")));
        Assert.Contains("王老师未持证", refusal.GetProperty("explanation").GetProperty("chinese").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("张老师", refusal.GetProperty("explanation").GetProperty("chinese").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefuseAFilingWithoutItsTimetable_JL_FORM_1()
    {
        var refusal = Error(await _world.PlanAsync(Officer(Jl), TrainingFields("FORM-1", timetable: false)));

        Assert.Equal(["JL-FORM-1"], Strings(refusal.GetProperty("ruleIds")));
        Assert.Contains("1+X课表", refusal.GetProperty("explanation").GetProperty("chinese").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TakeAConcentratedTrainingThroughTheSchoolThenAcademicAffairsBeforeItStarts_HB_TRN_1()
    {
        var planned = await _world.PlanAsync(Officer(Hb), TrainingFields("HB-T1", concentrated: true));
        NoErrors(planned);
        var training = planned.GetProperty("training");
        var approval = training.GetProperty("approval");
        var id = approval.GetProperty("id").GetString()!;
        Assert.Equal(("DRAFT", "TRAINING_PLAN"), (approval.GetProperty("status").GetString(), approval.GetProperty("subject").GetString()));
        Assert.Equal(["SCHOOL", "ACADEMIC_AFFAIRS_OFFICE"], Strings(approval.GetProperty("detail").GetProperty("path")));
        Assert.Contains("HB-TRN-1", Strings(approval.GetProperty("detail").GetProperty("ruleIds")));

        // Not yet approved: the policy says the plan still needs 教务处's approval before the training starts.
        var pending = training.GetProperty("check");
        Assert.False(pending.GetProperty("allowed").GetBoolean());
        Assert.Equal(["HB-TRN-1"], Strings(pending.GetProperty("ruleIds")));

        // 二级学院 passes it (another officer than the submitter), 教务处 rejects it with a reason.
        NoErrors(await _world.SubmitAsync(Officer(Hb, "officer-a"), id));
        var passed = await _world.ReviewAsync(Officer(Hb, "officer-b"), id, true);
        Assert.Equal("ACADEMIC_AFFAIRS_OFFICE", passed.GetProperty("item").GetProperty("nextApprover").GetString());
        var waiting = Assert.Single(await _world.InboxAsync(Administrator(Hb), "subject: TRAINING_PLAN, status: SUBMITTED, nextApprover: ACADEMIC_AFFAIRS_OFFICE"));
        Assert.Equal((id, "training:HB-T1"), (waiting.GetProperty("id").GetString(), waiting.GetProperty("item").GetString()));
        NoErrors(await _world.ReviewAsync(Administrator(Hb), id, false, "课表与课程标准不一致"));
        var rejected = await _world.TrainingAsync(Officer(Hb), "HB-T1");
        Assert.Equal(("REJECTED", "课表与课程标准不一致"), (rejected.GetProperty("approval").GetProperty("status").GetString(), rejected.GetProperty("approval").GetProperty("rejectionReason").GetString()));
        var listed = Assert.Single(await _world.InboxAsync(Officer(Hb), "subject: TRAINING_PLAN, status: REJECTED"));
        Assert.Equal("课表与课程标准不一致", listed.GetProperty("rejectionReason").GetString());

        // Revised and resubmitted, then approved by both.
        NoErrors(await _world.PlanAsync(Officer(Hb), TrainingFields("HB-T1", headcount: 36, concentrated: true)));
        NoErrors(await _world.SubmitAsync(Officer(Hb, "officer-a"), id));
        NoErrors(await _world.ReviewAsync(Officer(Hb, "officer-b"), id, true));
        NoErrors(await _world.ReviewAsync(Administrator(Hb), id, true));

        var approved = await _world.TrainingAsync(Officer(Hb), "HB-T1");
        Assert.Equal(36, approved.GetProperty("headcount").GetInt32());
        Assert.Equal("APPROVED", approved.GetProperty("approval").GetProperty("status").GetString());
        Assert.Equal(Day(0), approved.GetProperty("planApprovedOn").GetString());
        var check = approved.GetProperty("check");
        Assert.True(check.GetProperty("allowed").GetBoolean(), check.ToString());
        Assert.Contains("HB-TRN-1", Strings(check.GetProperty("ruleIds")));
        var timeline = approved.GetProperty("approval").GetProperty("detail").GetProperty("timeline").EnumerateArray().ToList();
        Assert.Equal(
            ["DRAFTED", "SUBMITTED", "PASSED", "REJECTED", "REVISED", "SUBMITTED", "PASSED", "APPROVED"],
            timeline.Select(e => e.GetProperty("action").GetString()!).ToArray());
        Assert.Equal(("officer-b@TRHB", "SCHOOL"), (timeline[^2].GetProperty("actor").GetString(), timeline[^2].GetProperty("as").GetString()));
        Assert.Equal(("office@TRHB", "ACADEMIC_AFFAIRS_OFFICE"), (timeline[^1].GetProperty("actor").GetString(), timeline[^1].GetProperty("as").GetString()));

        // Locked once approved: planning the same code again is a conflict and changes nothing.
        var version = await _world.VersionAsync(Hb);
        var locked = Error(await _world.PlanAsync(Officer(Hb), TrainingFields("HB-T1", headcount: 40, concentrated: true)));
        Assert.Equal(("ConflictError", "LOCKED"), (locked.GetProperty("__typename").GetString(), locked.GetProperty("code").GetString()));
        Assert.Equal(version, await _world.VersionAsync(Hb));
        Assert.Equal(36, (await _world.TrainingAsync(Officer(Hb), "HB-T1")).GetProperty("headcount").GetInt32());
    }

    [Fact]
    public async Task RefuseAConcentratedTrainingThatHasAlreadyStarted_HB_TRN_1()
    {
        var late = Error(await _world.PlanAsync(Officer(Hb), TrainingFields("HB-LATE", concentrated: true, startsIn: -1)));

        Assert.Equal("RefusalError", late.GetProperty("__typename").GetString());
        Assert.Equal(["HB-TRN-1"], Strings(late.GetProperty("ruleIds")));

        // Integrated teaching needs no separate plan, started or not.
        var integrated = await _world.PlanAsync(Officer(Hb), TrainingFields("HB-INT", concentrated: false, startsIn: -1));
        NoErrors(integrated);
        Assert.True(integrated.GetProperty("training").GetProperty("check").GetProperty("allowed").GetBoolean());
    }

    [Theory]
    [InlineData("""teachers: [{ name: "张老师", holdsQualification: true }, { name: " ", holdsQualification: true }]""", "teachers[1].name")]
    [InlineData("""teachers: [{ name: "张老师", holdsQualification: true }, { name: "张老师", holdsQualification: true }]""", "teachers[1].name")]
    [InlineData("""endsOn: "2020-01-01" """, "endsOn")]
    [InlineData("headcount: 0", "headcount")]
    [InlineData("hours: -2", "hours")]
    [InlineData("""majorCode: "NOPE" """, "majorCode")]
    [InlineData("""code: "has space" """, "code")]
    [InlineData("""course: "" """, "course")]
    public async Task NameTheFieldOfBadInputAndWriteNothing(string replacement, string field)
    {
        var version = await _world.VersionAsync(Jl);

        var error = Error(await _world.PlanAsync(Officer(Jl), TrainingFields("BAD-1", replace: replacement)));

        Assert.Equal(("ValidationError", field), (error.GetProperty("__typename").GetString(), error.GetProperty("field").GetString()));
        Assert.Equal(version, await _world.VersionAsync(Jl));
    }

    [Fact]
    public async Task RefetchATrainingByItsGlobalIdInItsOwnCollegeOnly()
    {
        var planned = await _world.PlanAsync(Officer(Jl), TrainingFields("NODE-1"));
        var id = planned.GetProperty("training").GetProperty("id").GetString();
        var query = $$"""{ node(id: "{{id}}") { id ... on Training { code projectKey } } }""";

        var own = await _world.RunAsync("node", query, Officer(Jl));
        var other = await _world.RunAsync("node", query, Officer(Hb));

        Assert.Equal(("NODE-1", ProjectKey), (own.GetProperty("code").GetString(), own.GetProperty("projectKey").GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, other.ValueKind);
    }

    [Fact]
    public async Task AnswerNotFoundForAProjectOfAnotherKey()
    {
        var result = await _world.RunAsync("planTraining", $$"""mutation { planTraining(input: { projectKey: "WEB-FE-3-2031", {{TrainingFields("NF-1")}} }) { errors { __typename } } }""", Officer(Jl));

        Assert.Equal("NotFoundError", Error(result).GetProperty("__typename").GetString());
    }
}
