using System.Text.Json;
using OnePlusX.CertificateProjects;
using static OnePlusX.Silo.Tests.Exams.ExamDocuments;

namespace OnePlusX.Silo.Tests.Exams;

/// <summary>
/// An exam (plan and filing, 附件2) is the approvable item <c>exam:{code}</c>: it may be submitted only with a complete
/// filing, goes through the path the college's policy gives (JLJT: 学院意见 → 教务处意见), one person per step, and is
/// locked once submitted or approved. Through GraphQL against a real silo.
/// </summary>
[Collection(ExamCollection.Name)]
public sealed class ExamApprovalsShould(ExamSilo silo)
{
    private const string College = ExamSilo.Jilin;

    [Fact]
    public async Task RefuseToSubmitAnIncompleteFilingWithItsRule_JL_FORM_2()
    {
        var project = await silo.ApprovedProjectAsync(College, "AUTO-MAINT", CertificateLevel.Elementary, 2030);
        object[] sittings = [Sitting("S-601", "06-18", "09:00", "11:00")];
        object[] workers = [Worker("冯", "INVIGILATOR", sittings: [("S-601", "06-18", "09:00")])];

        var noPlace = (await PlanAsync(Plan(project, "E1", "2027-06-18", "WRITTEN", sittings, workers, new() { ["place"] = null }))).GetProperty("exam");
        var noHeadcount = (await PlanAsync(Plan(project, "E2", "2027-06-18", "WRITTEN", [Sitting("S-602", "06-18", "09:00", "11:00")], [], new() { ["headcount"] = null }))).GetProperty("exam");
        var refused = await SubmitAsync(noPlace);
        var refusedHeadcount = await SubmitAsync(noHeadcount);

        Assert.False(noPlace.GetProperty("filing").GetProperty("check").GetProperty("allowed").GetBoolean());
        Assert.Equal("RefusalError", noPlace.GetProperty("submitError").GetProperty("__typename").GetString());
        Assert.Equal(["JL-FORM-2"], Strings(noPlace.GetProperty("submitError").GetProperty("ruleIds")));
        var error = refused.GetProperty("errors")[0];
        Assert.Equal("RefusalError", error.GetProperty("__typename").GetString());
        Assert.Equal(["JL-FORM-2"], Strings(error.GetProperty("ruleIds")));
        Assert.Contains("考核地点", error.GetProperty("explanation").GetProperty("chinese").GetString(), StringComparison.Ordinal);
        Assert.Equal(("ValidationError", "headcount"), (refusedHeadcount.GetProperty("errors")[0].GetProperty("__typename").GetString(), refusedHeadcount.GetProperty("errors")[0].GetProperty("field").GetString()));
        Assert.Equal(["DRAFT", "DRAFT"], (await ExamsAsync(project)).Select(e => e.GetProperty("approval").GetProperty("status").GetString()!).ToArray());

        var completed = (await PlanAsync(Plan(project, "E1", "2027-06-18", "WRITTEN", sittings, workers))).GetProperty("exam");
        var submitted = await SubmitAsync(completed);
        var revisedUnderReview = await PlanAsync(Plan(project, "E1", "2027-06-18", "COMPUTER", sittings, workers));

        Assert.Equal(JsonValueKind.Null, completed.GetProperty("submitError").ValueKind);
        Assert.Equal(("SUBMITTED", "SCHOOL"), (submitted.GetProperty("item").GetProperty("status").GetString(), submitted.GetProperty("item").GetProperty("nextApprover").GetString()));
        Assert.Equal("UNDER_REVIEW", revisedUnderReview.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal("WRITTEN", (await ExamsAsync(project))[0].GetProperty("mode").GetString());
    }

    [Fact]
    public async Task ApproveThroughTheCollegesPathOnePersonPerStepAndLockIt_JL_FORM_2()
    {
        var project = await silo.ApprovedProjectAsync(College, "AUTO-MAINT", CertificateLevel.Intermediate, 2030);
        object[] sittings = [Sitting("S-701", "06-19", "09:00", "11:00")];
        var exam = (await PlanAsync(Plan(project, "E1", "2027-06-19", "WRITTEN", sittings, [Worker("褚", "INVIGILATOR", sittings: [("S-701", "06-19", "09:00")])]))).GetProperty("exam");
        var id = exam.GetProperty("approval").GetProperty("id").GetString()!;

        var submitted = await SubmitAsync(exam);
        var inbox = await silo.RunAsync(
            """query($owner: String!) { approvals(where: { subject: EXAM_FILING, ownerKey: $owner }) { edges { node { item title status nextApprover } } } }""",
            ExamSilo.Office(College), new { owner = project });
        var ownReview = await ReviewAsync(ExamSilo.Officer(College), id);
        var school = await ReviewAsync(ExamSilo.Office(College), id);
        var office = await ReviewAsync(ExamSilo.Office(College), id);
        var revised = await PlanAsync(Plan(project, "E1", "2027-06-19", "COMPUTER", sittings, []));

        Assert.Equal("SCHOOL", submitted.GetProperty("item").GetProperty("nextApprover").GetString());
        var listed = inbox.GetProperty("approvals").GetProperty("edges")[0].GetProperty("node");
        Assert.Equal(("exam:E1", "SUBMITTED", "SCHOOL"), (listed.GetProperty("item").GetString(), listed.GetProperty("status").GetString(), listed.GetProperty("nextApprover").GetString()));
        Assert.StartsWith("考核备案 AUTO-MAINT 2级 E1", listed.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("OWN_SUBMISSION", ownReview.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(("SUBMITTED", "ACADEMIC_AFFAIRS_OFFICE"), (school.GetProperty("item").GetProperty("status").GetString(), school.GetProperty("item").GetProperty("nextApprover").GetString()));
        Assert.Equal("APPROVED", office.GetProperty("item").GetProperty("status").GetString());
        Assert.Equal("LOCKED", revised.GetProperty("errors")[0].GetProperty("code").GetString());
        var stored = (await ExamsAsync(project))[0];
        Assert.Equal(("WRITTEN", "APPROVED"), (stored.GetProperty("mode").GetString(), stored.GetProperty("approval").GetProperty("status").GetString()));
    }

    private async Task<JsonElement> PlanAsync(Dictionary<string, object?> input) =>
        (await silo.RunAsync(PlanExamDocument, ExamSilo.Officer(College), new { input })).GetProperty("planExam");

    private async Task<JsonElement> SubmitAsync(JsonElement exam) =>
        (await silo.RunAsync(Submit, ExamSilo.Officer(College), new { id = exam.GetProperty("approval").GetProperty("id").GetString() })).GetProperty("submitForApproval");

    private async Task<JsonElement> ReviewAsync(System.Security.Claims.ClaimsPrincipal reviewer, string id) =>
        (await silo.RunAsync(Review, reviewer, new { input = new { id, approve = true } })).GetProperty("review");

    private async Task<JsonElement[]> ExamsAsync(string project) =>
        (await silo.RunAsync(Project, ExamSilo.Officer(College), new { key = project })).GetProperty("project").GetProperty("exams").GetProperty("items").EnumerateArray().ToArray();
}
