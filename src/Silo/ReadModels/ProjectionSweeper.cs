using OnePlusX.Security;
using Dapper;
using Orleans.Configuration;
using Microsoft.Extensions.Options;
using OnePlusX.Silo.Storage;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.ReadModels;

/// <summary>
/// Finds grains whose stored state is newer than their projection (a silo died between the two writes and
/// nobody has called the grain since) and activates them, which re-projects them. It only looks at states
/// changed since its watermark, so it stays cheap at any table size.
/// </summary>
internal sealed class ProjectionSweeper(
    Database database,
    IGrainFactory grains,
    IOptions<ClusterOptions> cluster,
    IOptions<ProjectionSweepOptions> options,
    ILogger<ProjectionSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval);
        do
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Projection sweep failed; it runs again in {Interval}", options.Value.Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Repairs every lagging projection changed since the watermark; returns how many it repaired.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var serviceId = cluster.Value.ServiceId;
        await using var connection = await database.OpenAsync(AccessScope.System("projection-sweep"), cancellationToken);
        var watermark = ReadInstant(await connection.ExecuteScalarAsync<object?>(
            "SELECT watermark FROM projection_sweeps WHERE service_id = @serviceId", new { serviceId }));
        var scanStart = DateTimeOffset.UtcNow;
        // Slack covers clock differences between silos and writes that committed late.
        var since = watermark == DateTimeOffset.MinValue ? watermark : watermark - options.Value.Slack;
        var lagging = (await connection.QueryAsync<(string GrainType, string GrainKey)>(
            $"""
            SELECT s.grain_type, s.grain_key
            FROM orleans_storage s
            LEFT JOIN projections p ON p.grain_type = s.grain_type AND p.grain_key = s.grain_key
            WHERE s.service_id = @serviceId AND s.modified_on >= @since AND s.payload IS NOT NULL
              AND s.grain_type IN ({ProjectedStateNames})
              AND (p.version IS NULL OR p.version < s.version)
            """,
            new { serviceId, since = Instant(since) })).ToList();

        var repaired = 0;
        foreach (var (grainType, grainKey) in lagging)
        {
            if (await ProjectionTargets.ReprojectAsync(grains, grainType, grainKey))
            {
                repaired++;
            }
        }

        if (repaired > 0)
        {
            logger.LogInformation("Projection sweep repaired {Count} grains", repaired);
        }

        if (repaired == lagging.Count)
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO projection_sweeps (service_id, watermark) VALUES (@serviceId, @scanStart)
                ON CONFLICT (service_id) DO UPDATE SET watermark = excluded.watermark
                """,
                new { serviceId, scanStart = Instant(scanStart) });
        }

        return repaired;
    }

    // Compile-time constants of our own grains, so inlining them is safe and portable across both databases.
    private static readonly string ProjectedStateNames = string.Join(", ", ProjectionTargets.StateNames.Select(n => $"'{n}'"));

    // SQLite keeps instants as ISO-8601 text in the same format as orleans_storage.modified_on, so they compare as text.
    private object Instant(DateTimeOffset value) =>
        database.Dialect == StorageDialect.Sqlite ? value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture) : value;

    private static DateTimeOffset ReadInstant(object? value) => value switch
    {
        DateTime dateTime => new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)),
        DateTimeOffset instant => instant,
        string text => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture),
        _ => DateTimeOffset.MinValue,
    };
}

/// <summary>How often the projection sweep runs and how far behind its watermark it looks again.</summary>
public sealed class ProjectionSweepOptions
{
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan Slack { get; set; } = TimeSpan.FromMinutes(2);
}
