using System.Diagnostics;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.BulkImport;

/// <summary>
/// Writes typed rows straight into read-model tables, streaming: rows are pulled one at a time from an
/// <see cref="IAsyncEnumerable{T}"/>, so memory stays constant however many there are.
/// <list type="bullet">
/// <item>PostgreSQL: one binary <c>COPY … FROM STDIN (FORMAT BINARY)</c> per table, in one transaction per table.
/// PostgreSQL refuses COPY FROM into a table under row-level security for a role subject to it, and our tenant
/// tables FORCE it even on their owner; so the import connects as the tables' owner (the migration role,
/// <c>ConnectionStrings:PostgreSQLMigrations</c>, else the service's own connection when that is the owner) and,
/// inside the table's transaction, lifts FORCE for that table and puts it back before committing. No other session
/// ever sees the table without FORCE (ALTER TABLE is transactional and locks the table until the commit), and a
/// failed import rolls the setting back with its rows. A superuser or BYPASSRLS role needs neither. The service's
/// own role (not the owner) cannot import: it is refused with a message saying which connection to use.</item>
/// <item>SQLite (embedded default, small scale only): parameterised INSERTs, one transaction per
/// <see cref="SqliteBatch"/> rows. SQLite has no row-level security.</item>
/// </list>
/// </summary>
internal sealed class BulkImporter : IAsyncDisposable
{
    private readonly NpgsqlDataSource? _postgres;
    private readonly Database? _sqlite;

    public BulkImporter(StorageOptions storage)
    {
        Dialect = storage.Dialect;
        if (Dialect == StorageDialect.PostgreSQL)
        {
            _postgres = NpgsqlDataSource.Create(string.IsNullOrWhiteSpace(storage.PostgreSQLMigrations) ? storage.PostgreSQL! : storage.PostgreSQLMigrations);
        }
        else
        {
            _sqlite = new Database(storage);
        }
    }

    public StorageDialect Dialect { get; }

    /// <summary>Rows between two progress reports.</summary>
    public int ProgressEvery { get; init; } = 100_000;

    /// <summary>Rows per transaction on SQLite.</summary>
    public int SqliteBatch { get; init; } = 5_000;

    /// <summary>Imports every row into the table; reports progress every <see cref="ProgressEvery"/> rows and at the end. Returns the row count.</summary>
    public async Task<long> ImportAsync<T>(BulkTable<T> table, IAsyncEnumerable<T> rows, long? expected, Action<BulkProgress>? progress, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        void Report(long count, bool done) => progress?.Invoke(new BulkProgress(table.Name, count, expected, clock.Elapsed, done));
        var written = _postgres is not null
            ? await CopyAsync(table, rows, count => Report(count, false), cancellationToken)
            : await InsertAsync(table, rows, count => Report(count, false), cancellationToken);
        Report(written, true);
        return written;
    }

    public Task<long> ImportAsync<T>(BulkTable<T> table, IEnumerable<T> rows, long? expected, Action<BulkProgress>? progress, CancellationToken cancellationToken = default) =>
        ImportAsync(table, rows.ToAsyncEnumerable(), expected, progress, cancellationToken);

    private async Task<long> CopyAsync<T>(BulkTable<T> table, IAsyncEnumerable<T> rows, Action<long> report, CancellationToken cancellationToken)
    {
        await using var connection = await _postgres!.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var lifted = await LiftForcedRowSecurityAsync(connection, table.Name, cancellationToken);
        long count = 0;
        await using (var importer = await connection.BeginBinaryImportAsync($"COPY {table.Name} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                await importer.StartRowAsync(cancellationToken);
                foreach (var column in table.Columns)
                {
                    await column.WriteAsync(importer, row, cancellationToken);
                }

                if (++count % ProgressEvery == 0)
                {
                    report(count);
                }
            }

            await importer.CompleteAsync(cancellationToken);
        }

        if (lifted)
        {
            await connection.ExecuteAsync(new CommandDefinition($"ALTER TABLE {table.Name} FORCE ROW LEVEL SECURITY", transaction: transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    /// <summary>
    /// Lets COPY FROM in: under row-level security it needs a role the policies do not bind. True when FORCE was
    /// lifted for this transaction and must be put back.
    /// </summary>
    private static async Task<bool> LiftForcedRowSecurityAsync(NpgsqlConnection connection, string table, CancellationToken cancellationToken)
    {
        var state = await connection.QuerySingleAsync<(bool Enabled, bool Forced, bool Owner, bool Bypass)>(new CommandDefinition(
            """
            SELECT c.relrowsecurity, c.relforcerowsecurity, pg_has_role(current_user, c.relowner, 'USAGE'),
                   (SELECT r.rolsuper OR r.rolbypassrls FROM pg_roles r WHERE r.rolname = current_user)
            FROM pg_class c WHERE c.oid = to_regclass(@table)
            """,
            new { table }, cancellationToken: cancellationToken));
        if (!state.Enabled || state.Bypass || (state.Owner && !state.Forced))
        {
            return false;
        }

        if (!state.Owner)
        {
            throw new InvalidOperationException(
                $"Bulk import into {table} needs the tables' owner (set ConnectionStrings:PostgreSQLMigrations to the migration role) " +
                "or a role with BYPASSRLS: PostgreSQL refuses COPY FROM under row-level security.");
        }

        await connection.ExecuteAsync(new CommandDefinition($"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY", cancellationToken: cancellationToken));
        return true;
    }

    /// <summary>Refreshes the planner's statistics of the tables after a large import (PostgreSQL; SQLite has ANALYZE too).</summary>
    public async Task AnalyzeAsync(IEnumerable<string> tables, CancellationToken cancellationToken = default)
    {
        foreach (var table in tables)
        {
            if (_postgres is not null)
            {
                await using var connection = await _postgres.OpenConnectionAsync(cancellationToken);
                await connection.ExecuteAsync(new CommandDefinition($"ANALYZE {table}", commandTimeout: 0, cancellationToken: cancellationToken));
            }
            else
            {
                await using var connection = await _sqlite!.OpenUnscopedAsync(cancellationToken);
                await connection.ExecuteAsync(new CommandDefinition($"ANALYZE {table}", cancellationToken: cancellationToken));
            }
        }
    }

    private async Task<long> InsertAsync<T>(BulkTable<T> table, IAsyncEnumerable<T> rows, Action<long> report, CancellationToken cancellationToken)
    {
        await using var connection = (SqliteConnection)await _sqlite!.OpenUnscopedAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO {table.Name} ({table.ColumnList}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"$p{i}"))})";
        var parameters = table.Columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        long count = 0;
        SqliteTransaction? transaction = null;
        try
        {
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                if (transaction is null)
                {
                    transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
                    command.Transaction = transaction;
                }

                for (var i = 0; i < parameters.Length; i++)
                {
                    parameters[i].Value = table.Columns[i].SqliteValue(row) ?? DBNull.Value;
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
                if (++count % SqliteBatch == 0)
                {
                    await transaction.CommitAsync(cancellationToken);
                    await transaction.DisposeAsync();
                    transaction = null;
                }

                if (count % ProgressEvery == 0)
                {
                    report(count);
                }
            }

            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }

        return count;
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        if (_sqlite is not null)
        {
            await _sqlite.DisposeAsync();
        }
    }
}
