using System.Globalization;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.ReadModels;

/// <summary>The few SQL fragments that differ between PostgreSQL and SQLite.</summary>
internal static class Sql
{
    /// <summary>Money compared as a number: numeric on PostgreSQL, decimal text on SQLite.</summary>
    public static string Number(StorageDialect dialect, string column) => dialect == StorageDialect.PostgreSQL ? column : $"CAST({column} AS REAL)";

    /// <summary>Money read back exactly, as decimal text on both (numeric on PostgreSQL, kept as text on SQLite).</summary>
    public static string MoneyText(StorageDialect dialect, string column) => dialect == StorageDialect.PostgreSQL ? $"CAST({column} AS text)" : column;

    /// <summary>A day from ISO text (a parameter, or a column kept as text): a date on PostgreSQL, the text itself on SQLite.</summary>
    public static string Day(StorageDialect dialect, string text) => dialect == StorageDialect.PostgreSQL ? $"CAST({text} AS date)" : text;

    /// <summary>A day column read back as ISO text (<c>yyyy-MM-dd</c>) on both: PostgreSQL formats its date, SQLite keeps the text.</summary>
    public static string DayText(StorageDialect dialect, string column) => dialect == StorageDialect.PostgreSQL ? $"to_char({column}, 'YYYY-MM-DD')" : column;

    /// <summary>A small whole number read back as a 32-bit integer on both (PostgreSQL's smallint and bigint otherwise map to other types).</summary>
    public static string Integer(StorageDialect dialect, string column) => dialect == StorageDialect.PostgreSQL ? $"CAST({column} AS integer)" : column;

    /// <summary>A day as the ISO text both databases store and compare (<c>yyyy-MM-dd</c>).</summary>
    public static string IsoDay(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A day as <see cref="IsoDay(DateOnly)"/>, or null.</summary>
    public static string? IsoDay(DateOnly? day) => day is { } value ? IsoDay(value) : null;

    /// <summary>A day read back as ISO text (<see cref="DayText"/>).</summary>
    public static DateOnly ParseDay(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary><c>column IN (…)</c> for an array parameter: PostgreSQL binds the array itself; Dapper expands it for SQLite.</summary>
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

    /// <summary>An instant as ISO text (UTC, round-trip) for a JSON parameter that <see cref="InstantFrom"/> casts back exactly.</summary>
    public static string IsoInstant(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    /// <summary>An instant from ISO text: a timestamptz on PostgreSQL, the text itself on SQLite.</summary>
    public static string InstantFrom(StorageDialect dialect, string text) => dialect == StorageDialect.PostgreSQL ? $"CAST({text} AS timestamptz)" : text;

    /// <summary>An instant as either database returns it: PostgreSQL a date and time, SQLite the ISO text it was written as.</summary>
    public static DateTimeOffset Instant(object value) => value switch
    {
        DateTimeOffset at => at,
        DateTime at => new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)),
        _ => DateTimeOffset.Parse(value.ToString()!, CultureInfo.InvariantCulture),
    };
}
