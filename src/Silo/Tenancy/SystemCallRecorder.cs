using System.Threading.Channels;
using Dapper;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.Tenancy;

/// <summary>
/// Records cross-tenant system calls in the audit log without making the call wait for the database:
/// entries queue in memory and a background loop writes them in batches.
/// </summary>
internal sealed class SystemCallRecorder(Database database, ILogger<SystemCallRecorder> logger) : BackgroundService
{
    private readonly Channel<Entry> _queue = Channel.CreateBounded<Entry>(new BoundedChannelOptions(10_000)
    {
        FullMode = BoundedChannelFullMode.Wait,
    });

    public void Record(string tenant, string actor, string reason, string grainType, string grainKey, string method)
    {
        if (!_queue.Writer.TryWrite(new Entry(tenant, actor, $"system-call:{grainType}.{method}", grainKey, reason, DateTimeOffset.UtcNow)))
        {
            logger.LogWarning("System-call audit queue is full; {Method} on {GrainKey} by {Actor} ({Reason}) logged only", method, grainKey, actor, reason);
        }
    }


    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Entry>();
        while (await _queue.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
        {
            while (batch.Count < 500 && _queue.Reader.TryRead(out var entry))
            {
                batch.Add(entry);
            }

            try
            {
                await using var connection = await database.OpenAsync(stoppingToken);
                await using var transaction = await connection.BeginTransactionAsync(stoppingToken);
                await connection.ExecuteAsync(
                    """
                    INSERT INTO audit_log (tenant_id, actor, action, grain_type, grain_key, version, detail, origin, occurred_at)
                    VALUES (@Tenant, @Actor, @Action, NULL, @GrainKey, NULL, @Reason, 'system', @At)
                    """,
                    batch, transaction);
                await transaction.CommitAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Could not record {Count} system calls in the audit log", batch.Count);
            }

            batch.Clear();
        }
    }

    private sealed record Entry(string Tenant, string Actor, string Action, string GrainKey, string Reason, DateTimeOffset At);
}
