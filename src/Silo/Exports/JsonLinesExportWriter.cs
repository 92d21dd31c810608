using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OnePlusX.Silo.Exports;

/// <summary>
/// JSON Lines: one JSON object per row, keyed by column name, each line ended by LF; UTF-8 without a byte-order
/// mark. Null is <c>null</c>; integers and decimals are JSON numbers (decimals as stored, e.g. 380.00); days are
/// "yyyy-MM-dd" strings. No header: every line names its columns.
/// </summary>
internal sealed class JsonLinesExportWriter : ExportWriter
{
    private readonly Stream _output;
    private readonly BufferedStream _buffer;
    private readonly Utf8JsonWriter _json;
    private JsonEncodedText[] _names = [];

    public JsonLinesExportWriter(Stream output)
    {
        _output = output;
        _buffer = new BufferedStream(output, 1 << 16);

        // Chinese text stays readable (not \u-escaped); the writer is reset after each line, so each line is one value.
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });
    }

    public override void Begin(IReadOnlyList<ExportColumn> columns) =>
        _names = columns.Select(c => JsonEncodedText.Encode(c.Name, JavaScriptEncoder.UnsafeRelaxedJsonEscaping)).ToArray();

    public override async ValueTask EndAsync()
    {
        await _json.FlushAsync();
        await _buffer.FlushAsync();
        await _output.FlushAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await _json.DisposeAsync();
        await _buffer.DisposeAsync();
    }

    protected override void BeginRow() => _json.WriteStartObject();

    protected override void Null(int column) => _json.WriteNull(_names[column]);

    protected override void Text(int column, string value) => _json.WriteString(_names[column], value);

    protected override void Integer(int column, long value) => _json.WriteNumber(_names[column], value);

    protected override void Decimal(int column, decimal value) => _json.WriteNumber(_names[column], value);

    protected override void Boolean(int column, bool value) => _json.WriteBoolean(_names[column], value);

    protected override void Date(int column, DateOnly value) => _json.WriteString(_names[column], value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    protected override void EndRow()
    {
        _json.WriteEndObject();
        _json.Flush();
        _buffer.WriteByte((byte)'\n');

        // A new top-level value: without the reset the writer would put a comma before the next object.
        _json.Reset();
    }
}
