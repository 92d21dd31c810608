using System.Text;
using CsvHelper;

namespace OnePlusX.Silo.Rosters;

/// <summary>
/// Reads a CSV roster with CsvHelper: UTF-8 with or without a byte-order mark, UTF-16 with one, and otherwise
/// GB18030 (a superset of GBK and GB2312, what Chinese Excel's "CSV (逗号分隔)" writes). The encoding provider for
/// GB18030 comes from System.Text.Encoding.CodePages, which ships with .NET; it is used directly, never registered
/// process-wide. Comma-separated, or tab/semicolon when the heading line has no comma.
/// </summary>
internal static class CsvRosterSource
{
    private const int Gb18030CodePage = 54936;

    /// <summary>The text of the file and its encoding, or null when it is not text in any of them.</summary>
    public static (string? Text, RosterFormat Format) Decode(byte[] content)
    {
        var bytes = content.AsSpan();
        try
        {
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                return (Text(new UTF8Encoding(false, true).GetString(bytes[3..])), RosterFormat.CsvUtf8);
            }

            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            {
                var bigEndian = bytes[0] == 0xFE;
                return (Text(new UnicodeEncoding(bigEndian, false, true).GetString(bytes[2..])), RosterFormat.CsvUtf16);
            }
        }
        catch (DecoderFallbackException)
        {
            return (null, RosterFormat.Unknown);
        }

        try
        {
            return (Text(new UTF8Encoding(false, true).GetString(bytes)), RosterFormat.CsvUtf8);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: try GB18030 below.
        }

        try
        {
            var gb = CodePagesEncodingProvider.Instance.GetEncoding(Gb18030CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            return gb is null ? (null, RosterFormat.Unknown) : (Text(gb.GetString(bytes)), RosterFormat.CsvGb18030);
        }
        catch (DecoderFallbackException)
        {
            return (null, RosterFormat.Unknown);
        }
    }

    /// <summary>
    /// The records of the text, at most <paramref name="maxRecords"/> non-blank ones (enough to know the file is over
    /// the row limit). Every line break ends a record, so line numbers are the file's lines and one unbalanced quote
    /// cannot swallow the rest of the file; a line CsvHelper reports as malformed comes back marked as such.
    /// </summary>
    public static IReadOnlyList<RawRecord> Records(string text, int maxRecords)
    {
        var malformed = new HashSet<long>();
        var options = CsvReaderOptions.Default with
        {
            Separator = Separator(text),
            Mode = CsvMode.Rfc4180,
            HasHeader = false, // the heading row is found and matched by RosterColumns
            AllowLineBreaksInQuotes = false,
            SkipEmptyLines = true,
            TrimWhitespace = false,
            TrackLineNumbers = true,
            DetectSeparatorHint = false,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            IncludeValuesInExceptions = false,
            // A stray quote inside an unquoted field (O"Brien) is kept as text; a broken quoted field is reported.
            OnMalformedRecord = record =>
            {
                if (record.Reason != CsvMalformedReason.StrayQuote)
                {
                    malformed.Add(record.LineNumber);
                }
            },
        };

        var records = new List<RawRecord>();
        using var reader = CsvReader.Create(new StringReader(text), options);
        var nonBlank = 0;
        while (nonBlank < maxRecords && reader.Read())
        {
            var line = (int)Math.Min(reader.LineNumber, int.MaxValue);
            var cells = new List<RawCell>(reader.FieldCount);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                cells.Add(new RawCell(reader.GetString(i) ?? ""));
            }

            var record = new RawRecord(line, cells) { Malformed = malformed.Contains(reader.LineNumber) };
            records.Add(record);
            if (!record.IsBlank)
            {
                nonBlank++;
            }
        }

        return records;
    }

    /// <summary>
    /// Text that can be a CSV: a NUL means a binary file. Other control characters are left for the row checks,
    /// which name the field they are in.
    /// </summary>
    private static string? Text(string text) => text.Contains('\0', StringComparison.Ordinal) ? null : text;

    private static char Separator(string text)
    {
        var heading = "";
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            var line = end < 0 ? text[start..] : text[start..end];
            if (!string.IsNullOrWhiteSpace(line))
            {
                heading = line;
                break;
            }

            start = end < 0 ? text.Length : end + 1;
        }

        return heading.Contains(',', StringComparison.Ordinal) ? ','
            : heading.Contains('\t', StringComparison.Ordinal) ? '\t'
            : heading.Contains(';', StringComparison.Ordinal) ? ';'
            : ',';
    }
}
