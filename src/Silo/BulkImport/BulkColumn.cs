using OnePlusX.Silo.ReadModels;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace OnePlusX.Silo.BulkImport;

/// <summary>
/// One column of a bulk-imported table: its name, its PostgreSQL type, and how a row of <typeparamref name="T"/>
/// gives its value. Typed, so binary COPY writes each value without boxing it.
/// </summary>
internal abstract class BulkColumn<T>(string name, NpgsqlDbType type)
{
    public string Name { get; } = name;

    public NpgsqlDbType Type { get; } = type;

    /// <summary>Writes the row's value into the current row of a binary COPY.</summary>
    public abstract ValueTask WriteAsync(NpgsqlBinaryImporter importer, T row, CancellationToken cancellationToken);

    /// <summary>
    /// The row's value as SQLite keeps it, the way the projections write it through Microsoft.Data.Sqlite: text for
    /// money and days (invariant), 0/1 for booleans.
    /// </summary>
    public abstract object? SqliteValue(T row);

    /// <summary>The row's value as PostgreSQL's CSV format reads it (null for SQL NULL), for the psql reference side.</summary>
    public abstract string? CsvValue(T row);
}

/// <summary>The columns a table definition is built from.</summary>
internal static class BulkColumn
{
    public static BulkColumn<T> Text<T>(string name, Func<T, string?> value) => new TextColumn<T>(name, value);

    public static BulkColumn<T> Integer<T>(string name, Func<T, int?> value) => new StructColumn<T, int>(name, NpgsqlDbType.Integer, value, v => v, v => v.ToString(CultureInfo.InvariantCulture));

    public static BulkColumn<T> SmallInt<T>(string name, Func<T, short?> value) => new StructColumn<T, short>(name, NpgsqlDbType.Smallint, value, v => (int)v, v => v.ToString(CultureInfo.InvariantCulture));

    public static BulkColumn<T> Boolean<T>(string name, Func<T, bool?> value) => new StructColumn<T, bool>(name, NpgsqlDbType.Boolean, value, v => v ? 1 : 0, v => v ? "t" : "f");

    public static BulkColumn<T> Numeric<T>(string name, Func<T, decimal?> value) =>
        new StructColumn<T, decimal>(name, NpgsqlDbType.Numeric, value, v => v.ToString(CultureInfo.InvariantCulture), v => v.ToString(CultureInfo.InvariantCulture));

    public static BulkColumn<T> Date<T>(string name, Func<T, DateOnly?> value) =>
        new StructColumn<T, DateOnly>(name, NpgsqlDbType.Date, value, Sql.IsoDay, Sql.IsoDay);

    /// <summary>An instant, in UTC (Npgsql writes timestamptz only from UTC values).</summary>
    public static BulkColumn<T> Timestamp<T>(string name, Func<T, DateTimeOffset?> value) =>
        new StructColumn<T, DateTimeOffset>(name, NpgsqlDbType.TimestampTz, value, v => v, v => v.ToString("O", CultureInfo.InvariantCulture));

    private sealed class TextColumn<T>(string name, Func<T, string?> value) : BulkColumn<T>(name, NpgsqlDbType.Text)
    {
        public override ValueTask WriteAsync(NpgsqlBinaryImporter importer, T row, CancellationToken cancellationToken) =>
            value(row) is { } text ? new(importer.WriteAsync(text, NpgsqlDbType.Text, cancellationToken)) : new(importer.WriteNullAsync(cancellationToken));

        public override object? SqliteValue(T row) => value(row);

        public override string? CsvValue(T row) => value(row) is { } text ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : null;
    }

    private sealed class StructColumn<T, TValue>(string name, NpgsqlDbType type, Func<T, TValue?> value, Func<TValue, object> sqlite, Func<TValue, string> csv)
        : BulkColumn<T>(name, type)
        where TValue : struct
    {
        public override ValueTask WriteAsync(NpgsqlBinaryImporter importer, T row, CancellationToken cancellationToken) =>
            value(row) is { } v ? new(importer.WriteAsync(v, Type, cancellationToken)) : new(importer.WriteNullAsync(cancellationToken));

        public override object? SqliteValue(T row) => value(row) is { } v ? sqlite(v) : null;

        public override string? CsvValue(T row) => value(row) is { } v ? csv(v) : null;
    }
}
