using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.ReadModels;

/// <summary>The few SQL fragments that differ between PostgreSQL and SQLite.</summary>
internal static class Sql
{
    /// <summary><c>column IN (…)</c> for an array parameter: PostgreSQL binds the array itself; Dapper expands it for SQLite.</summary>
    /// <summary>Money compared as a number: numeric on PostgreSQL, decimal text on SQLite.</summary>
    public static string Number(StorageDialect dialect, string column) => dialect == StorageDialect.PostgreSQL ? column : $"CAST({column} AS REAL)";

    /// <summary>A day from ISO text (a parameter, or a column kept as text): a date on PostgreSQL, the text itself on SQLite.</summary>
    public static string Day(StorageDialect dialect, string text) => dialect == StorageDialect.PostgreSQL ? $"CAST({text} AS date)" : text;

    public static string In(StorageDialect dialect, string column, string parameter) =>
        dialect == StorageDialect.PostgreSQL ? $"{column} = ANY({parameter})" : $"{column} IN {parameter}";

    /// <summary>
    /// Whether any filter value holds a NUL character. No stored text does, so such a filter matches nothing; it must
    /// never reach the database, where SQLite would cut the text short at the NUL (and match everything) and
    /// PostgreSQL would refuse it.
    /// </summary>
    public static bool HasNul(params string?[] values) => values.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true);

    /// <summary>Escapes LIKE wildcards so user text matches literally (with <c>ESCAPE '\'</c>).</summary>
    public static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    /// <summary>An instant as either database returns it: PostgreSQL a date and time, SQLite the ISO text it was written as.</summary>
    public static DateTimeOffset Instant(object value) => value switch
    {
        DateTimeOffset at => at,
        DateTime at => new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)),
        _ => DateTimeOffset.Parse(value.ToString()!, System.Globalization.CultureInfo.InvariantCulture),
    };
}
