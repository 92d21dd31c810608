using System.Text.Json;
using OnePlusX.CertificateProjects;
using static OnePlusX.Silo.Tests.Exams.ExamDocuments;

namespace OnePlusX.Silo.Tests.Exams;

/// <summary>
/// An approved exam's work-fee table (附件4) at the college's rates on the exam date, kept with the parameters it
/// used: JLJT pays examiners by the day, invigilators by the session and staff per exam; XMGX pays exam duty by the
/// session, or by the day for 3 or more sessions. Through GraphQL against a real silo.
/// </summary>
[Collection(ExamCollection.Name)]
public sealed class ExamFeesShould(ExamSilo silo)
{
    [Fact]
    public async Task PayExaminersByTheDayInvigilatorsByTheSessionAndStaffPerExam_JL_PAY_2_JL_PAY_3_JL_PAY_4()
    {
        var project = await silo.ApprovedProjectAsync(ExamSilo.Jilin, "BIGDATA-FIN", CertificateLevel.Elementary, 2030);
        var costs = new List<object> { new Dictionary<string, object?> { ["type"] = "EQUIPMENT_AND_CONSUMABLES", ["description"] = "实训耗材", ["amount"] = 300m } };
        var exam = await ApprovedExamAsync(ExamSilo.Jilin, Plan(project, "E1", "2027-06-20", "PRACTICAL",
            [Sitting("F-801", "06-20", "09:00", "11:00"), Sitting("F-801", "06-20", "14:00", "16:00")],
            [Worker("王考评", "EXAMINER", days: 2), Worker("李监考", "INVIGILATOR", sittings: [("F-801", "06-20", "09:00"), ("F-801", "06-20", "14:00")]), Worker("钱工作", "EXAM_STAFF")],
            new() { ["otherCosts"] = costs }));

        var table = await ComputeAsync(ExamSilo.Jilin, project, exam);

        Assert.Equal(("JLJT", "2027-06-20"), (table.GetProperty("policyCode").GetString(), table.GetProperty("computedFor").GetString()));
        Assert.Equal(
            [("王考评", "EXAMINER_FEE", 2m, 800m, 1600m, "JL-PAY-2"), ("李监考", "INVIGILATOR_FEE", 2m, 100m, 200m, "JL-PAY-3"), ("钱工作", "EXAM_STAFF_FEE", 1m, 200m, 200m, "JL-PAY-4")],
            Lines(table).Where(l => l.Rule is not null).ToArray());
        Assert.Equal(2300m, table.GetProperty("total").GetDecimal());
        Assert.Equal("贰仟叁佰元整", table.GetProperty("totalInWords").GetString());
        Assert.Contains("JL-FORM-4", Strings(table.GetProperty("ruleIds")));
        Assert.Contains("NAT-FEE-1", Strings(table.GetProperty("ruleIds")));
        Assert.Equal("800", Parameter(table, "JL-PAY-2.examinerDailyRate"));
    }

    [Fact]
    public async Task PayExamDutyBySessionLengthAndAWholeDayForThreeSessions_XM_PAY_2()
    {
        var project = await silo.ApprovedProjectAsync(ExamSilo.Xiamen, "BIGDATA-FIN", CertificateLevel.Elementary, 2030);
        var exam = await ApprovedExamAsync(ExamSilo.Xiamen, Plan(project, "E1", "2027-06-21", "COMPUTER",
            [Sitting("X-901", "06-21", "09:00", "11:59"), Sitting("X-901", "06-21", "13:00", "16:00"), Sitting("X-902", "06-21", "08:00", "09:00"),
                Sitting("X-902", "06-21", "09:00", "11:00"), Sitting("X-902", "06-21", "13:00", "16:00")],
            [
                Worker("林", "INVIGILATOR", sittings: [("X-901", "06-21", "09:00")]),
                Worker("黄", "INVIGILATOR", sittings: [("X-901", "06-21", "13:00")]),
                Worker("陈", "EXAM_STAFF", sittings: [("X-902", "06-21", "08:00"), ("X-902", "06-21", "09:00"), ("X-902", "06-21", "13:00")]),
            ]));

        var table = await ComputeAsync(ExamSilo.Xiamen, project, exam);

        Assert.Equal(
            [("林", "EXAM_DUTY_FEE", 1m, 150m, 150m, "XM-PAY-2"), ("黄", "EXAM_DUTY_FEE", 1m, 200m, 200m, "XM-PAY-2"), ("陈", "EXAM_DUTY_FEE", 1m, 500m, 500m, "XM-PAY-2")],
            Lines(table));
        Assert.Equal("天", table.GetProperty("lines")[2].GetProperty("unit").GetString());
        Assert.Equal(850m, table.GetProperty("total").GetDecimal());
        Assert.Equal("XMGX", table.GetProperty("policyCode").GetString());
    }

    [Fact]
    public async Task KeepTheTableAndItsRatesWhenTheCollegeChangesARateLater_JL_PAY_3()
    {
        const string college = ExamSilo.JilinRates;
        var project = await silo.ApprovedProjectAsync(college, "BIGDATA-FIN", CertificateLevel.Intermediate, 2030);
        var exam = await ApprovedExamAsync(college, Plan(project, "E1", "2027-06-22", "WRITTEN",
            [Sitting("K-111", "06-22", "09:00", "11:00"), Sitting("K-111", "06-22", "14:00", "16:00")],
            [Worker("蒋", "INVIGILATOR", sittings: [("K-111", "06-22", "09:00"), ("K-111", "06-22", "14:00")])]));
        var first = await ComputeAsync(college, project, exam);

        var set = await silo.RunAsync(SetParameter, ExamSilo.Office(college), new { input = new { key = "JL-PAY-3.invigilatorSessionRate", effectiveFrom = "2027-01-01", value = "120" } });
        var kept = (await silo.RunAsync(Project, ExamSilo.Officer(college), new { key = project })).GetProperty("project").GetProperty("exams").GetProperty("items")[0];
        var askedAgain = await ComputeAsync(college, project, exam);
        var recomputed = await ComputeAsync(college, project, exam, recompute: true);

        Assert.Equal(0, set.GetProperty("setPolicyParameter").GetProperty("errors").GetArrayLength());
        Assert.Equal((200m, "100"), (first.GetProperty("total").GetDecimal(), Parameter(first, "JL-PAY-3.invigilatorSessionRate")));
        Assert.Equal(first.GetRawText(), kept.GetProperty("feeTable").GetRawText());
        Assert.Equal(first.GetRawText(), askedAgain.GetRawText());
        Assert.Equal((240m, "120"), (recomputed.GetProperty("total").GetDecimal(), Parameter(recomputed, "JL-PAY-3.invigilatorSessionRate")));
    }

    [Fact]
    public async Task ComputeFeesOnlyForAnApprovedExamOfTheProject()
    {
        var project = await silo.ApprovedProjectAsync(ExamSilo.Jilin, "BIGDATA-FIN", CertificateLevel.Advanced, 2030);
        await PlanAsync(ExamSilo.Jilin, Plan(project, "E1", "2027-06-23", "WRITTEN", [Sitting("G-121", "06-23", "09:00", "11:00")], []));

        var draft = await ComputeRawAsync(ExamSilo.Jilin, project, "E1");
        var unknown = await ComputeRawAsync(ExamSilo.Jilin, project, "E9");
        var badKey = await ComputeRawAsync(ExamSilo.Jilin, "no/such", "E1");

        Assert.Equal(("ConflictError", "NOT_APPROVED"), (draft.GetProperty("errors")[0].GetProperty("__typename").GetString(), draft.GetProperty("errors")[0].GetProperty("code").GetString()));
        Assert.Equal("NotFoundError", unknown.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal(("ValidationError", "projectKey"), (badKey.GetProperty("errors")[0].GetProperty("__typename").GetString(), badKey.GetProperty("errors")[0].GetProperty("field").GetString()));
        Assert.Equal(JsonValueKind.Null, draft.GetProperty("exam").ValueKind);
    }

    private async Task<JsonElement> PlanAsync(string college, Dictionary<string, object?> input)
    {
        var payload = (await silo.RunAsync(PlanExamDocument, ExamSilo.Officer(college), new { input })).GetProperty("planExam");
        Assert.Equal(0, payload.GetProperty("errors").GetArrayLength());
        return payload.GetProperty("exam");
    }

    private async Task<string> ApprovedExamAsync(string college, Dictionary<string, object?> input)
    {
        var exam = await PlanAsync(college, input);
        await silo.ApproveAsync(college, exam.GetProperty("approval").GetProperty("id").GetString()!);
        return exam.GetProperty("code").GetString()!;
    }

    private async Task<JsonElement> ComputeAsync(string college, string project, string exam, bool recompute = false)
    {
        var payload = await ComputeRawAsync(college, project, exam, recompute);
        Assert.Equal(0, payload.GetProperty("errors").GetArrayLength());
        return payload.GetProperty("exam").GetProperty("feeTable");
    }

    private async Task<JsonElement> ComputeRawAsync(string college, string project, string exam, bool recompute = false) =>
        (await silo.RunAsync(ComputeExamFeesDocument, ExamSilo.Officer(college), new { input = new { projectKey = project, examCode = exam, recompute } })).GetProperty("computeExamFees");

    private static (string Name, string Type, decimal Quantity, decimal Rate, decimal Amount, string? Rule)[] Lines(JsonElement table) =>
        table.GetProperty("lines").EnumerateArray().Select(l => (l.GetProperty("name").GetString()!, l.GetProperty("type").GetString()!, l.GetProperty("quantity").GetDecimal(),
            l.GetProperty("rate").GetDecimal(), l.GetProperty("amount").GetDecimal(), l.GetProperty("ruleIds").EnumerateArray().Select(r => r.GetString()).FirstOrDefault())).ToArray();

    private static string Parameter(JsonElement table, string key) =>
        table.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("key").GetString() == key).GetProperty("value").GetString()!;
}
