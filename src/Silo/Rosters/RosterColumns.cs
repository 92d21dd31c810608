namespace OnePlusX.Silo.Rosters;

/// <summary>A roster column: its field name (as in errors), Chinese heading, and whether the file must have it.</summary>
internal sealed record RosterColumn(string Field, string Chinese, bool Required)
{
    /// <summary>"学号 (studentNumber)", as messages name the column.</summary>
    public string Display => $"{Chinese} ({Field})";
}

/// <summary>
/// The columns a roster may have, found by their Chinese or English heading in any order; other columns are
/// ignored. Headings match after trimming, ignoring case, spaces, '_', '-' and a '*' marking a required column.
/// </summary>
internal static class RosterColumns
{
    public const string FileField = "file";
    public const string RowField = "row";

    public static readonly RosterColumn StudentNumber = new("studentNumber", "学号", true);
    public static readonly RosterColumn Name = new("name", "姓名", true);
    public static readonly RosterColumn MajorCode = new("majorCode", "专业代码", false);
    public static readonly RosterColumn Cohort = new("cohort", "年级", false);
    public static readonly RosterColumn Selected = new("selected", "是否遴选", false);

    public static readonly IReadOnlyList<RosterColumn> All = [StudentNumber, Name, MajorCode, Cohort, Selected];

    /// <summary>
    /// Where each known column is in the heading row, or the errors that stop the import: a required column
    /// missing (one error each, naming it) or a column given twice.
    /// </summary>
    public static (IReadOnlyDictionary<RosterColumn, int> Positions, IReadOnlyList<RosterError> Errors) Locate(int line, IReadOnlyList<string?> headings)
    {
        var positions = new Dictionary<RosterColumn, int>();
        var errors = new List<RosterError>();
        for (var i = 0; i < headings.Count; i++)
        {
            var heading = Normalise(headings[i]);
            var column = All.FirstOrDefault(c => heading == Normalise(c.Chinese) || heading == Normalise(c.Field));
            if (column is null)
            {
                continue;
            }

            if (!positions.TryAdd(column, i))
            {
                errors.Add(new RosterError(line, column.Field, $"Column {column.Display} appears more than once in the heading row."));
            }
        }

        errors.AddRange(All.Where(c => c.Required && !positions.ContainsKey(c))
            .Select(c => new RosterError(line, c.Field, $"Required column {c.Display} is missing from the heading row.")));
        return (positions, errors);
    }

    private static string Normalise(string? heading) =>
        new((heading ?? "").Where(c => !char.IsWhiteSpace(c) && c is not ('_' or '-' or '*' or '＊' or '\uFEFF')).Select(char.ToLowerInvariant).ToArray());
}
