using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace OnePlusX.Silo.Storage;

/// <summary>Opens connections to the one database the silo uses for Orleans' tables and ours.</summary>
public sealed class Database : IAsyncDisposable
{
    private readonly NpgsqlDataSource? _postgres;
    private readonly string _sqlite = "";
    private bool _walEnabled;

    public Database(StorageOptions options)
    {
        Dialect = options.Dialect;
        if (Dialect == StorageDialect.PostgreSQL)
        {
            _postgres = NpgsqlDataSource.Create(options.ConnectionString);
        }
        else
        {
            // Foreign keys per connection through the connection string; a busy database is retried until the
            // command timeout by Microsoft.Data.Sqlite itself.
            var builder = new SqliteConnectionStringBuilder(options.ConnectionString) { Pooling = true, ForeignKeys = true, DefaultTimeout = 30 };
            var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            _sqlite = builder.ToString();
        }
    }

    public StorageDialect Dialect { get; }

    /// <summary>An open connection; SQLite connections wait for the single writer (up to 30 s) instead of failing at once.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        if (_postgres is not null)
        {
            return await _postgres.OpenConnectionAsync(cancellationToken);
        }

        var connection = new SqliteConnection(_sqlite);
        await connection.OpenAsync(cancellationToken);
        if (!_walEnabled)
        {
            // WAL is a property of the file, kept across connections and restarts: set it once, not on every open.
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA journal_mode=WAL;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            _walEnabled = true;
        }

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
