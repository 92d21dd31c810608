using OnePlusX.Policies;
using OnePlusX.Policies.Jljt;
using OnePlusX.Silo.Forms;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.Tests.Forms;

/// <summary>
/// 附件3 and 附件4 written from fee tables that JLJT's real policy computed, read back cell by cell: the figures,
/// the total in figures and in capital words, the signature lines and the parameters the table was computed with.
/// </summary>
public sealed class FeeFormsShould
{
    private static readonly IPilotPolicy Jljt =
        new PolicyCatalog(PolicyCatalog.Plugins(), new Dictionary<string, string> { ["JLJT"] = "JLJT" }).ForTenant(TenantId.From("JLJT"));

    private static readonly FormHeader Header =
        new("吉林交通职业技术学院", "汽车工程学院", "汽车运用与维修", "中级", "JLJT-2025-001", new DateOnly(2025, 7, 1)) { ExamMode = ExamMode.Practical, PreparedBy = "王芳" };

    [Fact]
    public void WriteTheTeachingFeeTableWithItsFiguresAndTheTotalInWords_JL_FORM_3_JL_PAY_1()
    {
        var table = TeachingTable();

        var sheet = Workbook.Open(JilinForms.TeachingFees(Header, table));

        Assert.Equal("附件3", sheet.Text("A1"));
        Assert.Equal("吉林交通职业技术学院1+X证书课程教学工作费用表", sheet.Text("A2"));
        Assert.Contains("A2:J2", sheet.Merges);
        Assert.Equal("二级学院：汽车工程学院", sheet.Text("A3"));
        Assert.Equal("证书名称：汽车运用与维修（中级）", sheet.Text("E3"));
        Assert.Equal("计算日期：2025年6月30日", sheet.Text("I3"));
        Assert.Equal(["序号", "姓名", "职称", "课程名称", "人数", "学时", "系数", "课时标准（元）", "金额（元）", "备注"], sheet.Row(4, 'J'));

        // hours × 50 yuan × the student-number coefficient (JL-PAY-1 defaults); cells hold numbers, shown as 1.0 and 400.00.
        Assert.Equal(["1", "张伟", "副教授", "汽车检测", "40", "8", "1", "50", "400", "理论"], sheet.Row(5, 'J'));
        Assert.Equal(["2", "李娜", "讲师", "汽车检测", "41", "6", "1.1", "50", "330", ""], sheet.Row(6, 'J'));
        Assert.Equal(["3", "王强", "讲师", "汽车检测", "90", "3.3", "1.3", "50", "214.5", ""], sheet.Row(7, 'J'));
        Assert.Equal(["4", "赵敏", "助教", "汽车检测", "30", "5.8", "1", "50", "290", ""], sheet.Row(8, 'J'));
        Assert.Equal(214.50m, sheet.Number("I7"));
        Assert.Equal("#,##0.00", sheet.NumberFormat("I7"));
        Assert.Equal("0.0#", sheet.NumberFormat("G7"));

        Assert.Equal(["合计（元）", "", "人民币（大写）：壹仟贰佰叁拾肆元伍角整", "", "", "", "", "", "1234.5", ""], sheet.Row(9, 'J'));
        Assert.Equal(1234.50m, sheet.Number("I9"));
        Assert.Equal("#,##0.00", sheet.NumberFormat("I9")); // shown as 1,234.50
        Assert.True(sheet.IsBold("I9"));
        Assert.Contains("A9:B9", sheet.Merges);
        Assert.Contains("C9:H9", sheet.Merges);

        AssertSignatures(sheet, 11, 'J');
        AssertParameters(sheet, table, 'J');
        Assert.Equal("依据规则：JL-FORM-3、JL-PAY-1", sheet.Text($"A{sheet.RowOf("依据规则：JL-FORM-3、JL-PAY-1")}"));
        Assert.Equal("注：示例值为政策文本未规定、学院尚未设定本校标准的参考值。", sheet.Text($"A{sheet.LastRow}"));
    }

    [Fact]
    public void WriteTheExamWorkFeeTableWithEachRolesRateAndTheTotalInWords_JL_FORM_4_JL_PAY_2_JL_PAY_3_JL_PAY_4()
    {
        // The college pays its examiners 850 a day from 2025 (set by the college, not a sample).
        var schedule = new ParameterSchedule([new ParameterValue(JljtParameters.ExaminerDailyRate, new DateOnly(2025, 1, 1), "850")]);
        var table = ExamTable(schedule);

        var sheet = Workbook.Open(JilinForms.ExamFees(Header, table));

        Assert.Equal("附件4", sheet.Text("A1"));
        Assert.Equal("吉林交通职业技术学院1+X证书考核工作费用表", sheet.Text("A2"));
        Assert.Contains("A2:I2", sheet.Merges);
        Assert.Equal("二级学院：汽车工程学院", sheet.Text("A3"));
        Assert.Equal("计算日期：2025年6月28日", sheet.Text("H3"));
        Assert.Equal(["序号", "姓名", "考核方式", "考核人员类别", "参与次数", "标准（元）", "金额（元）", "考核证书名称", "备注"], sheet.Row(4, 'I'));

        var certificate = "汽车运用与维修（中级）";
        Assert.Equal(["1", "赵敏", "实践操作", "考评员", "2", "850", "1700", certificate, ""], sheet.Row(5, 'I')); // JL-PAY-2: 2 days × 850
        Assert.Equal(["2", "钱进", "实践操作", "考评员", "0.5", "850", "425", certificate, ""], sheet.Row(6, 'I'));
        Assert.Equal(["3", "孙丽", "实践操作", "监考人员", "2", "100", "200", certificate, ""], sheet.Row(7, 'I')); // JL-PAY-3: 2 sessions × 100
        Assert.Equal(["4", "吴刚", "实践操作", "工作人员", "1", "200", "200", certificate, ""], sheet.Row(8, 'I')); // JL-PAY-4: 200 per person
        Assert.Equal(["5", "耗材", "实践操作", "设备耗材", "1", "350.5", "350.5", certificate, ""], sheet.Row(9, 'I'));
        Assert.Equal("General\" 天\"", sheet.NumberFormat("E5"));
        Assert.Equal("General\" 场\"", sheet.NumberFormat("E7"));
        Assert.Equal("General\" 人·项目\"", sheet.NumberFormat("E8"));

        Assert.Equal(["合计（元）", "", "人民币（大写）：贰仟捌佰柒拾伍元伍角整", "", "", "", "2875.5", "", ""], sheet.Row(10, 'I'));
        Assert.Equal(2875.50m, sheet.Number("G10"));
        Assert.Equal(table.Total, sheet.Number("G10"));
        Assert.Equal("#,##0.00", sheet.NumberFormat("G10"));
        Assert.Contains("C10:F10", sheet.Merges);

        AssertSignatures(sheet, 12, 'I');
        AssertParameters(sheet, table, 'I');
        var rate = sheet.RowOf(JljtParameters.ExaminerDailyRate);
        Assert.Equal([JljtParameters.ExaminerDailyRate, "", "", "", "850", "2025-01-01", "", "否", "是"], sheet.Row(rate, 'I'));
        Assert.Equal("依据规则：JL-FORM-4、NAT-FEE-1、JL-PAY-2、JL-PAY-3、JL-PAY-4", sheet.Text($"A{sheet.LastRow}"));
    }

    [Fact]
    public void FreezeAndRepeatTheTableHeadingAndPrintLandscapeOnePageWide_JL_FORM_3()
    {
        var sheet = Workbook.Open(JilinForms.TeachingFees(Header, TeachingTable()));

        Assert.Equal(4, sheet.FrozenRows);
        Assert.Equal("'附件3'!$4:$4", sheet.DefinedNames["_xlnm.Print_Titles"]);
        Assert.Equal($"'附件3'!$A$1:$J${sheet.LastRow}", sheet.DefinedNames["_xlnm.Print_Area"]);
        Assert.True(sheet.Landscape);
        Assert.True(sheet.FitToPage);
        Assert.Equal((1u, 0u), (sheet.FitToWidth!.Value, sheet.FitToHeight!.Value));
        Assert.True(sheet.Widths[4] > sheet.Widths[1]); // the course name is wider than 序号
    }

    [Fact]
    public void GiveTheSameBytesForTheSameTable_JL_FORM_4()
    {
        var table = ExamTable(ParameterSchedule.Defaults);

        Assert.Equal(JilinForms.ExamFees(Header, table), JilinForms.ExamFees(Header, table));
        Assert.Equal(JilinForms.TeachingFees(Header, TeachingTable()), JilinForms.TeachingFees(Header, TeachingTable()));
        var file = JilinForms.ExamFeesFile(Header, table);
        Assert.Equal(("附件4-考务费用表-JLJT-2025-001.xlsx", JilinForms.XlsxContentType), (file.FileName, file.ContentType));
    }

    [Fact]
    public void LeaveTheModeBlankAndTheSignatureOpenWhenTheHeaderDoesNotGiveThem_JL_FORM_4()
    {
        var sheet = Workbook.Open(JilinForms.ExamFees(Header with { ExamMode = null, PreparedBy = null, CertificateLevel = null }, ExamTable(ParameterSchedule.Defaults)));

        Assert.Equal("", sheet.Text("C5"));
        Assert.Equal("汽车运用与维修", sheet.Text("H5"));
        Assert.Equal("制表人：", sheet.Text("A12"));
    }

    private static FeeTable TeachingTable()
    {
        var facts = new TrainingFeeFacts(new DateOnly(2025, 6, 30),
        [
            Teaching("张伟", "副教授", 40, 8m, "理论"), //  8 × 50 × 1.0 = 400.00
            Teaching("李娜", "讲师", 41, 6m), //            6 × 50 × 1.1 = 330.00
            Teaching("王强", "讲师", 90, 3.3m), //        3.3 × 50 × 1.3 = 214.50
            Teaching("赵敏", "助教", 30, 5.8m), //        5.8 × 50 × 1.0 = 290.00
        ]);
        var result = Jljt.ComputeTrainingFees(facts, ParameterSchedule.Defaults);
        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(1234.50m, result.Value.Total);
        return result.Value;
    }

    private static FeeTable ExamTable(ParameterSchedule schedule)
    {
        var morning = new ExamSitting("A201", At(9), At(11));
        var afternoon = new ExamSitting("A201", At(14), At(16));
        var facts = new ExamFeeFacts(new DateOnly(2025, 6, 28), "汽车运用与维修", ExamMode.Practical,
            [
                new ExamWorker("赵敏", ExamRole.Examiner, true, true, [], 2m),
                new ExamWorker("钱进", ExamRole.Examiner, false, true, [], 0.5m),
                new ExamWorker("孙丽", ExamRole.Invigilator, true, false, [morning, afternoon]),
                new ExamWorker("吴刚", ExamRole.ExamStaff, true, false, [morning]),
            ],
            [new CostItem(CostType.EquipmentAndConsumables, "耗材", 350.50m)]);
        var result = Jljt.ComputeExamFees(facts, schedule);
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Value;
    }

    private static void AssertSignatures(Workbook sheet, int row, char last)
    {
        Assert.Equal("制表人：王芳", sheet.Text($"A{row}"));
        Assert.Equal("审核人：", sheet.Text($"D{row}"));
        Assert.Equal("部门负责人（签字盖章）：", sheet.Text($"G{row}"));
        Assert.Equal("教务处审核人：", sheet.Text($"A{row + 1}"));
        Assert.Equal("教务处负责人：", sheet.Text($"D{row + 1}"));
        Assert.Equal("制表日期：2025年7月1日", sheet.Text($"{(char)(last - 3)}{row + 2}"));
    }

    /// <summary>Every parameter of the table, by key: value, effective from, sample flag, set by the college.</summary>
    private static void AssertParameters(Workbook sheet, FeeTable table, char last)
    {
        var heading = sheet.RowOf("参数");
        Assert.StartsWith($"计算参数（JLJT 政策，按 {table.ComputedFor:yyyy-MM-dd} 有效值计算）", sheet.Text($"A{heading - 1}"), StringComparison.Ordinal);
        var n = last - 'A' + 1;
        string Column(int c) => ((char)('A' + c - 1)).ToString();
        Assert.Equal(("取值", "生效日期", "示例值", "学院设定"), (sheet.Text($"E{heading}"), sheet.Text($"{Column(n - 3)}{heading}"), sheet.Text($"{Column(n - 1)}{heading}"), sheet.Text($"{Column(n)}{heading}")));
        Assert.Contains($"A{heading}:D{heading}", sheet.Merges);
        var expected = table.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        for (var i = 0; i < expected.Count; i++)
        {
            var row = heading + 1 + i;
            var p = expected[i];
            Assert.Equal(
                (p.Key, p.Value, p.EffectiveFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), p.IsSample ? "是" : "否", p.SetByTenant ? "是" : "否"),
                (sheet.Text($"A{row}"), sheet.Text($"E{row}"), sheet.Text($"{Column(n - 3)}{row}"), sheet.Text($"{Column(n - 1)}{row}"), sheet.Text($"{Column(n)}{row}")));
        }
    }

    private static TeachingAssignment Teaching(string name, string title, int students, decimal hours, string? remarks = null) =>
        new(name, title, "汽车检测", students, [new TeachingDay(new DateOnly(2025, 6, 2), hours)], remarks);

    private static DateTimeOffset At(int hour) => new DateTimeOffset(2025, 6, 28, hour, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime();
}
