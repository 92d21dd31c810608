namespace OnePlusX.Silo.Rosters;

/// <summary>A student read from a roster file, every field checked.</summary>
/// <param name="Line">The row in the file: the CSV line or the worksheet's row number (the heading is usually 1).</param>
/// <param name="StudentNumber">学号, trimmed: letters, digits, '.', '_' or '-', at most 32 characters.</param>
/// <param name="Name">姓名, trimmed, at most 50 characters.</param>
/// <param name="MajorCode">专业代码, when given.</param>
/// <param name="Cohort">年级 (year of entry), when given.</param>
/// <param name="Selected">是否遴选: whether the student was selected for the pilot (default 否).</param>
[GenerateSerializer, Immutable, Alias("OnePlusX.RosterRow")]
public sealed record RosterRow(
    [property: Id(0)] int Line,
    [property: Id(1)] string StudentNumber,
    [property: Id(2)] string Name,
    [property: Id(3)] string? MajorCode,
    [property: Id(4)] int? Cohort,
    [property: Id(5)] bool Selected);

/// <summary>A problem with a roster file, on a line and a field.</summary>
/// <param name="Line">The row the problem is on; the heading's row for a missing column, 0 for the file as a whole.</param>
/// <param name="Field">
/// <c>studentNumber</c>, <c>name</c>, <c>majorCode</c>, <c>cohort</c> or <c>selected</c>; <c>file</c> when the whole file
/// is refused (size, format, row limit, no heading), <c>row</c> for a line that could not be parsed.
/// </param>
/// <param name="Message">What is wrong, in English with the Chinese heading.</param>
[GenerateSerializer, Immutable, Alias("OnePlusX.RosterError")]
public sealed record RosterError(
    [property: Id(0)] int Line,
    [property: Id(1)] string Field,
    [property: Id(2)] string Message);

/// <summary>What a roster file was read as.</summary>
public enum RosterFormat
{
    /// <summary>Neither a workbook nor text: nothing was read.</summary>
    Unknown = 0,

    /// <summary>An XLSX workbook (first worksheet).</summary>
    Xlsx = 1,

    /// <summary>CSV in UTF-8, with or without a byte-order mark.</summary>
    CsvUtf8 = 2,

    /// <summary>CSV in GB18030 (which includes GBK and GB2312), as Chinese Excel saves it.</summary>
    CsvGb18030 = 3,

    /// <summary>CSV in UTF-16 with a byte-order mark.</summary>
    CsvUtf16 = 4,
}

/// <summary>
/// The outcome of reading a roster: the good rows and an error for every bad field. A row with any error is not in
/// <see cref="Rows"/>; a file-level error (size, format, row limit, missing column) leaves <see cref="Rows"/> empty.
/// Values are kept as the text they were: one starting with = + - or @ stays text and is never evaluated, and
/// whoever writes it back into a spreadsheet must write it as a text cell.
/// </summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.RosterImport")]
public sealed record RosterImport(
    [property: Id(0)] IReadOnlyList<RosterRow> Rows,
    [property: Id(1)] IReadOnlyList<RosterError> Errors,
    [property: Id(2)] RosterFormat Format)
{
    /// <summary>True when every non-blank row was read without error.</summary>
    public bool Succeeded => Errors.Count == 0;

    internal static RosterImport Refused(RosterFormat format, int line, string message) =>
        new([], [new RosterError(line, RosterColumns.FileField, message)], format);
}
