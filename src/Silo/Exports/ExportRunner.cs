using Dapper;
using System.Data;
using System.Data.Common;
using System.Diagnostics;
using System.Text.RegularExpressions;
using OnePlusX.Exports;
using OnePlusX.Security;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.Exports;

/// <summary>
/// Streams one dataset from the read models into a file (NAT-MON-1): one query, read with an unbuffered reader (on
/// PostgreSQL a result set read as it arrives), each row handed to the format's writer as it is read. Nothing
/// accumulates: memory is the reader's and the writer's buffers, whatever the row count. On PostgreSQL the export
/// reads one repeatable-read snapshot, and the rows are counted meanwhile on a second connection that imports that
/// snapshot, so the count is exact and costs no time before the first row; on SQLite the count comes first.
/// </summary>
internal sealed partial class ExportRunner(Database database)
{
    /// <summary>How often progress is reported while rows are written.</summary>
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The plan PostgreSQL must choose for an export, within the export's own read-only transaction. Row-level
    /// security's conditions (<c>current_setting(…) = 'national' OR …</c>) are estimated at about 0.5% of the rows,
    /// so a national export of 5,000,000 rows is planned as if it were a few hundred: nested loops under a sort that
    /// spills to disk, 25 s before the first row (measured). Without nested loops and explicit sorts it merges the
    /// tables' primary-key indexes, which are already in the export's order, and streams from the first row (5,000,000
    /// rows in 11 s on the same server). Parallel workers are off: one backend streams at a steady pace.
    /// </summary>
    private const string PostgresPlan =
        "SET LOCAL enable_nestloop = off; SET LOCAL enable_sort = off; SET LOCAL enable_incremental_sort = off; SET LOCAL max_parallel_workers_per_gather = 0;";

    /// <summary>
    /// Writes the dataset to <paramref name="output"/> and returns the data rows written; <paramref name="counted"/> is
    /// told the row count (before the export returns), <paramref name="progress"/> the rows written so far, about once
    /// a second.
    /// </summary>
    public async Task<long> ExportAsync(
        ExportDefinition dataset, ExportFormat format, AccessScope scope, ExportFilter filter, DateOnly asOf, Stream output,
        Func<long, Task> counted, Func<long, Task> progress, CancellationToken cancellationToken)
    {
        var query = dataset.Query(database.Dialect, scope, filter, asOf);
        var postgres = database.Dialect == StorageDialect.PostgreSQL;
        await using var connection = await database.OpenAsync(scope, cancellationToken);
        await using var transaction = postgres ? await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken) : null;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task counting;
        if (postgres)
        {
            await connection.ExecuteAsync(Command(PostgresPlan, null, transaction, cancellationToken));
            var snapshot = await connection.ExecuteScalarAsync<string>(Command("SELECT pg_export_snapshot()", null, transaction, cancellationToken));
            counting = CountAsync(scope, query, snapshot!, counted, stop.Token);
        }
        else
        {
            await counted(await connection.ExecuteScalarAsync<long>(Command(query.Count, query.Parameters, transaction, cancellationToken)));
            counting = Task.CompletedTask;
        }

        try
        {
            var rows = await WriteAsync(connection, transaction, dataset, format, query, output, progress, cancellationToken);
            await counting;
            return rows;
        }
        catch
        {
            await stop.CancelAsync();
            try
            {
                await counting;
            }
            catch (Exception)
            {
                // The export's own failure is the one to report; the count was only for progress.
            }

            throw;
        }
    }

    private static async Task<long> WriteAsync(
        DbConnection connection, DbTransaction? transaction, ExportDefinition dataset, ExportFormat format, ExportQuery query, Stream output,
        Func<long, Task> progress, CancellationToken cancellationToken)
    {
        await using var reader = await connection.ExecuteReaderAsync(Command(query.Rows, query.Parameters, transaction, cancellationToken), CommandBehavior.SequentialAccess);
        await using var writer = ExportWriter.For(format, output, dataset.Stem);
        writer.Begin(dataset.Columns);
        long rows = 0;
        var sinceReport = Stopwatch.StartNew();
        while (await reader.ReadAsync(cancellationToken))
        {
            writer.WriteRow(reader, dataset.Columns);
            rows++;
            if ((rows & 0x1FFF) == 0 && sinceReport.Elapsed >= ProgressEvery)
            {
                await progress(rows);
                sinceReport.Restart();
            }
        }

        await writer.EndAsync();
        return rows;
    }

    /// <summary>Counts the rows on a second connection that sees exactly what the export reads (the exported snapshot).</summary>
    private async Task CountAsync(AccessScope scope, ExportQuery query, string snapshot, Func<long, Task> counted, CancellationToken cancellationToken)
    {
        if (!SnapshotId().IsMatch(snapshot))
        {
            throw new InvalidOperationException($"PostgreSQL exported an unexpected snapshot id '{snapshot}'.");
        }

        await using var connection = await database.OpenAsync(scope, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await connection.ExecuteAsync(Command($"SET TRANSACTION SNAPSHOT '{snapshot}'; {PostgresPlan}", null, transaction, cancellationToken));
        await counted(await connection.ExecuteScalarAsync<long>(Command(query.Count, query.Parameters, transaction, cancellationToken)));
    }

    /// <summary>A statement of the export, in its transaction, with no time limit (a national export runs for minutes).</summary>
    private static CommandDefinition Command(string sql, object? parameters, DbTransaction? transaction, CancellationToken cancellationToken) =>
        new(sql, parameters, transaction, commandTimeout: 0, cancellationToken: cancellationToken);

    /// <summary>The file extension of a format.</summary>
    public static string Extension(ExportFormat format) => format switch
    {
        ExportFormat.Csv => ".csv",
        ExportFormat.Xlsx => ".xlsx",
        _ => ".jsonl",
    };

    /// <summary>The media type a download of the format carries.</summary>
    public static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "text/csv; charset=utf-8",
        ExportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/jsonl; charset=utf-8",
    };

    [GeneratedRegex("^[0-9A-F-]+$")]
    private static partial Regex SnapshotId();
}
