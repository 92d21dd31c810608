using OnePlusX.Silo.Forms.Xlsx;

namespace OnePlusX.Silo.Forms;

/// <summary>Pieces the four forms share: the 附件N mark and title, label/value pairs, opinion boxes, note lines.</summary>
internal static class FormLayout
{
    /// <summary>Row 1 "附件N", row 2 the title merged across the form; returns the next row (3).</summary>
    public static int Heading(SheetBuilder sheet, int attachment, string title)
    {
        sheet.Text(1, 1, $"附件{attachment}", CellStyle.Attachment);
        sheet.Merged(2, 1, sheet.Columns, title, CellStyle.Title);
        sheet.Height(2, 32);
        return 3;
    }

    /// <summary>A label cell followed by its value spanning <paramref name="firstValueColumn"/>..<paramref name="lastValueColumn"/>.</summary>
    public static void Field(SheetBuilder sheet, int row, int labelColumn, string label, int firstValueColumn, int lastValueColumn, string? value)
    {
        sheet.Text(row, labelColumn, label, CellStyle.Label);
        sheet.Merged(row, firstValueColumn, lastValueColumn, value, CellStyle.Value);
    }

    /// <summary>A label cell followed by a numeric value.</summary>
    public static void Field(SheetBuilder sheet, int row, int labelColumn, string label, int valueColumn, decimal value, CellStyle style)
    {
        sheet.Text(row, labelColumn, label, CellStyle.Label);
        sheet.Number(row, valueColumn, value, style);
    }

    /// <summary>A table heading row: bold, centred, bordered, wrapped; returns the next row.</summary>
    public static int TableHeading(SheetBuilder sheet, int row, IReadOnlyList<string> headings, double height = 30)
    {
        for (var i = 0; i < headings.Count; i++)
        {
            sheet.Text(row, i + 1, headings[i], CellStyle.Label);
        }

        sheet.Height(row, height);
        return row + 1;
    }

    /// <summary>
    /// An opinion box as on 附件1 and 附件2: the label ("学院意见") in the first column over two rows, a blank box for
    /// the opinion, and the signature line with a blank date at its foot; returns the next row.
    /// </summary>
    public static int Opinion(SheetBuilder sheet, int row, string label, string signature)
    {
        sheet.Merged(row, 1, 1, label, CellStyle.Label, lastRow: row + 1);
        sheet.Merged(row, 2, sheet.Columns, "", CellStyle.Box);
        sheet.Height(row, 60);
        sheet.Merged(row + 1, 2, sheet.Columns, $"{signature}：                    年      月      日", CellStyle.Value with { Align = Align.Right });
        sheet.Height(row + 1, 24);
        return row + 2;
    }

    /// <summary>A line of small print across the form; returns the next row.</summary>
    public static int Note(SheetBuilder sheet, int row, string text, CellStyle? style = null)
    {
        sheet.Merged(row, 1, sheet.Columns, text, style ?? CellStyle.Note);
        return row + 1;
    }
}
