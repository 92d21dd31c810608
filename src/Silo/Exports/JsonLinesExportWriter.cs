using System.Buffers;
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
    /// <summary>Lines are gathered in memory up to this size, then written to the file in one call.</summary>
    private const int Chunk = 1 << 16;

    private readonly Stream _output;
    private readonly ArrayBufferWriter<byte> _lines = new(Chunk * 2);
    private readonly Utf8JsonWriter _json;
    private JsonEncodedText[] _names = [];

    public JsonLinesExportWriter(Stream output)
    {
        _output = output;

        // Chinese text stays readable (not \u-escaped). The writer writes into the in-memory chunk, never to the
        // stream itself, whose Flush would reach the disk after every line; it is reset after each line, so that
        // each line is one value.
        _json = new Utf8JsonWriter(_lines, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });
    }

    public override void Begin(IReadOnlyList<ExportColumn> columns) =>
        _names = columns.Select(c => JsonEncodedText.Encode(c.Name, JavaScriptEncoder.UnsafeRelaxedJsonEscaping)).ToArray();

    public override async ValueTask EndAsync()
    {
        await _output.WriteAsync(_lines.WrittenMemory);
        _lines.ResetWrittenCount();
        await _output.FlushAsync();
    }

    public override ValueTask DisposeAsync() => _json.DisposeAsync();

    protected override void BeginRow() => _json.WriteStartObject();

    protected override void Null(int column) => _json.WriteNull(_names[column]);

    protected override void Text(int column, string value) => _json.WriteString(_names[column], value);

    protected override void Integer(int column, long value) => _json.WriteNumber(_names[column], value);

    protected override void Decimal(int column, decimal value) => _json.WriteNumber(_names[column], value);

    protected override void Boolean(int column, bool value) => _json.WriteBoolean(_names[column], value);

    protected override void Date(int column, DateOnly value)
    {
        Span<char> day = stackalloc char[10];
        value.TryFormat(day, out var length, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        _json.WriteString(_names[column], day[..length]);
    }

    protected override void EndRow()
    {
        _json.WriteEndObject();
        _json.Flush();
        _lines.Write("\n"u8);

        // A new top-level value: without the reset the writer would put a comma before the next object.
        _json.Reset();
        if (_lines.WrittenCount >= Chunk)
        {
            _output.Write(_lines.WrittenSpan);
            _lines.ResetWrittenCount();
        }
    }
}
