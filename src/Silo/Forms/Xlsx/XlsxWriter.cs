using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OnePlusX.Silo.Forms.Xlsx;

/// <summary>
/// Writes a <see cref="SheetBuilder"/> as a one-sheet XLSX workbook with DocumentFormat.OpenXml. The output is
/// deterministic: relationship ids are fixed, strings are shared in order of first use, styles are numbered in order
/// of first use, and every zip entry carries the same given date, so the same form gives the same bytes.
/// </summary>
internal static class XlsxWriter
{
    public static byte[] Write(SheetBuilder sheet, DateOnly stamp)
    {
        using var raw = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(raw, SpreadsheetDocumentType.Workbook))
        {
            // A fixed relationship id (AddWorkbookPart would draw a random one) keeps the package byte-for-byte stable.
            var workbookPart = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            var styles = new StyleRegistry();
            var strings = new List<string>();
            var stringIndex = new Dictionary<string, int>(StringComparer.Ordinal);

            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>("rId1");
            worksheetPart.Worksheet = Worksheet(sheet, styles, text =>
            {
                if (!stringIndex.TryGetValue(text, out var index))
                {
                    index = strings.Count;
                    strings.Add(text);
                    stringIndex[text] = index;
                }

                return index;
            });

            var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>("rId2");
            stylesPart.Stylesheet = styles.Build();

            var stringsPart = workbookPart.AddNewPart<SharedStringTablePart>("rId3");
            stringsPart.SharedStringTable = new SharedStringTable(strings.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })))
            {
                Count = (uint)strings.Count,
                UniqueCount = (uint)strings.Count,
            };

            workbookPart.Workbook = Workbook(sheet);
        }

        return Normalise(raw.ToArray(), stamp);
    }

    private static Workbook Workbook(SheetBuilder sheet)
    {
        var quoted = "'" + sheet.Name.Replace("'", "''", StringComparison.Ordinal) + "'";
        var names = new DefinedNames(new DefinedName($"{quoted}!$A$1:${CellRef.Column(sheet.Columns)}${sheet.LastRow}") { Name = "_xlnm.Print_Area", LocalSheetId = 0 });
        if (sheet.PrintTitleRows is { } titles)
        {
            names.Append(new DefinedName($"{quoted}!${titles.First}:${titles.Last}") { Name = "_xlnm.Print_Titles", LocalSheetId = 0 });
        }

        return new Workbook(
            new BookViews(new WorkbookView { ActiveTab = 0 }),
            new Sheets(new Sheet { Name = sheet.Name, SheetId = 1, Id = "rId1" }),
            names,
            new CalculationProperties { CalculationId = 191029 });
    }

    private static Worksheet Worksheet(SheetBuilder sheet, StyleRegistry styles, Func<string, int> share)
    {
        var view = new SheetView { TabSelected = true, WorkbookViewId = 0 };
        if (sheet.FrozenRows > 0)
        {
            var topLeft = CellRef.Of(sheet.FrozenRows + 1, 1);
            view.Append(
                new Pane { VerticalSplit = sheet.FrozenRows, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } });
        }

        var columns = new Columns(sheet.Widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true }));

        var data = new SheetData();
        foreach (var row in sheet.Cells.GroupBy(c => c.Key.Row).OrderBy(g => g.Key))
        {
            var xmlRow = new Row { RowIndex = (uint)row.Key };
            if (sheet.Heights.TryGetValue(row.Key, out var height))
            {
                xmlRow.Height = height;
                xmlRow.CustomHeight = true;
            }

            foreach (var (key, cell) in row.OrderBy(c => c.Key.Column))
            {
                xmlRow.Append(Cell(CellRef.Of(key.Row, key.Column), cell, styles, share));
            }

            data.Append(xmlRow);
        }

        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(view),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            columns,
            data);
        if (sheet.Merges.Count > 0)
        {
            worksheet.Append(new MergeCells(sheet.Merges.Select(m => new MergeCell { Reference = m.Reference })) { Count = (uint)sheet.Merges.Count });
        }

        worksheet.Append(
            new PrintOptions { HorizontalCentered = true },
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup
            {
                PaperSize = 9, // A4
                Orientation = sheet.Landscape ? OrientationValues.Landscape : OrientationValues.Portrait,
                FitToWidth = 1,
                FitToHeight = 0, // as many pages down as needed, one page wide
            });
        return worksheet;
    }

    private static Cell Cell(string reference, SheetCell cell, StyleRegistry styles, Func<string, int> share)
    {
        var xml = new Cell { CellReference = reference, StyleIndex = styles.IndexOf(cell.Style) };
        if (cell.Number is { } number)
        {
            // The shortest form, as Excel stores numbers: 400.00m → 400, 214.50m → 214.5.
            xml.CellValue = new CellValue(number.ToString("G29", CultureInfo.InvariantCulture));
        }
        else if (!string.IsNullOrEmpty(cell.Text))
        {
            xml.DataType = CellValues.SharedString;
            xml.CellValue = new CellValue(share(cell.Text).ToString(CultureInfo.InvariantCulture));
        }

        return xml;
    }

    /// <summary>Rewrites the package with every entry dated <paramref name="stamp"/>, in the same order and content.</summary>
    private static byte[] Normalise(byte[] package, DateOnly stamp)
    {
        var date = new DateTimeOffset(Math.Max(stamp.Year, 1980), stamp.Month, stamp.Day, 0, 0, 0, TimeSpan.Zero);
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = date;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
