using OnePlusX.Policies;
using OnePlusX.Silo.Forms;

namespace OnePlusX.Silo.Tests.Forms;

/// <summary>附件1 培训备案表 and 附件2 考核备案表 written as XLSX and read back cell by cell.</summary>
public sealed class FilingFormsShould
{
    private static readonly FormHeader Header = new("吉林交通职业技术学院", "汽车工程学院", "汽车运用与维修", "中级", "JLJT-2025-001", new DateOnly(2025, 5, 20));

    private static readonly TrainingFiling Training = new(
        "汽车运用与维修", "汽车工程学院", "汽车检测与维修技术", "汽车动力与驱动系统综合分析技术", 32m,
        new DateOnly(2025, 6, 2), new DateOnly(2025, 6, 20), 40, "实训楼A201",
        [new FilingTeacher(" 张伟 ", "副教授", "理论讲授", true), new FilingTeacher("李娜", "讲师", "实操指导", false)],
        TimetableAttached: true, CourseStandardAttached: false);

    private static readonly ExamFiling Exam = new(
        "汽车运用与维修", "汽车工程学院", "汽车检测与维修技术", new DateOnly(2025, 6, 28), 38, ExamMode.Practical, "实训楼A201",
        [
            new FilingInvigilator("孙丽", "A201", At(2025, 6, 28, 9), At(2025, 6, 28, 11), true),
            new FilingInvigilator("周强", "A202", At(2025, 6, 28, 14), At(2025, 6, 28, 16, 30), false),
        ],
        ExamPlanAttached: true);

    [Fact]
    public void LayOutTheTrainingFilingLikeAttachment1_JL_FORM_1()
    {
        var sheet = Workbook.Open(JilinForms.TrainingFiling(Header, Training));

        Assert.Equal("附件1", sheet.SheetName);
        Assert.Equal("附件1", sheet.Text("A1"));
        Assert.Equal("吉林交通职业技术学院 1+X 证书培训备案表", sheet.Text("A2"));
        Assert.Contains("A2:E2", sheet.Merges);
        Assert.True(sheet.IsBold("A2"));
        Assert.Equal(16, sheet.FontSize("A2"));

        Assert.Equal(["证书名称", "汽车运用与维修（中级）", "培训学院", "汽车工程学院", ""], sheet.Row(3, 'E'));
        Assert.Equal(["培训专业", "汽车检测与维修技术", "培训课程", "汽车动力与驱动系统综合分析技术", ""], sheet.Row(4, 'E'));
        Assert.Equal(["培训学时", "32", "培训时间", "2025年6月2日至2025年6月20日", ""], sheet.Row(5, 'E'));
        Assert.Equal(["培训人数", "40", "培训地点", "实训楼A201", ""], sheet.Row(6, 'E'));
        Assert.Equal(32m, sheet.Number("B5"));
        Assert.Equal(40m, sheet.Number("B6"));
        Assert.Contains("D3:E3", sheet.Merges);

        Assert.Equal("培训教师", sheet.Text("A7"));
        Assert.Contains("A7:E7", sheet.Merges);
        Assert.Equal(["序号", "姓名", "职称/职务", "承担任务", "培训资格证书（有/无）"], sheet.Row(8, 'E'));
        Assert.Equal(["1", "张伟", "副教授", "理论讲授", "有"], sheet.Row(9, 'E'));
        Assert.Equal(["2", "李娜", "讲师", "实操指导", "无"], sheet.Row(10, 'E'));
        Assert.True(sheet.HasBorder("E10"));

        Assert.Equal("学院意见", sheet.Text("A11"));
        Assert.Contains("A11:A12", sheet.Merges);
        Assert.Equal("学院院长签字（盖章）：                    年      月      日", sheet.Text("B12"));
        Assert.Equal("教务处意见", sheet.Text("A13"));
        Assert.StartsWith("教务处处长签字（盖章）：", sheet.Text("B14"), StringComparison.Ordinal);
        Assert.EndsWith("年      月      日", sheet.Text("B14"), StringComparison.Ordinal);
        Assert.Equal("注：需附 1+X 课表，培训课程标准。", sheet.Text("A15"));
        Assert.Equal("附件情况：1+X 课表 已附；培训课程标准 未附", sheet.Text("A16"));
        Assert.Equal("填表日期：2025年5月20日", sheet.Text("A17"));
        Assert.Equal(17, sheet.LastRow);
    }

    [Fact]
    public void LayOutTheExamFilingLikeAttachment2WithTheModeTickedAndTimesInChinaTime_JL_FORM_2()
    {
        var sheet = Workbook.Open(JilinForms.ExamFiling(Header, Exam));

        Assert.Equal("附件2", sheet.Text("A1"));
        Assert.Equal("吉林交通职业技术学院 1+X 证书考核备案表", sheet.Text("A2"));
        Assert.Contains("A2:E2", sheet.Merges);
        Assert.Equal(["证书名称", "汽车运用与维修（中级）", "考核学院", "汽车工程学院", ""], sheet.Row(3, 'E'));
        Assert.Equal(["考核专业", "汽车检测与维修技术", "考核日期", "2025年6月28日", ""], sheet.Row(4, 'E'));
        Assert.Equal(["培训人数", "38", "考核类别", "□机考  □笔试  ☑实践操作", ""], sheet.Row(5, 'E'));
        Assert.Equal(["培训地点", "实训楼A201", "", "", ""], sheet.Row(6, 'E'));
        Assert.Contains("B6:E6", sheet.Merges);

        Assert.Equal("监考教师", sheet.Text("A7"));
        Assert.Equal(["序号", "姓名", "监考地点", "监考时间", "考评资格证书（有/无）"], sheet.Row(8, 'E'));
        Assert.Equal(["1", "孙丽", "A201", "2025-06-28 09:00–11:00", "有"], sheet.Row(9, 'E'));
        Assert.Equal(["2", "周强", "A202", "2025-06-28 14:00–16:30", "无"], sheet.Row(10, 'E'));

        Assert.Equal("学院意见", sheet.Text("A11"));
        Assert.StartsWith("学院院长签字（盖章）：", sheet.Text("B12"), StringComparison.Ordinal);
        Assert.Equal("教务处意见", sheet.Text("A13"));
        Assert.StartsWith("教务处处长签字（盖章）：", sheet.Text("B14"), StringComparison.Ordinal);
        Assert.Equal("注：需附考核安排方案。", sheet.Text("A15"));
        Assert.Equal("附件情况：考核安排方案 已附", sheet.Text("A16"));
        Assert.Equal("填表日期：2025年5月20日", sheet.Text("A17"));
    }

    [Theory]
    [InlineData(ExamMode.Computer, "☑机考  □笔试  □实践操作")]
    [InlineData(ExamMode.Written, "□机考  ☑笔试  □实践操作")]
    public void TickTheExamsModeAmongTheThree_JL_FORM_2(ExamMode mode, string expected)
    {
        var sheet = Workbook.Open(JilinForms.ExamFiling(Header, Exam with { Mode = mode }));

        Assert.Equal(expected, sheet.Text("D5"));
    }

    [Fact]
    public void KeepABlankTeacherRowAndTheOpinionsWhenNoTeacherIsListed_JL_FORM_1()
    {
        var sheet = Workbook.Open(JilinForms.TrainingFiling(Header with { CertificateLevel = null }, Training with { Teachers = [], Major = null }));

        Assert.Equal("汽车运用与维修", sheet.Text("B3"));
        Assert.Equal("", sheet.Text("B4"));
        Assert.Equal(["", "", "", "", ""], sheet.Row(9, 'E'));
        Assert.True(sheet.HasBorder("C9"));
        Assert.Equal("学院意见", sheet.Text("A10"));
    }

    [Fact]
    public void PrintOnePageWideWithinThePrintArea()
    {
        var sheet = Workbook.Open(JilinForms.TrainingFiling(Header, Training));

        Assert.Equal("'附件1'!$A$1:$E$17", sheet.DefinedNames["_xlnm.Print_Area"]);
        Assert.True(sheet.FitToPage);
        Assert.Equal(1u, sheet.FitToWidth);
        Assert.Equal(0u, sheet.FitToHeight);
        Assert.False(sheet.Landscape);
        Assert.All(Enumerable.Range(1, 5), c => Assert.True(sheet.Widths[c] >= 12));
    }

    [Fact]
    public void GiveTheSameBytesForTheSameFormAndNoFormulas()
    {
        var first = JilinForms.TrainingFiling(Header, Training);
        var second = JilinForms.TrainingFiling(Header, Training);
        var nextDay = JilinForms.TrainingFiling(Header with { PreparedOn = new DateOnly(2025, 5, 21) }, Training);

        Assert.Equal(first, second);
        Assert.NotEqual(first, nextDay);
        Assert.Equal(JilinForms.ExamFiling(Header, Exam), JilinForms.ExamFiling(Header, Exam));
        Assert.Equal(0, Workbook.Open(first).Formulas);
    }

    [Fact]
    public void WriteFormulaLikeAndControlCharacterTextAsPlainText()
    {
        var filing = Training with { Teachers = [new FilingTeacher("=HYPERLINK(\"http://x\")", "讲师\u0007", "+1", true)] };

        var sheet = Workbook.Open(JilinForms.TrainingFiling(Header, filing));

        Assert.Equal(["1", "=HYPERLINK(\"http://x\")", "讲师", "+1", "有"], sheet.Row(9, 'E'));
        Assert.Equal(0, sheet.Formulas);
    }

    [Fact]
    public void NameTheDownloadAfterTheAttachmentAndTheProject()
    {
        var training = JilinForms.TrainingFilingFile(Header, Training);
        var exam = JilinForms.ExamFilingFile(Header with { ProjectKey = "JLJT/2025:001" }, Exam);

        Assert.Equal("附件1-培训备案表-JLJT-2025-001.xlsx", training.FileName);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", training.ContentType);
        Assert.Equal(JilinForms.TrainingFiling(Header, Training), training.Content);
        Assert.Equal("附件2-考核备案表-JLJT_2025_001.xlsx", exam.FileName);
        Assert.Equal("附件3-教学费用表-P1.xlsx", JilinForms.FileName(JilinForm.TeachingFees, "P1"));
        Assert.Equal("附件4-考务费用表-P1.xlsx", JilinForms.FileName(JilinForm.ExamFees, "P1"));
    }

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0) =>
        new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(8)).ToUniversalTime();
}
