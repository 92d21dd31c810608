using System.Text.Json;
using static OnePlusX.Silo.Tests.PilotYear.PilotAssert;

namespace OnePlusX.Silo.Tests.PilotYear;

/// <summary>The exam: plan with sittings and staff at the college's station, filing (附件2), approval, work-fee table (附件4).</summary>
public sealed partial class PilotYearScript
{
    private const string ExamCode = "E1";

    private const string Exam = """
        exam { code examDate headcount stationCode planCheck { allowed ruleIds }
          filing { headcount examPlanAttached invigilators { name room } check { allowed ruleIds } }
          submitError { __typename message } approval { id status subject } }
        """ + Errors;

    /// <summary>40 days ahead: JL-PAY-2 wants the exam filed before its day, and the rates in force on that day apply.</summary>
    private static string ExamDate => Day(40);

    private async Task ExamAsync()
    {
        if (college.ExamRefusal == ExamRefusal.ThirdInvigilator)
        {
            // JL-PAY-3: at most 2 invigilators in a room; a plan with 3 in R1 is refused and keeps nothing.
            var crowded = ExamInput(ExamCode, extraInvigilators: ["孙监考", "周监考"]);
            Refused(await Cast.Submitter.MutateAsync("planExam", "PlanExamInput", crowded, Exam), "JL-PAY-3");
        }

        var planned = (await Cast.Submitter.OkAsync("planExam", "PlanExamInput", ExamInput(ExamCode), Exam)).GetProperty("exam");
        Assert.True(planned.GetProperty("planCheck").GetProperty("allowed").GetBoolean());
        Assert.Superset(college.ExamCheckRules.ToHashSet(), Strings(planned.GetProperty("planCheck").GetProperty("ruleIds")).ToHashSet());

        // Not given a headcount, the exam counts the project's registered candidates; the filing (附件2) lists each invigilator's sittings.
        Assert.Equal((_registered, college.StationCode), (planned.GetProperty("headcount").GetInt32(), Text(planned, "stationCode")));
        var filing = planned.GetProperty("filing");
        Assert.Equal([("李监考", "R1"), ("李监考", "R1"), ("赵监考", "R2")], filing.GetProperty("invigilators").EnumerateArray().Select(i => (Text(i, "name"), Text(i, "room"))).ToArray());
        Assert.True(filing.GetProperty("examPlanAttached").GetBoolean());
        Assert.True(filing.GetProperty("check").GetProperty("allowed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, planned.GetProperty("submitError").ValueKind);

        if (college.ExamRefusal == ExamRefusal.VenueTaken)
        {
            // XM-SCH-1: the appraisal station's one calendar; a second exam cannot claim R1 while E1 holds it.
            var clash = ExamInput("E2", sittings: [Sitting("R1", "09:30", "10:30")], workers: []);
            Refused(await Cast.Submitter.MutateAsync("planExam", "PlanExamInput", clash, Exam), "XM-SCH-1");
        }

        var id = Text(planned.GetProperty("approval"), "id");
        await TakeThroughAsync(id);
        await AssertApprovedAsync(id, college.ExamPath);

        var computed = await Cast.Submitter.OkAsync("computeExamFees", "ComputeExamFeesInput", new { projectKey = college.ProjectKey, examCode = ExamCode }, $"exam {{ {FeeTable} }} {Errors}");
        AssertFeeTable(computed.GetProperty("exam").GetProperty("feeTable"), college.ExamFees, ExamDate);
        var read = (await ProjectAsync(Cast.Finance, $"exam(code: \"{ExamCode}\") {{ feeTable {{ total totalInWords }} }}")).GetProperty("exam").GetProperty("feeTable");
        Assert.Equal((college.ExamFees.Total, college.ExamFees.Words), (read.GetProperty("total").GetDecimal(), Text(read, "totalInWords")));
    }

    /// <summary>
    /// R1 09:00–11:00 and 14:00–17:00, R2 09:00–11:00; 王 (internal) examines 2 days, 陈 (external) 1 day; 李 invigilates
    /// R1 twice, 赵 R2 once; 钱 is staff on all three sittings; consumables 300.
    /// </summary>
    private object ExamInput(string code, string[]? extraInvigilators = null, object[]? sittings = null, object[]? workers = null)
    {
        var r1Morning = Reference("R1", "09:00");
        var all = new[] { r1Morning, Reference("R1", "14:00"), Reference("R2", "09:00") };
        var people = new List<object>
        {
            new { name = "王考评", role = "EXAMINER", @internal = true, holdsExaminerCertificate = true, days = 2m, sittings = Array.Empty<object>() },
            new { name = "陈考评", role = "EXAMINER", @internal = false, holdsExaminerCertificate = true, days = 1m, sittings = Array.Empty<object>() },
            new { name = "李监考", role = "INVIGILATOR", @internal = true, holdsExaminerCertificate = true, days = 0m, sittings = all[..2] },
            new { name = "赵监考", role = "INVIGILATOR", @internal = true, holdsExaminerCertificate = false, days = 0m, sittings = all[2..] },
            new { name = "钱工作", role = "EXAM_STAFF", @internal = true, holdsExaminerCertificate = false, days = 0m, sittings = all },
        };
        people.AddRange((extraInvigilators ?? []).Select(n => (object)new { name = n, role = "INVIGILATOR", @internal = true, holdsExaminerCertificate = true, days = 0m, sittings = new[] { r1Morning } }));
        return new
        {
            projectKey = college.ProjectKey, code, examDate = ExamDate, mode = "PRACTICAL", stationCode = college.StationCode, place = "实训楼B201", majorCode = "M1",
            sittings = sittings ?? [Sitting("R1", "09:00", "11:00"), Sitting("R1", "14:00", "17:00"), Sitting("R2", "09:00", "11:00")],
            workers = workers ?? people.ToArray(),
            otherCosts = new[] { new { type = "EQUIPMENT_AND_CONSUMABLES", description = "实训耗材", amount = 300m } },
        };
    }

    private static object Sitting(string room, string from, string to) => new { room, start = At(from), end = At(to) };

    private static object Reference(string room, string from) => new { room, start = At(from) };

    /// <summary>A China-time instant on the exam day.</summary>
    private static string At(string time) => $"{ExamDate}T{time}:00+08:00";
}
