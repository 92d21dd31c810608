using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OnePlusX.Silo.Rosters;

/// <summary>
/// Reads the first worksheet (the first tab) of an XLSX roster with DocumentFormat.OpenXml's streaming reader.
/// A cell's value is what the file stores: shared or inline strings (phonetic guides left out), numbers written
/// without exponent or trailing zeros, TRUE/FALSE, and for a formula its cached result — formulas are never
/// evaluated. Parts larger than <see cref="MaxCharactersInPart"/> are refused, so a small zip cannot unpack into
/// gigabytes of XML.
/// </summary>
internal static class XlsxRosterSource
{
    /// <summary>The most characters a part of the workbook may hold (about 20 MB of XML; 5,000 rows need far less).</summary>
    public const long MaxCharactersInPart = 10_000_000;

    /// <summary>The most row elements read, blank ones included, so a sheet of millions of empty rows is refused quickly.</summary>
    public const int MaxScannedRows = 100_000;

    /// <summary>Columns read from the left; a roster's headings must be among them.</summary>
    public const int MaxColumns = 256;

    /// <summary>The records of the first worksheet, at most <paramref name="maxRecords"/> non-blank ones; an error message when it cannot be read.</summary>
    public static (IReadOnlyList<RawRecord> Records, string? Error) Records(byte[] content, int maxRecords)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            var workbookPart = document.WorkbookPart;
            var first = workbookPart?.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (workbookPart is null || first?.Id?.Value is not { } id)
            {
                return ([], "The workbook has no worksheet.");
            }

            if (workbookPart.GetPartById(id) is not WorksheetPart worksheet)
            {
                return ([], "The first sheet of the workbook is not a worksheet (a chart sheet?); put the roster on the first tab.");
            }

            var strings = SharedStrings(workbookPart.SharedStringTablePart);
            var rows = Rows(worksheet, strings, maxRecords);
            return rows is null
                ? ([], string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The first worksheet has more than {MaxScannedRows:N0} rows, blank ones included; copy the roster into a new workbook."))
                : (rows, null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Whatever a damaged or hostile package makes the SDK throw (OpenXmlPackageException, InvalidDataException,
            // XmlException when a part exceeds MaxCharactersInPart, FileFormatException…) is the same answer to the user.
            return ([], "The file looks like a zip archive but is not a readable XLSX workbook (or unpacks to far more than a roster); save it again from Excel as .xlsx or as CSV.");
        }
    }

    private static List<string> SharedStrings(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(TextOf((SharedStringItem)reader.LoadCurrentElement()!));
            }
        }

        return strings;
    }

    /// <summary>The non-blank rows, or null when the sheet has more than <see cref="MaxScannedRows"/> row elements before enough of them.</summary>
    private static List<RawRecord>? Rows(WorksheetPart worksheet, List<string> strings, int maxRecords)
    {
        var records = new List<RawRecord>();
        var nonBlank = 0;
        var lastRow = 0;
        var scanned = 0;
        using var reader = OpenXmlReader.Create(worksheet);
        while (nonBlank < maxRecords && reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            if (++scanned > MaxScannedRows)
            {
                return null;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            var line = row.RowIndex?.Value is { } index ? (int)Math.Min(index, (uint)int.MaxValue) : lastRow + 1;
            lastRow = line;
            var cells = new List<RawCell>();
            var column = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                column = cell.CellReference?.Value is { } reference && ColumnOf(reference) is > 0 and var at ? at : column + 1;
                if (column > MaxColumns)
                {
                    break; // the roster's columns are among the first MaxColumns; cells further right are ignored
                }

                while (cells.Count < column - 1)
                {
                    cells.Add(new RawCell(""));
                }

                if (cells.Count < column)
                {
                    cells.Add(Value(cell, strings));
                }
            }

            var record = new RawRecord(line, cells);
            if (!record.IsBlank)
            {
                // Blank rows are skipped anyway; not keeping them bounds memory whatever the sheet holds.
                records.Add(record);
                nonBlank++;
            }
        }

        return records;
    }

    private static RawCell Value(Cell cell, List<string> strings)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count ? new RawCell(strings[i]) : new RawCell("");
        }

        if (type == CellValues.InlineString)
        {
            return new RawCell(cell.InlineString is { } inline ? TextOf(inline) : raw);
        }

        if (type == CellValues.Boolean)
        {
            return new RawCell(raw == "1" ? "true" : "false");
        }

        if (type == CellValues.Error)
        {
            return new RawCell(raw, IsError: true);
        }

        if (type is null || type == CellValues.Number)
        {
            // Numbers as stored (2021001, 2.021001E+6): written out in full, without trailing zeros.
            return decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? new RawCell(number.ToString("0.############################", CultureInfo.InvariantCulture))
                : new RawCell(raw);
        }

        return new RawCell(raw); // str (a formula's cached text) and d (an ISO date)
    }

    /// <summary>The text of a string item: its own text and its runs, without phonetic guides (rPh).</summary>
    private static string TextOf(OpenXmlElement item)
    {
        var text = new StringBuilder();
        foreach (var child in item.ChildElements)
        {
            if (child is Text t)
            {
                text.Append(t.Text);
            }
            else if (child is Run run)
            {
                text.Append(run.Text?.Text);
            }
        }

        return text.ToString();
    }

    /// <summary>The column of a reference: B7 → 2, AA1 → 27; 0 when it is malformed.</summary>
    private static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                column = column * 26 + (c - 'A' + 1);
                if (column > 16_384)
                {
                    return 0;
                }
            }
            else
            {
                break;
            }
        }

        return column;
    }
}
