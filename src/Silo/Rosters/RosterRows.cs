using System.Globalization;
using System.Text.RegularExpressions;

namespace OnePlusX.Silo.Rosters;

/// <summary>A cell as a source read it: its text, or an Excel error value (#N/A…) in <see cref="Text"/>.</summary>
internal readonly record struct RawCell(string Text, bool IsError = false);

/// <summary>A record of a source: the line (or worksheet row) it came from and its cells in column order.</summary>
internal sealed record RawRecord(int Line, IReadOnlyList<RawCell> Cells)
{
    /// <summary>A line the CSV parser could not read cleanly (a broken quoted field); reported, never taken as a row.</summary>
    public bool Malformed { get; init; }

    public bool IsBlank => Cells.All(c => !c.IsError && string.IsNullOrWhiteSpace(c.Text));
}

/// <summary>
/// Turns a source's records into roster rows: the first non-blank record is the heading row, blank records are
/// skipped, every field is checked, and a student number seen before is an error on the later line.
/// </summary>
internal static partial class RosterRows
{
    public const int MaxStudentNumberLength = 32;
    public const int MaxNameLength = 50;
    public const int MaxMajorCodeLength = 32;
    public const int FirstCohort = 2000;
    public const int LastCohort = 2100;

    public static RosterImport Read(IEnumerable<RawRecord> records, RosterFormat format, int maxRows)
    {
        IReadOnlyDictionary<RosterColumn, int>? positions = null;
        var rows = new List<RosterRow>();
        var errors = new List<RosterError>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var count = 0;
        foreach (var record in records)
        {
            if (record.IsBlank)
            {
                continue;
            }

            if (positions is null)
            {
                var (found, headingErrors) = RosterColumns.Locate(record.Line, record.Cells.Select(c => c.IsError ? null : c.Text).ToList());
                if (headingErrors.Count > 0)
                {
                    return new RosterImport([], headingErrors, format);
                }

                positions = found;
                continue;
            }

            if (++count > maxRows)
            {
                return RosterImport.Refused(format, record.Line, string.Create(CultureInfo.InvariantCulture, $"The roster has more than {maxRows:N0} rows; split it into files of at most {maxRows:N0}."));
            }

            if (record.Malformed)
            {
                errors.Add(new RosterError(record.Line, RosterColumns.RowField, "The line is not well-formed CSV: a quoted field is not closed on its line, or has text after its closing quote."));
                continue;
            }

            var before = errors.Count;
            var row = Row(record, positions, errors, out var number);
            if (number is not null && !seen.TryAdd(number, record.Line))
            {
                errors.Add(new RosterError(record.Line, RosterColumns.StudentNumber.Field, $"{RosterColumns.StudentNumber.Display} {number} is already on line {seen[number]}."));
            }
            else if (errors.Count == before && row is not null)
            {
                rows.Add(row);
            }
        }

        return positions is null
            ? RosterImport.Refused(format, 0, "The file has no heading row: it needs at least the columns 学号 (studentNumber) and 姓名 (name).")
            : new RosterImport(rows, errors, format);
    }

    private static RosterRow? Row(RawRecord record, IReadOnlyDictionary<RosterColumn, int> positions, List<RosterError> errors, out string? number)
    {
        var refused = new HashSet<RosterColumn>();
        string? Cell(RosterColumn column)
        {
            if (!positions.TryGetValue(column, out var at) || at >= record.Cells.Count)
            {
                return null;
            }

            var cell = record.Cells[at];
            if (cell.IsError)
            {
                errors.Add(new RosterError(record.Line, column.Field, $"{column.Display} holds the spreadsheet error {cell.Text}."));
                refused.Add(column);
                return null;
            }

            var text = cell.Text.Trim();
            if (text.Any(IsForbidden))
            {
                errors.Add(new RosterError(record.Line, column.Field, $"{column.Display} contains control characters."));
                refused.Add(column);
                return null;
            }

            return text.Length == 0 ? null : text;
        }

        number = Required(Cell(RosterColumns.StudentNumber), RosterColumns.StudentNumber, MaxStudentNumberLength, record.Line, errors, refused);
        if (number is not null && !KeyPattern().IsMatch(number))
        {
            errors.Add(new RosterError(record.Line, RosterColumns.StudentNumber.Field, $"{RosterColumns.StudentNumber.Display} '{number}' may hold only letters, digits, '.', '_' or '-', starting with a letter or digit."));
            number = null;
        }

        var name = Required(Cell(RosterColumns.Name), RosterColumns.Name, MaxNameLength, record.Line, errors, refused);
        var major = MajorCode(Cell(RosterColumns.MajorCode), record.Line, errors);
        var cohort = Cohort(Cell(RosterColumns.Cohort), record.Line, errors);
        var selected = Selected(Cell(RosterColumns.Selected), record.Line, errors);
        return number is null || name is null ? null : new RosterRow(record.Line, number, name, major, cohort, selected);
    }

    private static string? Required(string? value, RosterColumn column, int maxLength, int line, List<RosterError> errors, HashSet<RosterColumn> refused)
    {
        if (value is null)
        {
            // A cell refused for its content already has its error; only a truly empty one is "required".
            if (!refused.Contains(column))
            {
                errors.Add(new RosterError(line, column.Field, $"{column.Display} is required."));
            }

            return null;
        }

        if (value.Length > maxLength)
        {
            errors.Add(new RosterError(line, column.Field, $"{column.Display} is longer than {maxLength} characters."));
            return null;
        }

        return value;
    }

    private static string? MajorCode(string? value, int line, List<RosterError> errors)
    {
        var column = RosterColumns.MajorCode;
        if (value is null)
        {
            return null;
        }

        if (value.Length > MaxMajorCodeLength)
        {
            errors.Add(new RosterError(line, column.Field, $"{column.Display} is longer than {MaxMajorCodeLength} characters."));
            return null;
        }

        if (!KeyPattern().IsMatch(value))
        {
            errors.Add(new RosterError(line, column.Field, $"{column.Display} '{value}' may hold only letters, digits, '.', '_' or '-'."));
            return null;
        }

        return value;
    }

    private static int? Cohort(string? value, int line, List<RosterError> errors)
    {
        if (value is null)
        {
            return null;
        }

        if (YearPattern().IsMatch(value) && int.Parse(value, CultureInfo.InvariantCulture) is var year and >= FirstCohort and <= LastCohort)
        {
            return year;
        }

        errors.Add(new RosterError(line, RosterColumns.Cohort.Field, $"{RosterColumns.Cohort.Display} '{Shorten(value)}' is not a year between {FirstCohort} and {LastCohort}."));
        return null;
    }

    private static bool Selected(string? value, int line, List<RosterError> errors)
    {
        switch (value?.ToLowerInvariant())
        {
            case null or "否" or "false" or "0":
                return false;
            case "是" or "true" or "1":
                return true;
            default:
                errors.Add(new RosterError(line, RosterColumns.Selected.Field, $"{RosterColumns.Selected.Display} '{Shorten(value)}' must be 是 or 否 (true/false, 1/0)."));
                return false;
        }
    }

    /// <summary>Control characters (tab, line breaks included) and the bidirectional overrides that disguise text.</summary>
    private static bool IsForbidden(char c) => char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static string Shorten(string value) => value.Length <= 20 ? value : value[..20] + "…";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex YearPattern();
}
