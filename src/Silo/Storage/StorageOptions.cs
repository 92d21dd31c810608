namespace OnePlusX.Silo.Storage;

/// <summary>Where the silo keeps everything. One setting switches it to PostgreSQL: <c>ConnectionStrings:PostgreSQL</c>.</summary>
public sealed class StorageOptions
{
    /// <summary>The ADO.NET invariant Orleans uses for PostgreSQL.</summary>
    public const string PostgresInvariant = "Npgsql";

    /// <summary>The invariant Orleans 10.4 maps to Microsoft.Data.Sqlite's factory.</summary>
    public const string SqliteInvariant = "System.Data.SQLite";

    /// <summary>PostgreSQL connection string; when set the silo runs in production mode (ADO.NET clustering).</summary>
    public string? PostgreSQL { get; set; }

    /// <summary>
    /// PostgreSQL connection string of the role that owns the tables, used only to apply migrations at start-up;
    /// the service itself then connects (<see cref="PostgreSQL"/>) as a role that owns nothing and is granted what it
    /// uses. Unset: migrations run with the service's own connection.
    /// </summary>
    public string? PostgreSQLMigrations { get; set; }

    /// <summary>SQLite connection string for the embedded default (one silo, localhost clustering).</summary>
    public string Sqlite { get; set; } = "Data Source=data/oneplusx.db";

    /// <summary>Where the embedded default keeps its files: the SQLite file's folder (data/ by default).</summary>
    public string DataDirectory =>
        Dialect == StorageDialect.Sqlite
            ? Path.GetDirectoryName(Path.GetFullPath(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(Sqlite).DataSource)) ?? "data"
            : Path.GetFullPath("data");

    public StorageDialect Dialect => string.IsNullOrWhiteSpace(PostgreSQL) ? StorageDialect.Sqlite : StorageDialect.PostgreSQL;

    public string ConnectionString => Dialect == StorageDialect.PostgreSQL ? Tuned(PostgreSQL!) : Sqlite;

    /// <summary>
    /// Defaults for the silo's own connections unless the setting names them: no session reset on returning a
    /// pooled connection (the only session state is the row-level-security scope, which every open sets anew; the
    /// reset was a round trip per use) and automatic preparation of the statements run on every change.
    /// </summary>
    private static string Tuned(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
        {
            builder.NoResetOnClose = true;
        }

        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 20;
        }

        return builder.ConnectionString;
    }

    public string Invariant => Dialect == StorageDialect.PostgreSQL ? PostgresInvariant : SqliteInvariant;
}

public enum StorageDialect
{
    Sqlite,
    PostgreSQL,
}
