using OnePlusX.Policies;
using OnePlusX.Silo.Forms.Xlsx;

namespace OnePlusX.Silo.Forms;

/// <summary>
/// 附件3 课程教学工作费用表 (JL-FORM-3) and 附件4 考核工作费用表 (JL-FORM-4): the header line, the table with the
/// original headings, the total in figures and in capital words, the signature and date lines, and below them
/// the parameters the table was computed with.
/// </summary>
internal static class FeeForms
{
    /// <summary>附件3's columns, as printed.</summary>
    public static readonly IReadOnlyList<string> TeachingHeadings = ["序号", "姓名", "职称", "课程名称", "人数", "学时", "系数", "课时标准（元）", "金额（元）", "备注"];

    /// <summary>附件4's columns, as printed.</summary>
    public static readonly IReadOnlyList<string> ExamHeadings = ["序号", "姓名", "考核方式", "考核人员类别", "参与次数", "标准（元）", "金额（元）", "考核证书名称", "备注"];

    /// <summary>The table heading's row on both fee forms (frozen, and repeated on every printed page).</summary>
    public const int HeadingRow = 4;

    public static SheetBuilder Teaching(FormHeader header, FeeTable table)
    {
        var sheet = NewSheet("附件3", TeachingHeadings.Count, 6, 10, 10, 22, 7, 8, 7, 12, 12, 16);
        var row = FormLayout.Heading(sheet, 3, $"{header.CollegeName?.Trim()}1+X证书课程教学工作费用表");
        row = HeaderLine(sheet, row, header, table);
        row = FormLayout.TableHeading(sheet, row, TeachingHeadings);
        foreach (var line in table.Lines)
        {
            var (title, course) = FormText.TitleAndCourse(line.Description);
            sheet.Number(row, 1, line.Number, CellStyle.Whole);
            sheet.Text(row, 2, line.Name, CellStyle.Value);
            sheet.Text(row, 3, title, CellStyle.Value);
            sheet.Text(row, 4, course, CellStyle.Value);
            if (line.Students is { } students)
            {
                sheet.Number(row, 5, students, CellStyle.Whole);
            }
            else
            {
                sheet.Blank(row, 5, CellStyle.Whole);
            }

            sheet.Number(row, 6, line.Quantity, CellStyle.Quantity);
            sheet.Number(row, 7, line.Coefficient, CellStyle.Coefficient);
            sheet.Number(row, 8, line.Rate, CellStyle.Yuan);
            sheet.Number(row, 9, line.Amount, CellStyle.Yuan);
            sheet.Text(row, 10, line.Remarks, CellStyle.Value);
            sheet.Height(row++, 20);
        }

        return Footer(sheet, row, header, table, amountColumn: 9);
    }

    public static SheetBuilder Exam(FormHeader header, FeeTable table)
    {
        var sheet = NewSheet("附件4", ExamHeadings.Count, 6, 10, 10, 12, 10, 10, 12, 22, 16);
        var row = FormLayout.Heading(sheet, 4, $"{header.CollegeName?.Trim()}1+X证书考核工作费用表");
        row = HeaderLine(sheet, row, header, table);
        row = FormLayout.TableHeading(sheet, row, ExamHeadings);
        var mode = header.ExamMode is { } m ? FormText.Mode(m) : "";
        var certificate = FormText.Certificate(header.CertificateName, header.CertificateLevel);
        foreach (var line in table.Lines)
        {
            sheet.Number(row, 1, line.Number, CellStyle.Whole);
            sheet.Text(row, 2, line.Name, CellStyle.Value);
            sheet.Text(row, 3, mode, CellStyle.Value);
            sheet.Text(row, 4, FormText.Category(line.Type), CellStyle.Value);
            sheet.Number(row, 5, line.Quantity, CellStyle.QuantityIn(line.Unit));
            sheet.Number(row, 6, line.Rate, CellStyle.Yuan);
            sheet.Number(row, 7, line.Amount, CellStyle.Yuan);
            sheet.Text(row, 8, certificate, CellStyle.Value);
            sheet.Text(row, 9, line.Remarks, CellStyle.Value);
            sheet.Height(row++, 20);
        }

        return Footer(sheet, row, header, table, amountColumn: 7);
    }

    private static SheetBuilder NewSheet(string name, int columns, params double[] widths)
    {
        var sheet = new SheetBuilder(name, columns) { Landscape = true, FrozenRows = HeadingRow, PrintTitleRows = (HeadingRow, HeadingRow) };
        sheet.SetWidths(widths);
        return sheet;
    }

    /// <summary>二级学院, certificate and the day the table was computed for, in three parts of one line.</summary>
    private static int HeaderLine(SheetBuilder sheet, int row, FormHeader header, FeeTable table)
    {
        var n = sheet.Columns;
        var style = CellStyle.Signature;
        sheet.Merged(row, 1, 4, $"二级学院：{header.SchoolName?.Trim()}", style);
        sheet.Merged(row, 5, n - 2, $"证书名称：{FormText.Certificate(header.CertificateName, header.CertificateLevel)}", style);
        sheet.Merged(row, n - 1, n, $"计算日期：{FormText.Date(table.ComputedFor)}", style with { Align = Align.Right });
        sheet.Height(row, 22);
        return row + 1;
    }

    private static SheetBuilder Footer(SheetBuilder sheet, int row, FormHeader header, FeeTable table, int amountColumn)
    {
        var n = sheet.Columns;

        // The total row: 合计（元）, the total in capital words, the total in figures under the amount column.
        sheet.Merged(row, 1, 2, "合计（元）", CellStyle.Label);
        sheet.Merged(row, 3, amountColumn - 1, $"人民币（大写）：{Money.InWords(table.Total)}", CellStyle.LeftValue with { Bold = true });
        sheet.Number(row, amountColumn, table.Total, CellStyle.YuanTotal);
        if (amountColumn < n)
        {
            sheet.Merged(row, amountColumn + 1, n, "", CellStyle.Value);
        }

        sheet.Height(row, 24);
        row += 2;

        var preparedBy = string.IsNullOrWhiteSpace(header.PreparedBy) ? "" : header.PreparedBy.Trim();
        Signatures(sheet, row++, $"制表人：{preparedBy}", "审核人：", "部门负责人（签字盖章）：");
        Signatures(sheet, row++, "教务处审核人：", "教务处负责人：", "");
        sheet.Merged(row++, n - 3, n, $"制表日期：{FormText.Date(header.PreparedOn)}", CellStyle.Signature with { Align = Align.Right });
        row++;

        return ParameterBlock(sheet, row, table);
    }

    private static void Signatures(SheetBuilder sheet, int row, string first, string second, string third)
    {
        var n = sheet.Columns;
        sheet.Merged(row, 1, 3, first, CellStyle.Signature);
        sheet.Merged(row, 4, 6, second, CellStyle.Signature);
        sheet.Merged(row, 7, n, third, CellStyle.Signature);
        sheet.Height(row, 28);
    }

    /// <summary>
    /// The parameters the table was computed with (FeeTable.Parameters), so the printed sheet documents the rates
    /// used: key, value, effective from, whether it is a sample value, whether the college set it; then the rules.
    /// </summary>
    private static SheetBuilder ParameterBlock(SheetBuilder sheet, int row, FeeTable table)
    {
        var n = sheet.Columns;
        var small = CellStyle.LeftValue with { FontSize = 9 };
        var smallLabel = CellStyle.Label with { FontSize = 9 };
        row = FormLayout.Note(sheet, row, $"计算参数（{table.PolicyCode} 政策，按 {FormText.IsoDate(table.ComputedFor)} 有效值计算）", CellStyle.Note with { Bold = true, Wrap = false });

        sheet.Merged(row, 1, 4, "参数", smallLabel);
        sheet.Merged(row, 5, n - 4, "取值", smallLabel);
        sheet.Merged(row, n - 3, n - 2, "生效日期", smallLabel);
        sheet.Text(row, n - 1, "示例值", smallLabel);
        sheet.Text(row++, n, "学院设定", smallLabel);
        var keyWidth = sheet.Widths.Take(4).Sum();
        foreach (var parameter in table.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            sheet.Merged(row, 1, 4, parameter.Key, small);
            sheet.Merged(row, 5, n - 4, parameter.Value, small);
            sheet.Merged(row, n - 3, n - 2, FormText.IsoDate(parameter.EffectiveFrom), small with { Align = Align.Center });
            sheet.Text(row, n - 1, FormText.YesOrNo(parameter.IsSample), small with { Align = Align.Center });
            sheet.Text(row, n, FormText.YesOrNo(parameter.SetByTenant), small with { Align = Align.Center });

            // Merged cells never grow to fit wrapped text: give long keys a second line.
            sheet.Height(row++, parameter.Key.Length > keyWidth || parameter.Value.Length > 24 ? 26 : 15);
        }

        row = FormLayout.Note(sheet, row, $"依据规则：{string.Join("、", table.RuleIds)}", CellStyle.Note with { Wrap = false });
        if (table.UsesSampleParameters)
        {
            FormLayout.Note(sheet, row, "注：示例值为政策文本未规定、学院尚未设定本校标准的参考值。", CellStyle.Note with { Wrap = false });
        }

        return sheet;
    }
}
