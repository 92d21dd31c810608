using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace OnePlusX.Silo.Storage;

/// <summary>Opens connections to the one database the silo uses for Orleans' tables and ours.</summary>
public sealed class Database : IAsyncDisposable
{
    private readonly NpgsqlDataSource? _postgres;
    private readonly string _sqlite = "";

    public Database(StorageOptions options)
    {
        Dialect = options.Dialect;
        if (Dialect == StorageDialect.PostgreSQL)
        {
            _postgres = NpgsqlDataSource.Create(options.ConnectionString);
        }
        else
        {
            var builder = new SqliteConnectionStringBuilder(options.ConnectionString) { Pooling = true };
            var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            _sqlite = builder.ToString();
        }
    }

    public StorageDialect Dialect { get; }

    /// <summary>An open connection; SQLite connections wait for the single writer instead of failing at once.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        if (_postgres is not null)
        {
            return await _postgres.OpenConnectionAsync(cancellationToken);
        }

        var connection = new SqliteConnection(_sqlite) { DefaultTimeout = 30 };
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}
