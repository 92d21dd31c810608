using OnePlusX.Policies;
using OnePlusX.Silo.Forms.Xlsx;

namespace OnePlusX.Silo.Forms;

/// <summary>
/// 附件1 培训备案表 (JL-FORM-1) and 附件2 考核备案表 (JL-FORM-2), five columns wide as in JLJT's policy: header fields
/// in label/value pairs, the teachers' or invigilators' table, the school's and 教务处's opinion boxes with their
/// signature lines, the note naming what must be attached, and the date the form was filled in.
/// </summary>
internal static class FilingForms
{
    /// <summary>The teachers' table of 附件1.</summary>
    public static readonly IReadOnlyList<string> TeacherHeadings = ["序号", "姓名", "职称/职务", "承担任务", "培训资格证书（有/无）"];

    /// <summary>The invigilators' table of 附件2.</summary>
    public static readonly IReadOnlyList<string> InvigilatorHeadings = ["序号", "姓名", "监考地点", "监考时间", "考评资格证书（有/无）"];

    private const int Columns = 5;

    public static SheetBuilder Training(FormHeader header, TrainingFiling filing)
    {
        var sheet = NewSheet("附件1");
        var row = FormLayout.Heading(sheet, 1, $"{header.CollegeName?.Trim()} 1+X 证书培训备案表");

        FormLayout.Field(sheet, row, 1, "证书名称", 2, 2, FormText.Certificate(filing.CertificateName, header.CertificateLevel));
        FormLayout.Field(sheet, row++, 3, "培训学院", 4, 5, filing.SchoolName);
        FormLayout.Field(sheet, row, 1, "培训专业", 2, 2, filing.Major);
        FormLayout.Field(sheet, row++, 3, "培训课程", 4, 5, filing.Course);
        FormLayout.Field(sheet, row, 1, "培训学时", 2, filing.Hours, CellStyle.Quantity);
        FormLayout.Field(sheet, row++, 3, "培训时间", 4, 5, FormText.Period(filing.StartsOn, filing.EndsOn));
        FormLayout.Field(sheet, row, 1, "培训人数", 2, filing.Headcount, CellStyle.Whole);
        FormLayout.Field(sheet, row++, 3, "培训地点", 4, 5, filing.Place);
        HeightOfFields(sheet, 3, row - 1);

        sheet.Merged(row++, 1, Columns, "培训教师", CellStyle.Label);
        row = FormLayout.TableHeading(sheet, row, TeacherHeadings);
        var number = 0;
        foreach (var teacher in filing.Teachers)
        {
            sheet.Number(row, 1, ++number, CellStyle.Whole);
            sheet.Text(row, 2, teacher.Name?.Trim(), CellStyle.Value);
            sheet.Text(row, 3, teacher.Title, CellStyle.Value);
            sheet.Text(row, 4, teacher.Task, CellStyle.Value);
            sheet.Text(row, 5, FormText.HasOrNot(teacher.HoldsQualification), CellStyle.Value);
            sheet.Height(row++, 20);
        }

        row = BlankRowIfEmpty(sheet, row, filing.Teachers.Count);
        row = Footer(sheet, row, header, "注：需附 1+X 课表，培训课程标准。", $"附件情况：1+X 课表 {FormText.Attached(filing.TimetableAttached)}；培训课程标准 {FormText.Attached(filing.CourseStandardAttached)}");
        return sheet;
    }

    public static SheetBuilder Exam(FormHeader header, ExamFiling filing)
    {
        var sheet = NewSheet("附件2");
        var row = FormLayout.Heading(sheet, 2, $"{header.CollegeName?.Trim()} 1+X 证书考核备案表");

        FormLayout.Field(sheet, row, 1, "证书名称", 2, 2, FormText.Certificate(filing.CertificateName, header.CertificateLevel));
        FormLayout.Field(sheet, row++, 3, "考核学院", 4, 5, filing.SchoolName);
        FormLayout.Field(sheet, row, 1, "考核专业", 2, 2, filing.Major);
        FormLayout.Field(sheet, row++, 3, "考核日期", 4, 5, FormText.Date(filing.ExamDate));
        FormLayout.Field(sheet, row, 1, "培训人数", 2, filing.Headcount, CellStyle.Whole);
        FormLayout.Field(sheet, row++, 3, "考核类别", 4, 5, ModeChoice(filing.Mode));

        // The original labels this row 培训地点 (it is where the exam is held); the label is kept as printed.
        FormLayout.Field(sheet, row++, 1, "培训地点", 2, 5, filing.Place);
        HeightOfFields(sheet, 3, row - 1);

        sheet.Merged(row++, 1, Columns, "监考教师", CellStyle.Label);
        row = FormLayout.TableHeading(sheet, row, InvigilatorHeadings);
        var number = 0;
        foreach (var invigilator in filing.Invigilators)
        {
            sheet.Number(row, 1, ++number, CellStyle.Whole);
            sheet.Text(row, 2, invigilator.Name?.Trim(), CellStyle.Value);
            sheet.Text(row, 3, invigilator.Room, CellStyle.Value);
            sheet.Text(row, 4, FormText.Span(invigilator.Start, invigilator.End), CellStyle.Value);
            sheet.Text(row, 5, FormText.HasOrNot(invigilator.HoldsExaminerCertificate), CellStyle.Value);
            sheet.Height(row++, 20);
        }

        row = BlankRowIfEmpty(sheet, row, filing.Invigilators.Count);
        row = Footer(sheet, row, header, "注：需附考核安排方案。", $"附件情况：考核安排方案 {FormText.Attached(filing.ExamPlanAttached)}");
        return sheet;
    }

    /// <summary>考核类别 as the original prints it, the three choices with the exam's ticked: ☑机考 □笔试 □实践操作.</summary>
    public static string ModeChoice(ExamMode mode) =>
        string.Join("  ", new[] { ExamMode.Computer, ExamMode.Written, ExamMode.Practical }.Select(m => (m == mode ? "☑" : "□") + FormText.Mode(m)));

    private static SheetBuilder NewSheet(string name)
    {
        var sheet = new SheetBuilder(name, Columns);
        sheet.SetWidths(12, 18, 14, 24, 18);
        return sheet;
    }

    private static void HeightOfFields(SheetBuilder sheet, int first, int last)
    {
        for (var r = first; r <= last; r++)
        {
            sheet.Height(r, 26);
        }
    }

    private static int BlankRowIfEmpty(SheetBuilder sheet, int row, int count)
    {
        if (count > 0)
        {
            return row;
        }

        for (var c = 1; c <= Columns; c++)
        {
            sheet.Blank(row, c, CellStyle.Value);
        }

        return row + 1;
    }

    private static int Footer(SheetBuilder sheet, int row, FormHeader header, string note, string attachments)
    {
        row = FormLayout.Opinion(sheet, row, "学院意见", "学院院长签字（盖章）");
        row = FormLayout.Opinion(sheet, row, "教务处意见", "教务处处长签字（盖章）");
        row = FormLayout.Note(sheet, row, note);
        row = FormLayout.Note(sheet, row, attachments);
        return FormLayout.Note(sheet, row, $"填表日期：{FormText.Date(header.PreparedOn)}", CellStyle.Signature with { Align = Align.Right });
    }
}
