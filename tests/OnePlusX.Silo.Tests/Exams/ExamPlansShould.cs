using System.Text.Json;
using OnePlusX.CertificateProjects;
using static OnePlusX.Silo.Tests.Exams.ExamDocuments;

namespace OnePlusX.Silo.Tests.Exams;

/// <summary>
/// Exam plans through GraphQL against a real silo: the college's policy checks invigilators per room, staff and
/// examiners (JLJT) and venues against every other exam of the college (XMGX's venue calendar); a refused or
/// malformed plan names the rule or the field and leaves nothing behind, not even a held room.
/// </summary>
[Collection(ExamCollection.Name)]
public sealed class ExamPlansShould(ExamSilo silo)
{
    [Fact]
    public async Task PlanAnExamTheCollegesRulesAllow_JL_PAY_2_JL_PAY_3_JL_PAY_4()
    {
        var project = await silo.ApprovedProjectAsync(ExamSilo.Jilin, "BIM", CertificateLevel.Elementary, 2030);

        var payload = await PlanAsync(ExamSilo.Jilin, Plan(project, "E1", "2027-06-10", "PRACTICAL",
            [Sitting("P-101", "06-10", "09:00", "11:00"), Sitting("P-102", "06-10", "09:00", "11:00")],
            [
                Worker("王考评", "EXAMINER", days: 1),
                Worker("李监考", "INVIGILATOR", sittings: [("P-101", "06-10", "09:00")]),
                Worker("赵监考", "INVIGILATOR", sittings: [("p-101 ", "06-10", "09:00"), ("P-102", "06-10", "09:00")]),
                Worker("钱工作", "EXAM_STAFF"), Worker("孙工作", "EXAM_STAFF"),
            ]));

        Assert.Equal(0, payload.GetProperty("errors").GetArrayLength());
        var exam = payload.GetProperty("exam");
        Assert.True(exam.GetProperty("planCheck").GetProperty("allowed").GetBoolean());
        Assert.Equal(["JL-PAY-2", "JL-PAY-3", "JL-PAY-4"], Strings(exam.GetProperty("planCheck").GetProperty("ruleIds")));
        Assert.Equal(("DRAFT", "EXAM_FILING", $"exam:E1"), (exam.GetProperty("approval").GetProperty("status").GetString(),
            exam.GetProperty("approval").GetProperty("subject").GetString(), exam.GetProperty("approval").GetProperty("item").GetString()));
        Assert.Equal(2, exam.GetProperty("sittings").GetArrayLength());
        Assert.Equal(["P-101", "P-102"], exam.GetProperty("workers")[2].GetProperty("sittings").EnumerateArray().Select(s => s.GetProperty("room").GetString()!).ToArray());
        var filing = exam.GetProperty("filing");
        Assert.Equal(("建筑信息模型（BIM）", "第一学院", "软件技术", 3), (filing.GetProperty("certificateName").GetString(), filing.GetProperty("schoolName").GetString(),
            filing.GetProperty("major").GetString(), filing.GetProperty("invigilators").GetArrayLength()));
        Assert.Equal(["JL-FORM-2"], Strings(filing.GetProperty("check").GetProperty("ruleIds")));
        Assert.Equal(JsonValueKind.Null, exam.GetProperty("submitError").ValueKind);
    }

    [Fact]
    public async Task RefuseAThirdInvigilatorInARoomUnlessTheOrganisationsRuleAllowsIt_JL_PAY_3()
    {
        var project = await silo.ApprovedProjectAsync(ExamSilo.Jilin, "BIM", CertificateLevel.Intermediate, 2030);
        IEnumerable<object> crowded = [Worker("甲", "INVIGILATOR", sittings: [("Q-201", "06-11", "09:00")]), Worker("乙", "INVIGILATOR", sittings: [("Q-201", "06-11", "09:00")]),
            Worker("丙", "INVIGILATOR", sittings: [("Q-201", "06-11", "09:00")])];

        var refused = await PlanAsync(ExamSilo.Jilin, Plan(project, "E1", "2027-06-11", "WRITTEN", [Sitting("Q-201", "06-11", "09:00", "11:00")], crowded));
        var allowed = await PlanAsync(ExamSilo.Jilin, Plan(project, "E2", "2027-06-11", "WRITTEN", [Sitting("Q-202", "06-11", "09:00", "11:00")],
            crowded.Select(w => (object)Retarget((Dictionary<string, object?>)w, "Q-202")), new() { ["organisationInvigilatorLimit"] = 3 }));

        var error = refused.GetProperty("errors")[0];
        Assert.Equal("RefusalError", error.GetProperty("__typename").GetString());
        Assert.Equal(["JL-PAY-3"], Strings(error.GetProperty("ruleIds")));
        Assert.Contains("Q-201", error.GetProperty("explanation").GetProperty("chinese").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, allowed.GetProperty("errors").GetArrayLength());
        Assert.Equal(["E2"], await ExamCodesAsync(ExamSilo.Jilin, project));
    }

    [Fact]
    public async Task RefuseAThirdStaffMemberAndAnUncertifiedExaminer_JL_PAY_4_JL_PAY_2()
    {
        var project = await silo.ApprovedProjectAsync(ExamSilo.Jilin, "BIM", CertificateLevel.Advanced, 2030);
        object[] room = [Sitting("R-301", "06-12", "09:00", "11:00")];

        var staff = await PlanAsync(ExamSilo.Jilin, Plan(project, "E1", "2027-06-12", "PRACTICAL", room, [Worker("一", "EXAM_STAFF"), Worker("二", "EXAM_STAFF"), Worker("三", "EXAM_STAFF")]));
        var examiner = await PlanAsync(ExamSilo.Jilin, Plan(project, "E1", "2027-06-12", "PRACTICAL", room, [Worker("无证", "EXAMINER", certified: false, days: 1)]));

        Assert.Equal(["JL-PAY-4"], Strings(staff.GetProperty("errors")[0].GetProperty("ruleIds")));
        Assert.Equal(["JL-PAY-2"], Strings(examiner.GetProperty("errors")[0].GetProperty("ruleIds")));
        Assert.Contains("无证", examiner.GetProperty("errors")[0].GetProperty("explanation").GetProperty("chinese").GetString(), StringComparison.Ordinal);
        Assert.Empty(await ExamCodesAsync(ExamSilo.Jilin, project));
    }

    [Fact]
    public async Task RefuseARoomAnotherExamOfTheCollegeHoldsInAnyProject_XM_SCH_1()
    {
        var first = await silo.ApprovedProjectAsync(ExamSilo.Xiamen, "BIM", CertificateLevel.Elementary, 2030);
        var second = await silo.ApprovedProjectAsync(ExamSilo.Xiamen, "BIM", CertificateLevel.Intermediate, 2030);
        object[] invigilator = [Worker("周", "INVIGILATOR", sittings: [("V-401", "06-15", "09:00")])];
        Assert.Equal(0, (await PlanAsync(ExamSilo.Xiamen, Plan(first, "A1", "2027-06-15", "COMPUTER", [Sitting("V-401", "06-15", "09:00", "11:00")], invigilator))).GetProperty("errors").GetArrayLength());

        var otherProject = await PlanAsync(ExamSilo.Xiamen, Plan(second, "B1", "2027-06-15", "COMPUTER", [Sitting(" v-401", "06-15", "10:00", "12:00")], []));
        var sameProject = await PlanAsync(ExamSilo.Xiamen, Plan(first, "A2", "2027-06-15", "COMPUTER", [Sitting("V-401", "06-15", "10:30", "11:30")], []));
        var touching = await PlanAsync(ExamSilo.Xiamen, Plan(second, "B1", "2027-06-15", "COMPUTER", [Sitting("V-401", "06-15", "11:00", "13:00")], []));
        var revisedInPlace = await PlanAsync(ExamSilo.Xiamen, Plan(first, "A1", "2027-06-15", "WRITTEN", [Sitting("V-401", "06-15", "09:00", "11:00")], invigilator));

        foreach (var refused in new[] { otherProject, sameProject })
        {
            var error = refused.GetProperty("errors")[0];
            Assert.Equal("RefusalError", error.GetProperty("__typename").GetString());
            Assert.Equal(["XM-SCH-1"], Strings(error.GetProperty("ruleIds")));
            Assert.Contains("V-401", error.GetProperty("explanation").GetProperty("chinese").GetString(), StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(0, touching.GetProperty("errors").GetArrayLength());
        Assert.Equal("WRITTEN", revisedInPlace.GetProperty("exam").GetProperty("mode").GetString());
        Assert.Equal(["A1"], await ExamCodesAsync(ExamSilo.Xiamen, first));
        Assert.Equal(["B1"], await ExamCodesAsync(ExamSilo.Xiamen, second));
    }

    [Theory]
    [InlineData("end", "sittings[0].end")]
    [InlineData("ref", "workers[0].sittings[0]")]
    [InlineData("start", "sittings[0].start")]
    [InlineData("amount", "otherCosts[0].amount")]
    [InlineData("days", "workers[0].days")]
    [InlineData("far", "sittings[0].end")]
    [InlineData("station", "stationCode")]
    public async Task NameTheBadFieldAndHoldNoRoom(string fault, string field)
    {
        var year = fault switch { "end" => 2041, "ref" => 2042, "start" => 2043, "amount" => 2044, "far" => 2046, "station" => 2047, _ => 2045 };
        var project = await silo.ApprovedProjectAsync(ExamSilo.Xiamen, "WEB-FE", CertificateLevel.Elementary, year);
        var sitting = Sitting($"W-{fault}", "06-16", "09:00", "11:00");
        object worker = Worker("吴", "INVIGILATOR", sittings: [($"W-{fault}", "06-16", "09:00")]);
        var costs = new List<object> { new Dictionary<string, object?> { ["type"] = "EQUIPMENT_AND_CONSUMABLES", ["description"] = "耗材", ["amount"] = 100m } };
        var more = new Dictionary<string, object?> { ["otherCosts"] = costs };
        switch (fault)
        {
            case "end": sitting["end"] = At("06-16", "08:00"); break;
            case "ref": worker = Worker("吴", "INVIGILATOR", sittings: [($"W-{fault}", "06-16", "10:00")]); break;
            case "start": sitting["start"] = At("06-15", "09:00"); break;
            case "amount": ((Dictionary<string, object?>)costs[0])["amount"] = -1m; break;
            case "far": sitting["end"] = "9999-12-31T23:59:59+00:00"; break;
            case "station": more["stationCode"] = "NO-SUCH-STATION"; break;
            default: worker = Worker("考评", "EXAMINER", days: 0); break;
        }

        var bad = await PlanAsync(ExamSilo.Xiamen, Plan(project, "BAD", "2027-06-16", "WRITTEN", [sitting], [worker], more));
        var other = await silo.ApprovedProjectAsync(ExamSilo.Xiamen, "WEB-FE", CertificateLevel.Advanced, year);
        var sameRoom = await PlanAsync(ExamSilo.Xiamen, Plan(other, "OK", "2027-06-16", "WRITTEN", [Sitting($"W-{fault}", "06-16", "08:00", "12:00")], []));

        var error = bad.GetProperty("errors")[0];
        Assert.Equal(("ValidationError", field), (error.GetProperty("__typename").GetString(), error.GetProperty("field").GetString()));
        Assert.Equal(JsonValueKind.Null, bad.GetProperty("exam").ValueKind);
        Assert.Empty(await ExamCodesAsync(ExamSilo.Xiamen, project));
        Assert.Equal(0, sameRoom.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task RefuseAnExaminerCertificationFee_NAT_FEE_1()
    {
        var project = await silo.ApprovedProjectAsync(ExamSilo.Jilin, "WEB-FE", CertificateLevel.Elementary, 2030);
        var costs = new List<object> { new Dictionary<string, object?> { ["type"] = "EXAMINER_CERTIFICATION_FEE", ["description"] = "考评员认证费", ["amount"] = 500m } };

        var refused = await PlanAsync(ExamSilo.Jilin, Plan(project, "E1", "2027-06-17", "PRACTICAL", [Sitting("N-501", "06-17", "09:00", "11:00")], [Worker("郑", "EXAMINER", days: 1)], new() { ["otherCosts"] = costs }));

        Assert.Equal(["NAT-FEE-1"], Strings(refused.GetProperty("errors")[0].GetProperty("ruleIds")));
        Assert.Empty(await ExamCodesAsync(ExamSilo.Jilin, project));
    }

    private async Task<JsonElement> PlanAsync(string college, Dictionary<string, object?> input) =>
        (await silo.RunAsync(PlanExamDocument, ExamSilo.Officer(college), new { input })).GetProperty("planExam");

    private async Task<string[]> ExamCodesAsync(string college, string project) =>
        (await silo.RunAsync(Project, ExamSilo.Officer(college), new { key = project })).GetProperty("project").GetProperty("exams").GetProperty("items")
            .EnumerateArray().Select(e => e.GetProperty("code").GetString()!).ToArray();

    private static Dictionary<string, object?> Retarget(Dictionary<string, object?> worker, string room) => new(worker)
    {
        ["sittings"] = ((IEnumerable<Dictionary<string, object?>>)worker["sittings"]!).Select(s => new Dictionary<string, object?>(s) { ["room"] = room }).ToList(),
    };
}
