using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OnePlusX.Silo.Exports;

/// <summary>
/// An XLSX workbook streamed with constant memory. The Open XML SDK's packages buffer every part in memory on .NET
/// (System.IO.Packaging opens the zip for update), so the package is a zip written forward only
/// (<see cref="ZipArchiveMode.Create"/>): [Content_Types].xml (worksheets are the default type of .xml parts, so it
/// can come first without knowing how many sheets follow), the relationships, the styles, the sheets as their rows
/// arrive, and the workbook last. The styles and the workbook are the SDK's element classes written with its
/// <see cref="OpenXmlWriter"/>; the sheets, which are millions of cells of five kinds, are written with a plain
/// forward-only <see cref="XmlWriter"/> (about twice as fast as the SDK's writer per cell, which made XLSX the one
/// format near its 100,000 rows/s target; docs/benchmarks.md). Never a DOM of the rows. A sheet holds at most 1,048,576 rows (Excel's limit): the header and 1,048,575 data rows;
/// the dataset continues on "name (2)", "name (3)"…, each with the header again. Text cells are inline strings (a
/// shared-string table would grow with the data), days are date-formatted serial numbers, booleans are TRUE/FALSE.
/// </summary>
internal sealed class XlsxExportWriter : ExportWriter
{
    /// <summary>Excel's rows per sheet, the header included.</summary>
    public const int ExcelMaxRows = 1_048_576;

    /// <summary>Excel's most characters in a cell; longer text is cut there (no stored text comes near it).</summary>
    private const int MaxCellText = 32_767;

    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    /// <summary>SpreadsheetML's namespace, the sheets' default one.</summary>
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static readonly XmlWriterSettings SheetSettings = new() { Encoding = new UTF8Encoding(false), CheckCharacters = false };

    private readonly ZipArchive _zip;
    private readonly string _sheetName;
    private readonly int _maxRowsPerSheet;
    private readonly List<string> _sheets = [];
    private IReadOnlyList<ExportColumn> _columns = [];
    private Stream? _sheetStream;
    private XmlWriter? _sheet;
    private int _rowsInSheet;

    /// <param name="output">Where the workbook goes; left open.</param>
    /// <param name="sheetName">The first sheet's name (later ones add " (2)", " (3)"…).</param>
    /// <param name="maxRowsPerSheet">Rows per sheet with the header; Excel's limit unless a test asks for fewer.</param>
    public XlsxExportWriter(Stream output, string sheetName, int maxRowsPerSheet = ExcelMaxRows)
    {
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);
        _sheetName = sheetName;
        _maxRowsPerSheet = maxRowsPerSheet;
    }

    public override void Begin(IReadOnlyList<ExportColumn> columns)
    {
        _columns = columns;
        WriteXml("[Content_Types].xml", xml =>
        {
            xml.WriteStartElement("Types", "http://schemas.openxmlformats.org/package/2006/content-types");
            Default(xml, "rels", "application/vnd.openxmlformats-package.relationships+xml");
            Default(xml, "xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
            Override(xml, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
            Override(xml, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
            xml.WriteEndElement();
        });
        WriteXml("_rels/.rels", xml => Relationships(xml, [("rId1", $"{OfficeRelationships}/officeDocument", "xl/workbook.xml")]));
        WritePart("xl/styles.xml", writer => writer.WriteElement(Styles()));
        StartSheet();
    }

    public override async ValueTask EndAsync()
    {
        EndSheet();
        WritePart("xl/workbook.xml", writer => writer.WriteElement(new Workbook(new Sheets(
            _sheets.Select((name, i) => new Sheet { Name = name, SheetId = (uint)(i + 1), Id = $"rId{i + 1}" })))));
        WriteXml("xl/_rels/workbook.xml.rels", xml => Relationships(xml,
        [
            .. _sheets.Select((_, i) => ($"rId{i + 1}", $"{OfficeRelationships}/worksheet", $"worksheets/sheet{i + 1}.xml")),
            ($"rId{_sheets.Count + 1}", $"{OfficeRelationships}/styles", "styles.xml"),
        ]));
        _zip.Dispose(); // writes the central directory
        await Task.CompletedTask;
    }

    public override ValueTask DisposeAsync()
    {
        _sheet?.Dispose();
        _sheetStream?.Dispose();
        _zip.Dispose();
        return ValueTask.CompletedTask;
    }

    protected override void BeginRow()
    {
        if (_rowsInSheet == _maxRowsPerSheet)
        {
            EndSheet();
            StartSheet();
        }

        _sheet!.WriteStartElement("row");
        _rowsInSheet++;
    }

    protected override void Null(int column)
    {
        // Cells carry no reference, so they fill the row left to right: an empty cell keeps the next one in place.
        _sheet!.WriteStartElement("c");
        _sheet.WriteEndElement();
    }

    protected override void Text(int column, string value) => InlineCell(null, value);

    protected override void Integer(int column, long value) => ValueCell(null, null, value.ToString(CultureInfo.InvariantCulture));

    protected override void Decimal(int column, decimal value) => ValueCell(null, null, value.ToString(CultureInfo.InvariantCulture));

    protected override void Boolean(int column, bool value) => ValueCell("b", null, value ? "1" : "0");

    protected override void Date(int column, DateOnly value) =>
        ValueCell(null, "1", (value.DayNumber - ExcelEpoch.DayNumber).ToString(CultureInfo.InvariantCulture));

    protected override void EndRow() => _sheet!.WriteEndElement();

    private void StartSheet()
    {
        var number = _sheets.Count + 1;
        _sheets.Add(number == 1 ? _sheetName : $"{_sheetName} ({number})");
        _sheetStream = _zip.CreateEntry($"xl/worksheets/sheet{number}.xml", CompressionLevel.Fastest).Open();
        _sheet = XmlWriter.Create(_sheetStream, SheetSettings);
        _sheet.WriteStartDocument(standalone: true);
        _sheet.WriteStartElement("worksheet", Main);

        // The header stays in view while scrolling.
        _sheet.WriteStartElement("sheetViews");
        _sheet.WriteStartElement("sheetView");
        _sheet.WriteAttributeString("workbookViewId", "0");
        _sheet.WriteStartElement("pane");
        _sheet.WriteAttributeString("ySplit", "1");
        _sheet.WriteAttributeString("topLeftCell", "A2");
        _sheet.WriteAttributeString("activePane", "bottomLeft");
        _sheet.WriteAttributeString("state", "frozen");
        _sheet.WriteEndElement();
        _sheet.WriteEndElement();
        _sheet.WriteEndElement();
        _sheet.WriteStartElement("sheetData");
        _rowsInSheet = 0;
        _sheet.WriteStartElement("row");
        foreach (var column in _columns)
        {
            InlineCell("2", column.Name);
        }

        _sheet.WriteEndElement();
        _rowsInSheet++;
    }

    private void EndSheet()
    {
        _sheet!.WriteEndElement(); // sheetData
        _sheet.WriteEndElement(); // worksheet
        _sheet.WriteEndDocument();
        _sheet.Close();
        _sheet.Dispose();
        _sheetStream!.Dispose();
        _sheet = null;
        _sheetStream = null;
    }

    /// <summary>A cell with a value: <paramref name="type"/> its t attribute (b for a boolean), <paramref name="style"/> its s (1 a day).</summary>
    private void ValueCell(string? type, string? style, string value)
    {
        _sheet!.WriteStartElement("c");
        if (type is not null)
        {
            _sheet.WriteAttributeString("t", type);
        }

        if (style is not null)
        {
            _sheet.WriteAttributeString("s", style);
        }

        _sheet.WriteStartElement("v");
        _sheet.WriteString(value);
        _sheet.WriteEndElement();
        _sheet.WriteEndElement();
    }

    /// <summary>An inline-string cell (no shared-string table to grow), in cell format <paramref name="style"/> if given (2 the header).</summary>
    private void InlineCell(string? style, string value)
    {
        _sheet!.WriteStartElement("c");
        _sheet.WriteAttributeString("t", "inlineStr");
        if (style is not null)
        {
            _sheet.WriteAttributeString("s", style);
        }

        _sheet.WriteStartElement("is");
        _sheet.WriteStartElement("t");
        _sheet.WriteString(XmlSafe(value));
        _sheet.WriteEndElement();
        _sheet.WriteEndElement();
        _sheet.WriteEndElement();
    }

    /// <summary>Text as XML can hold it: characters XML forbids (control characters) become U+FFFD; at most Excel's cell length.</summary>
    private static string XmlSafe(string value)
    {
        if (value.Length > MaxCellText)
        {
            value = value[..MaxCellText];
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (XmlConvert.IsXmlChar(value[i]))
            {
                continue;
            }

            if (i + 1 < value.Length && XmlConvert.IsXmlSurrogatePair(value[i + 1], value[i]))
            {
                i++;
                continue;
            }

            return Replaced(value);
        }

        return value;
    }

    private static string Replaced(string value)
    {
        var safe = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (i + 1 < value.Length && XmlConvert.IsXmlSurrogatePair(value[i + 1], value[i]))
            {
                safe.Append(value[i]).Append(value[++i]);
            }
            else
            {
                safe.Append(XmlConvert.IsXmlChar(value[i]) ? value[i] : '\uFFFD');
            }
        }

        return safe.ToString();
    }

    /// <summary>Default font, a bold one for the header; cell formats 0 plain, 1 a day (yyyy-mm-dd), 2 the bold header.</summary>
    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
        new Fonts(new Font(new FontSize { Val = 11 }), new Font(new Bold(), new FontSize { Val = 11 })) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true }) { Count = 3 });

    private void WritePart(string name, Action<OpenXmlWriter> write)
    {
        using var stream = _zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        using var writer = OpenXmlWriter.Create(stream, Encoding.UTF8);
        writer.WriteStartDocument();
        write(writer);
        writer.Close();
    }

    /// <summary>The packaging parts (content types, relationships), which the SDK's element classes do not model.</summary>
    private void WriteXml(string name, Action<XmlWriter> write)
    {
        using var stream = _zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        xml.WriteStartDocument(standalone: true);
        write(xml);
        xml.WriteEndDocument();
    }

    private static void Default(XmlWriter xml, string extension, string contentType)
    {
        xml.WriteStartElement("Default");
        xml.WriteAttributeString("Extension", extension);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    private static void Override(XmlWriter xml, string part, string contentType)
    {
        xml.WriteStartElement("Override");
        xml.WriteAttributeString("PartName", part);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    private static void Relationships(XmlWriter xml, IEnumerable<(string Id, string Type, string Target)> relationships)
    {
        xml.WriteStartElement("Relationships", RelationshipsNamespace);
        foreach (var (id, type, target) in relationships)
        {
            xml.WriteStartElement("Relationship", RelationshipsNamespace);
            xml.WriteAttributeString("Id", id);
            xml.WriteAttributeString("Type", type);
            xml.WriteAttributeString("Target", target);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}
