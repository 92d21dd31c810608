using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Spreadsheet;
using OnePlusX.Exports;
using OnePlusX.Silo.Exports;

namespace OnePlusX.Silo.Tests.Exports;

/// <summary>An export file read back: its header and its rows as typed values (text, long, decimal, bool, DateOnly).</summary>
public sealed record ExportFile(IReadOnlyList<string> Header, IReadOnlyList<object?[]> Rows, IReadOnlyList<string> Sheets);

/// <summary>
/// Reads an export back with an independent reader per format: CSV with CsvHelper's reader, XLSX with the Open XML
/// SDK's DOM (a test file is small), JSON Lines with System.Text.Json. Values are typed by the documented column
/// kinds, so the comparison with the read model is by value (380.00 equals 380).
/// </summary>
public static class ExportFiles
{
    public static ExportFile Read(ExportFormat format, byte[] content, ExportDataset dataset) => Read(format, content, ExportDefinition.For(dataset).Columns);

    internal static ExportFile Read(ExportFormat format, byte[] content, IReadOnlyList<ExportColumn> columns)
    {
        return format switch
        {
            ExportFormat.Csv => Csv(content, columns),
            ExportFormat.Xlsx => Xlsx(content, columns),
            _ => JsonLines(content, columns),
        };
    }

    private static ExportFile Csv(byte[] content, IReadOnlyList<ExportColumn> columns)
    {
        Assert.True(content.AsSpan().StartsWith(Encoding.UTF8.Preamble), "A CSV export starts with the UTF-8 byte-order mark.");
        using var reader = CsvReader.Create(content[3..], CsvReaderOptions.Default with { HasHeader = false, AllowLineBreaksInQuotes = true, Mode = CsvMode.Rfc4180 });
        var records = new List<string[]>();
        while (reader.Read())
        {
            records.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i) ?? "").ToArray());
        }

        return new ExportFile(records[0], records.Skip(1).Select(r => r.Select((text, i) => text.Length == 0 ? null : Parse(text, columns[i].Kind)).ToArray()).ToList(), []);
    }

    private static ExportFile JsonLines(byte[] content, IReadOnlyList<ExportColumn> columns)
    {
        var text = new UTF8Encoding(false, true).GetString(content);
        Assert.False(text.StartsWith('\uFEFF'), "JSON Lines has no byte-order mark.");
        Assert.True(text.Length == 0 || text.EndsWith('\n'), "Every JSON line ends with LF.");
        var rows = new List<object?[]>();
        string[] header = [];
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(line);
            header = json.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
            rows.Add(columns.Select(c => Value(json.RootElement.GetProperty(c.Name), c.Kind)).ToArray());
        }

        return new ExportFile(header.Length == 0 ? columns.Select(c => c.Name).ToList() : header, rows, []);
    }

    private static ExportFile Xlsx(byte[] content, IReadOnlyList<ExportColumn> columns)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(content), false);
        // The sheets are hand-written XML: every part must be valid against the Office schemas Excel reads by.
        var invalid = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Take(5).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(invalid.Count == 0, string.Join("\n", invalid));
        var workbook = document.WorkbookPart!;
        var rows = new List<object?[]>();
        var sheets = new List<string>();
        string[] header = [];
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            sheets.Add(sheet.Name!.Value!);
            var data = ((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!)).Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
            header = data[0].Elements<Cell>().Select(c => c.InlineString!.InnerText).ToArray();
            foreach (var row in data.Skip(1))
            {
                var cells = row.Elements<Cell>().ToList();
                Assert.Equal(columns.Count, cells.Count);
                rows.Add(cells.Select((cell, i) => Cell(cell, columns[i].Kind)).ToArray());
            }
        }

        return new ExportFile(header, rows, sheets);
    }

    private static object? Cell(Cell cell, ExportColumnKind kind)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            Assert.Equal(ExportColumnKind.Text, kind);
            return cell.InlineString!.InnerText;
        }

        if (cell.CellValue is null)
        {
            return null;
        }

        var value = cell.CellValue.Text;
        if (cell.DataType?.Value == CellValues.Boolean)
        {
            Assert.Equal(ExportColumnKind.Boolean, kind);
            return value == "1";
        }

        return kind switch
        {
            ExportColumnKind.Date when cell.StyleIndex?.Value == 1 => new DateOnly(1899, 12, 30).AddDays(int.Parse(value, CultureInfo.InvariantCulture)),
            ExportColumnKind.Integer => long.Parse(value, CultureInfo.InvariantCulture),
            ExportColumnKind.Decimal => decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture),
            _ => throw new Xunit.Sdk.XunitException($"A {kind} cell holds '{value}' (style {cell.StyleIndex?.Value})."),
        };
    }

    private static object? Value(JsonElement value, ExportColumnKind kind) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.True or JsonValueKind.False when kind == ExportColumnKind.Boolean => value.GetBoolean(),
        JsonValueKind.Number when kind == ExportColumnKind.Integer => value.GetInt64(),
        JsonValueKind.Number when kind == ExportColumnKind.Decimal => value.GetDecimal(),
        JsonValueKind.String when kind == ExportColumnKind.Text => value.GetString(),
        JsonValueKind.String when kind == ExportColumnKind.Date => DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw new Xunit.Sdk.XunitException($"A {kind} column holds the JSON {value.ValueKind} {value}."),
    };

    private static object Parse(string text, ExportColumnKind kind) => kind switch
    {
        ExportColumnKind.Integer => long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
        ExportColumnKind.Decimal => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture),
        ExportColumnKind.Boolean => text switch
        {
            "true" => true,
            "false" => false,
            _ => throw new Xunit.Sdk.XunitException($"A boolean is written true or false, not '{text}'."),
        },
        ExportColumnKind.Date => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => text,
    };

    /// <summary>What CSV makes of a text value: a leading apostrophe before what a spreadsheet would run as a formula.</summary>
    public static object? AsCsv(object? value) => value is string text && text.Length > 0 && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal) ? "'" + text : value;

    /// <summary>Asserts the file holds exactly the expected rows (every row, every column), naming the first difference.</summary>
    public static void AssertRows(IReadOnlyList<object?[]> expected, ExportFile file, ExportFormat format, ExportDataset dataset)
    {
        var columns = ExportDefinition.For(dataset).Columns;
        Assert.Equal(columns.Select(c => c.Name), file.Header);
        Assert.True(expected.Count == file.Rows.Count, $"{dataset} as {format}: {file.Rows.Count} rows, the read model has {expected.Count}.");
        for (var r = 0; r < expected.Count; r++)
        {
            Assert.True(expected[r].Length == columns.Count, $"The test's SELECT of {dataset} has {expected[r].Length} columns, the export {columns.Count}.");
            for (var c = 0; c < columns.Count; c++)
            {
                var want = format == ExportFormat.Csv ? AsCsv(expected[r][c]) : expected[r][c];
                Assert.True(Equals(want, file.Rows[r][c]),
                    $"{dataset} as {format}, row {r + 1}, {columns[c].Name}: expected {Show(want)}, the file has {Show(file.Rows[r][c])}.");
            }
        }
    }

    private static string Show(object? value) => value is null ? "null" : $"{value} ({value.GetType().Name})";
}
