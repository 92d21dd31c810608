using System.Net;
using OnePlusX.Silo.Tests.Forms;
using OnePlusX.Silo.Tests.Infrastructure;
using static OnePlusX.Silo.Tests.PilotYear.PilotAssert;

namespace OnePlusX.Silo.Tests.PilotYear;

/// <summary>The weekly report (NAT-REP-1), the project's status, and the four forms (附件1-4) downloaded and opened.</summary>
public sealed partial class PilotYearScript
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>教务处 starts weekly reporting this week; the 二级学院 files it on time; the province sees the college compliant.</summary>
    private async Task ReportWeeklyAsync()
    {
        var monday = Iso(Today.AddDays(-(((int)Today.DayOfWeek + 6) % 7)));
        await Cast.Office.OkAsync("startWeeklyReporting", "StartWeeklyReportingInput", new { firstWeek = monday }, "weeklyReports { reportingFrom } " + Errors);
        var filed = await Cast.Submitter.OkAsync("fileWeeklyReport", "FileWeeklyReportInput",
            new { week = monday, summary = $"{college.Name}：完成培训一期，考核{_registered}人，颁证2本", trainingsHeld = 1, candidatesExamined = _registered, certificatesIssued = 2 },
            "report { week filedBy candidatesExamined } weeklyReports { weeks { monday state } compliance { missedInARow warning exitFlag ruleIds } } " + Errors);

        Assert.Equal((monday, Cast.Submitter.UserName, _registered),
            (Text(filed.GetProperty("report"), "week"), Text(filed.GetProperty("report"), "filedBy"), filed.GetProperty("report").GetProperty("candidatesExamined").GetInt32()));
        var week = Assert.Single(filed.GetProperty("weeklyReports").GetProperty("weeks").EnumerateArray());
        Assert.Equal((monday, "FILED"), (Text(week, "monday"), Text(week, "state")));
        var compliance = filed.GetProperty("weeklyReports").GetProperty("compliance");
        Assert.Equal((0, false, false, "NAT-REP-1"),
            (compliance.GetProperty("missedInARow").GetInt32(), compliance.GetProperty("warning").GetBoolean(), compliance.GetProperty("exitFlag").GetBoolean(), string.Join(",", Strings(compliance.GetProperty("ruleIds")))));

        var seen = await Eventually.ReadAsync(
            async () => (await Cast.Province.DataAsync("query($province: String!) { weeklyReportCompliance(where: { provinceCode: $province }) { items { college { code } lastFiledWeek compliance { warning } } } }",
                    new { province = college.Province }))
                .GetProperty("weeklyReportCompliance").GetProperty("items").EnumerateArray()
                .Where(r => Text(r.GetProperty("college"), "code") == college.Code && r.GetProperty("lastFiledWeek").GetString() == monday).ToArray(),
            rows => rows.Length == 1,
            TimeSpan.FromSeconds(30));
        Assert.False(Assert.Single(seen).GetProperty("compliance").GetProperty("warning").GetBoolean());
    }

    /// <summary>
    /// 教务处 moves the project to running and, once summarised and archived, closes it (HB-PROC-1's last step); a closed
    /// project cannot run again.
    /// </summary>
    private async Task ProjectStatusAsync()
    {
        const string Selection = "project { projectStatus history { status } } errors { __typename code }";
        var key = Text(await ProjectAsync(Cast.Office, "key"), "key");
        await Cast.Office.DataAsync($$"""mutation { advanceProject(projectKey: "{{key}}", to: RUNNING) { {{Selection}} } }""");
        var closed = (await Cast.Office.DataAsync($$"""mutation { advanceProject(projectKey: "{{key}}", to: CLOSED, reason: "总结归档") { {{Selection}} } }""")).GetProperty("advanceProject");
        Assert.Equal(["APPLIED", "APPROVED", "RUNNING", "CLOSED"], closed.GetProperty("project").GetProperty("history").EnumerateArray().Select(h => Text(h, "status")).ToArray());
        var again = (await Cast.Office.DataAsync($$"""mutation { advanceProject(projectKey: "{{key}}", to: RUNNING) { {{Selection}} } }""")).GetProperty("advanceProject");
        Assert.Equal("INVALID_TRANSITION", Text(again.GetProperty("errors")[0], "code"));
    }

    /// <summary>
    /// The 二级学院 downloads the filings (附件1, 附件2), the finance office the fee tables (附件3, 附件4); each opens as
    /// the form of this college with the training's, exam's and tables' figures, totals in figures and in words.
    /// </summary>
    private async Task DownloadFormsAsync()
    {
        var certificate = (await ProjectAsync(Cast.Office, "certificate { name }")).GetProperty("certificate").GetProperty("name").GetString();

        var trainingFiling = await FormAsync(Cast.Submitter, "training-filing", TrainingCode, "附件1");
        Assert.Equal($"{college.Name} 1+X 证书培训备案表", trainingFiling.Text("A2"));
        Assert.Equal(["证书名称", $"{certificate}（中级）", "培训学院", college.SchoolName, ""], trainingFiling.Row(3, 'E'));
        Assert.Equal(["培训人数", "45", "培训地点", "实训楼A301", ""], trainingFiling.Row(6, 'E'));
        Assert.Equal(["1", "张老师", "副教授", "主讲", "有"], trainingFiling.Row(9, 'E'));
        Assert.Equal(["2", "李老师", "讲师", "实训指导", "有"], trainingFiling.Row(10, 'E'));

        var examFiling = await FormAsync(Cast.Submitter, "exam-filing", ExamCode, "附件2");
        Assert.Equal($"{college.Name} 1+X 证书考核备案表", examFiling.Text("A2"));
        Assert.Equal(["考核专业", college.MajorName, "考核日期", ChineseDate(ExamDate), ""], examFiling.Row(4, 'E'));
        Assert.Equal(["培训人数", $"{_registered}", "考核类别", "□机考  □笔试  ☑实践操作", ""], examFiling.Row(5, 'E'));
        Assert.Equal(["1", "李监考", "R1", $"{ExamDate} 09:00–11:00", "有"], examFiling.Row(9, 'E'));
        Assert.Equal(["3", "赵监考", "R2", $"{ExamDate} 09:00–11:00", "无"], examFiling.Row(11, 'E'));

        var teaching = await FormAsync(Cast.Finance, "teaching-fees", TrainingCode, "附件3");
        Assert.Equal($"{college.Name}1+X证书课程教学工作费用表", teaching.Text("A2"));
        Assert.Equal(college.TeachingFees.Lines.Select(l => (l.Name, l.Amount)).ToArray(),
            Enumerable.Range(5, college.TeachingFees.Lines.Length).Select(r => (teaching.Text($"B{r}"), teaching.Number($"I{r}"))).ToArray());
        var teachingTotal = teaching.RowOf("合计（元）");
        Assert.Equal(($"人民币（大写）：{college.TeachingFees.Words}", college.TeachingFees.Total), (teaching.Text($"C{teachingTotal}"), teaching.Number($"I{teachingTotal}")));

        var exam = await FormAsync(Cast.Finance, "exam-fees", ExamCode, "附件4");
        Assert.Equal($"{college.Name}1+X证书考核工作费用表", exam.Text("A2"));
        Assert.Equal(college.ExamFees.Lines.Select(l => (l.Name, l.Amount)).ToArray(),
            Enumerable.Range(5, college.ExamFees.Lines.Length).Select(r => (exam.Text($"B{r}"), exam.Number($"G{r}"))).ToArray());
        var examTotal = exam.RowOf("合计（元）");
        Assert.Equal(($"人民币（大写）：{college.ExamFees.Words}", college.ExamFees.Total), (exam.Text($"C{examTotal}"), exam.Number($"G{examTotal}")));
    }

    /// <summary>Downloads a form of the project over REST and opens its first sheet.</summary>
    private async Task<Workbook> FormAsync(PilotUser user, string form, string code, string attachment)
    {
        using var response = await user.GetAsync($"/api/projects/{college.ProjectKey}/forms/{form}/{code}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{user.UserName} downloading {form}/{code}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(Xlsx, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(attachment, response.Content.Headers.ContentDisposition?.FileNameStar ?? "", StringComparison.Ordinal);
        var sheet = Workbook.Open(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(attachment, sheet.Text("A1"));
        return sheet;
    }

    /// <summary>2026-12-31 as the forms write it: 2026年12月31日.</summary>
    private static string ChineseDate(string day)
    {
        var date = DateOnly.ParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return $"{date.Year}年{date.Month}月{date.Day}日";
    }
}
