using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OnePlusX.Silo.Tests.Forms;

/// <summary>
/// The first worksheet of an XLSX file as the tests read it back with DocumentFormat.OpenXml: cell texts and
/// numbers, number formats, fonts and borders, merges, column widths, frozen rows, print setup and defined names.
/// </summary>
internal sealed class Workbook
{
    private readonly Dictionary<string, Cell> _cells = new(StringComparer.Ordinal);
    private readonly List<string> _strings;
    private readonly Stylesheet _styles;

    private Workbook(SpreadsheetDocument document)
    {
        var workbookPart = document.WorkbookPart!;
        var sheet = workbookPart.Workbook.Sheets!.Elements<Sheet>().First();
        SheetName = sheet.Name!.Value!;
        var worksheet = ((WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!)).Worksheet;
        _strings = workbookPart.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        _styles = workbookPart.WorkbookStylesPart!.Stylesheet;
        foreach (var cell in worksheet.Descendants<Cell>())
        {
            _cells[cell.CellReference!.Value!] = (Cell)cell.CloneNode(true);
        }

        Merges = worksheet.Descendants<MergeCell>().Select(m => m.Reference!.Value!).ToList();
        Widths = worksheet.Descendants<Column>().ToDictionary(c => (int)c.Min!.Value, c => c.Width!.Value);
        var pane = worksheet.Descendants<Pane>().SingleOrDefault();
        FrozenRows = pane?.State?.Value == PaneStateValues.Frozen ? (int)(pane.VerticalSplit?.Value ?? 0) : 0;
        var setup = worksheet.Descendants<PageSetup>().Single();
        FitToWidth = setup.FitToWidth?.Value;
        FitToHeight = setup.FitToHeight?.Value;
        Landscape = setup.Orientation?.Value == OrientationValues.Landscape;
        FitToPage = worksheet.Descendants<PageSetupProperties>().SingleOrDefault()?.FitToPage?.Value ?? false;
        DefinedNames = workbookPart.Workbook.DefinedNames?.Elements<DefinedName>().ToDictionary(d => d.Name!.Value!, d => d.Text) ?? [];
        Formulas = worksheet.Descendants<CellFormula>().Count();
        LastRow = worksheet.Descendants<Row>().Max(r => (int)r.RowIndex!.Value);
    }

    public string SheetName { get; }

    public IReadOnlyList<string> Merges { get; }

    public IReadOnlyDictionary<int, double> Widths { get; }

    public int FrozenRows { get; }

    public uint? FitToWidth { get; }

    public uint? FitToHeight { get; }

    public bool FitToPage { get; }

    public bool Landscape { get; }

    public IReadOnlyDictionary<string, string> DefinedNames { get; }

    public int Formulas { get; }

    public int LastRow { get; }

    public static Workbook Open(byte[] content)
    {
        using var stream = new MemoryStream(content);
        using var document = SpreadsheetDocument.Open(stream, false);
        return new Workbook(document);
    }

    /// <summary>The text of a cell ("" for a blank or missing one); a number cell gives its stored value.</summary>
    public string Text(string reference)
    {
        if (!_cells.TryGetValue(reference, out var cell) || cell.CellValue is null)
        {
            return "";
        }

        return cell.DataType?.Value == CellValues.SharedString ? _strings[int.Parse(cell.CellValue.Text, CultureInfo.InvariantCulture)] : cell.CellValue.Text;
    }

    /// <summary>The number in a cell; fails the test when the cell is not a number.</summary>
    public decimal Number(string reference)
    {
        var cell = _cells[reference];
        Assert.True(cell.DataType is null || cell.DataType.Value == CellValues.Number, $"{reference} is not a number cell.");
        return decimal.Parse(cell.CellValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>The texts of a row from column A to <paramref name="lastColumn"/>.</summary>
    public IReadOnlyList<string> Row(int row, char lastColumn) =>
        Enumerable.Range('A', lastColumn - 'A' + 1).Select(c => Text($"{(char)c}{row}")).ToList();

    /// <summary>The first row whose column-A text is <paramref name="text"/>.</summary>
    public int RowOf(string text, char column = 'A') =>
        Enumerable.Range(1, LastRow).FirstOrDefault(r => Text($"{column}{r}") == text) is var row and > 0
            ? row
            : throw new Xunit.Sdk.XunitException($"No row has '{text}' in column {column}.");

    /// <summary>The number format code of a cell ("General" for the built-in 0).</summary>
    public string NumberFormat(string reference)
    {
        var id = Format(reference).NumberFormatId?.Value ?? 0;
        return id switch
        {
            0 => "General",
            1 => "0",
            2 => "0.00",
            4 => "#,##0.00",
            _ => _styles.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId!.Value == id).FormatCode!.Value!,
        };
    }

    public bool IsBold(string reference) =>
        _styles.Fonts!.Elements<Font>().ElementAt((int)(Format(reference).FontId?.Value ?? 0)).Elements<Bold>().Any();

    public double FontSize(string reference) =>
        _styles.Fonts!.Elements<Font>().ElementAt((int)(Format(reference).FontId?.Value ?? 0)).Elements<FontSize>().Single().Val!.Value;

    public bool HasBorder(string reference)
    {
        var border = _styles.Borders!.Elements<Border>().ElementAt((int)(Format(reference).BorderId?.Value ?? 0));
        return border.LeftBorder?.Style?.Value == BorderStyleValues.Thin && border.BottomBorder?.Style?.Value == BorderStyleValues.Thin;
    }

    private CellFormat Format(string reference) =>
        _styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(_cells.TryGetValue(reference, out var cell) ? cell.StyleIndex?.Value ?? 0 : 0));
}
