using System.Data;
using System.Data.Common;
using System.Diagnostics;
using Dapper;
using OnePlusX.Exports;
using OnePlusX.Security;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.Exports;

/// <summary>
/// Streams one dataset from the read models into a file (NAT-MON-1): counts the rows, then reads them with an
/// unbuffered reader (a server-side result set on PostgreSQL, read as it arrives) and hands each row to the format's
/// writer as it is read. Nothing accumulates: memory is the reader's and the writer's buffers, whatever the row count.
/// On PostgreSQL the count and the rows come from one repeatable-read snapshot, so the count is exact.
/// </summary>
internal sealed class ExportRunner(Database database)
{
    /// <summary>How often progress is reported while rows are written.</summary>
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Writes the dataset to <paramref name="output"/> and returns the data rows written; <paramref name="counted"/> is
    /// told the row count before the first row, <paramref name="progress"/> the rows written so far, about once a second.
    /// </summary>
    public async Task<long> ExportAsync(
        ExportDefinition dataset, ExportFormat format, AccessScope scope, ExportFilter filter, DateOnly asOf, Stream output,
        Func<long, Task> counted, Func<long, Task> progress, CancellationToken cancellationToken)
    {
        var query = dataset.Query(database.Dialect, scope, filter, asOf);
        await using var connection = await database.OpenAsync(scope, cancellationToken);
        await using var transaction = database.Dialect == StorageDialect.PostgreSQL
            ? await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken)
            : null;
        await counted(await connection.ExecuteScalarAsync<long>(new CommandDefinition(query.Count, query.Parameters, transaction, commandTimeout: 0, cancellationToken: cancellationToken)));

        await using var reader = await connection.ExecuteReaderAsync(
            new CommandDefinition(query.Rows, query.Parameters, transaction, commandTimeout: 0, cancellationToken: cancellationToken),
            CommandBehavior.SequentialAccess);
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
}
