using System.Data.Common;
using Microsoft.Data.Sqlite;
using Dapper;
using Npgsql;
using OnePlusX.Security;

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

    /// <summary>
    /// Sets the scope row-level security checks on PostgreSQL, for the whole session: every open sets all three
    /// settings, so a pooled connection never carries another caller's scope.
    /// </summary>
    public const string ScopeStatement =
        "SELECT set_config('oneplusx.scope', @ScopeKind, false), set_config('oneplusx.tenant', @ScopeTenant, false), set_config('oneplusx.province', @ScopeProvince, false);";

    /// <summary>An open connection acting for no one: public rows only under row-level security (audit inserts are allowed).</summary>
    public Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default) => OpenAsync(AccessScope.Public, cancellationToken);

    /// <summary>An open connection acting for <paramref name="scope"/>: on PostgreSQL row-level security sees only its rows.</summary>
    public async Task<DbConnection> OpenAsync(AccessScope scope, CancellationToken cancellationToken = default)
    {
        var connection = await OpenUnscopedAsync(cancellationToken);
        if (Dialect == StorageDialect.PostgreSQL)
        {
            await connection.ExecuteAsync(new CommandDefinition(ScopeStatement, ScopeParameters(scope), cancellationToken: cancellationToken));
        }

        return connection;
    }

    /// <summary>The parameters of <see cref="ScopeStatement"/> for a scope.</summary>
    public static object ScopeParameters(AccessScope scope) => new
    {
        ScopeKind = scope.Kind switch
        {
            ScopeKind.National => "national",
            ScopeKind.Province => "province",
            ScopeKind.College => "college",
            _ => "none",
        },
        ScopeTenant = scope.Tenant ?? "",
        ScopeProvince = scope.Province ?? "",
    };

    /// <summary>
    /// An open connection whose caller sets the scope itself in its own batch (<see cref="ScopeStatement"/>); SQLite
    /// connections wait for the single writer (up to 30 s) instead of failing at once.
    /// </summary>
    internal async Task<DbConnection> OpenUnscopedAsync(CancellationToken cancellationToken = default)
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
