using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OnePlusX.Silo.Tests.Rosters;

/// <summary>A cell the test writes into a workbook as Excel would: a formula's cached value, or an error value.</summary>
internal sealed record XlsxCell(string Value, CellValues Type, string? Formula = null);

/// <summary>Roster files as colleges send them: CSV in several encodings, and XLSX workbooks written with OpenXml.</summary>
internal static class RosterFiles
{
    public static Encoding Gbk { get; } = CodePagesEncodingProvider.Instance.GetEncoding(936)!;

    public static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    public static byte[] Utf8WithBom(string text) => [0xEF, 0xBB, 0xBF, .. Utf8(text)];

    public static byte[] GbkBytes(string text) => Gbk.GetBytes(text);

    public static byte[] Utf16WithBom(string text) => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)];

    /// <summary>
    /// A workbook whose first sheet holds <paramref name="rows"/> from row 1 (null rows are left out, so a gap is a
    /// blank row); strings go to the shared-string table, decimals and ints are number cells, bools are boolean
    /// cells, <see cref="XlsxCell"/>s are written as given. A second sheet with other data follows.
    /// </summary>
    public static byte[] Xlsx(params object?[]?[] rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var strings = new List<string>();
            var first = workbook.AddNewPart<WorksheetPart>();
            first.Worksheet = Sheet(rows, strings);
            var second = workbook.AddNewPart<WorksheetPart>();
            second.Worksheet = Sheet([["学号", "姓名"], ["X", "不是名单"]], strings);
            workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = new SharedStringTable(strings.Select(s => new SharedStringItem(new Text(s))));
            workbook.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(new Sheets(
                new Sheet { Name = "学生名单", SheetId = 1, Id = workbook.GetIdOfPart(first) },
                new Sheet { Name = "说明", SheetId = 2, Id = workbook.GetIdOfPart(second) }));
        }

        return stream.ToArray();
    }

    private static Worksheet Sheet(object?[]?[] rows, List<string> strings)
    {
        var data = new SheetData();
        for (var r = 0; r < rows.Length; r++)
        {
            if (rows[r] is not { } values)
            {
                continue;
            }

            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < values.Length; c++)
            {
                if (values[c] is { } value)
                {
                    row.Append(Cell($"{(char)('A' + c)}{r + 1}", value, strings));
                }
            }

            data.Append(row);
        }

        return new Worksheet(data);
    }

    private static Cell Cell(string reference, object value, List<string> strings) => value switch
    {
        string s => new Cell(new CellValue(Share(s, strings).ToString(CultureInfo.InvariantCulture))) { CellReference = reference, DataType = CellValues.SharedString },
        decimal or int or double => new Cell(new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!)) { CellReference = reference },
        bool b => new Cell(new CellValue(b ? "1" : "0")) { CellReference = reference, DataType = CellValues.Boolean },
        XlsxCell x when x.Type == CellValues.InlineString => new Cell(new InlineString(new Text(x.Value))) { CellReference = reference, DataType = CellValues.InlineString },
        XlsxCell x => new Cell(x.Formula is null ? new OpenXmlElement[] { new CellValue(x.Value) } : new OpenXmlElement[] { new CellFormula(x.Formula), new CellValue(x.Value) }) { CellReference = reference, DataType = x.Type },
        _ => throw new ArgumentException($"No cell for {value.GetType()}."),
    };

    private static int Share(string text, List<string> strings)
    {
        var index = strings.IndexOf(text);
        if (index < 0)
        {
            strings.Add(text);
            index = strings.Count - 1;
        }

        return index;
    }
}
