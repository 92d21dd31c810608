namespace OnePlusX.Silo.Rosters;

/// <summary>
/// Reads a student roster (学生名单) from an XLSX workbook (first worksheet) or a CSV file, as colleges keep them.
/// The format is told from the content, not the file name. Columns are found by their Chinese or English heading
/// in any order: 学号/studentNumber and 姓名/name are required, 专业代码/majorCode, 年级/cohort and
/// 是否遴选/selected are optional; other columns are ignored. Nothing is thrown for bad content: every problem is a
/// <see cref="RosterError"/> with its line and field.
/// </summary>
public static class RosterReader
{
    /// <summary>The largest file accepted: 5 MB.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <summary>The most student rows in one file (the heading and blank lines not counted).</summary>
    public const int MaxRows = 5_000;

    private static ReadOnlySpan<byte> ZipSignature => [0x50, 0x4B, 0x03, 0x04];

    private static ReadOnlySpan<byte> OleSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Reads a roster from the file's bytes.</summary>
    public static RosterImport Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            return RosterImport.Refused(RosterFormat.Unknown, 0, "The file is empty.");
        }

        if (content.Length > MaxBytes)
        {
            return TooLarge();
        }

        if (content.AsSpan().StartsWith(ZipSignature))
        {
            var (records, error) = XlsxRosterSource.Records(content, MaxRows + 2);
            return error is null ? RosterRows.Read(records, RosterFormat.Xlsx, MaxRows) : RosterImport.Refused(RosterFormat.Xlsx, 0, error);
        }

        if (content.AsSpan().StartsWith(OleSignature))
        {
            return RosterImport.Refused(RosterFormat.Unknown, 0, "Old Excel .xls files are not read; save the roster as .xlsx or as CSV.");
        }

        var (text, format) = CsvRosterSource.Decode(content);
        return text is null
            ? RosterImport.Refused(RosterFormat.Unknown, 0, "The file is neither an XLSX workbook nor a CSV text file (UTF-8, UTF-16 or GB18030/GBK).")
            : RosterRows.Read(CsvRosterSource.Records(text, MaxRows + 2), format, MaxRows);
    }

    /// <summary>
    /// Reads a roster from a stream (an upload), reading at most one byte more than <see cref="MaxBytes"/> so an
    /// over-large upload is refused without being read whole.
    /// </summary>
    public static async Task<RosterImport> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new byte[MaxBytes + 1];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        return length > MaxBytes ? TooLarge() : Read(buffer[..length]);
    }

    private static RosterImport TooLarge() =>
        RosterImport.Refused(RosterFormat.Unknown, 0, $"The file is larger than {MaxBytes / (1024 * 1024)} MB; split the roster into smaller files.");
}
