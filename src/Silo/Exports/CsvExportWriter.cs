using CsvHelper;

namespace OnePlusX.Silo.Exports;

/// <summary>
/// RFC 4180 CSV through CsvHelper, written as UTF-8 straight to the stream: a byte-order mark (so Excel reads Chinese
/// text as UTF-8), CRLF line ends, a header row of column names, a field quoted when it holds a comma, quote or line
/// break. Empty means null. Numbers and days are invariant (380.00, 2025-09-01), booleans true/false. Text that a
/// spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a leading apostrophe, so that a college
/// name such as <c>=HYPERLINK(…)</c> stays text when a monitor opens the file in Excel; numbers are never touched,
/// and JSON Lines and XLSX (typed text cells) carry such text unchanged.
/// </summary>
internal sealed class CsvExportWriter(Stream output) : ExportWriter
{
    private readonly CsvWriter _csv = CsvWriter.Create(
        output,
        CsvWriterOptions.Default with
        {
            WriteByteOrderMark = true,
            NewLine = "\r\n",
            Injection = CsvInjection.Escape,
            TrueValue = "true",
            FalseValue = "false",
        },
        leaveOpen: true);

    public override void Begin(IReadOnlyList<ExportColumn> columns) => _csv.WriteHeader(columns.Select(c => c.Name).ToArray());

    public override async ValueTask EndAsync() => await _csv.FlushAsync();

    public override ValueTask DisposeAsync() => _csv.DisposeAsync();

    protected override void BeginRow()
    {
    }

    protected override void Null(int column) => _csv.WriteField((string?)null);

    protected override void Text(int column, string value) => _csv.WriteField(value);

    protected override void Integer(int column, long value) => _csv.WriteField(value, default);

    protected override void Decimal(int column, decimal value) => _csv.WriteField(value, default);

    protected override void Boolean(int column, bool value) => _csv.WriteField(value);

    protected override void Date(int column, DateOnly value) => _csv.WriteField(value, "yyyy-MM-dd");

    protected override void EndRow() => _csv.EndRecord();
}
