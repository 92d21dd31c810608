using System.Globalization;
using Microsoft.Extensions.Options;
using OnePlusX.Exports;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.Exports;

/// <summary>
/// Runs export jobs in the background (NAT-MON-1), independent of the request that queued them. While one of the
/// configured worker slots is free, the silo claims the oldest queued job from <c>export_jobs</c> (any silo's), streams it to a file, and
/// records progress about once a second (which is also the heartbeat), then success with the file or failure with a
/// message. A job claimed by a silo that then stopped is failed once its heartbeat is older than
/// <see cref="ExportOptions.StaleAfter"/>; files are removed after <see cref="ExportOptions.FileRetention"/>.
/// </summary>
internal sealed class ExportWorker(
    ExportJobStore store, ExportRunner runner, ExportSignal signal, IOptions<ExportOptions> options, StorageOptions storage, ILogger<ExportWorker> logger)
    : BackgroundService
{
    /// <summary>This silo process as a claimant of jobs.</summary>
    private readonly string _runner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>The folder files go to (created on first use).</summary>
    public static string DirectoryOf(ExportOptions options, StorageOptions storage) =>
        Path.GetFullPath(options.Directory is { Length: > 0 } directory ? directory : Path.Combine(storage.DataDirectory, "exports"));

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.WhenAll(ClaimAsync(stoppingToken), MaintainAsync(stoppingToken));

    /// <summary>
    /// One loop per silo claims jobs while one of its <see cref="ExportOptions.Workers"/> slots is free, and runs each
    /// beside the others. With every slot busy it does not ask the database; idle, it asks once per
    /// <see cref="ExportOptions.PollInterval"/> (for jobs queued on other silos) or at once when a job is queued here.
    /// </summary>
    private async Task ClaimAsync(CancellationToken stopping)
    {
        await Task.Yield();
        using var slots = new SemaphoreSlim(Math.Max(1, options.Value.Workers));
        var running = new List<Task>();
        while (!stopping.IsCancellationRequested)
        {
            var held = false;
            try
            {
                await slots.WaitAsync(stopping);
                held = true;
                if (await store.ClaimAsync(_runner, stopping) is { } job)
                {
                    held = false; // the job's run gives the slot back
                    running.RemoveAll(t => t.IsCompleted);
                    running.Add(RunInSlotAsync(job, slots, stopping));
                    continue;
                }

                slots.Release();
                held = false;
                await signal.WaitAsync(options.Value.PollInterval, stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // The database is unreachable, say: try again after a pause rather than spin.
                if (held)
                {
                    slots.Release();
                }

                logger.LogError(e, "Export worker could not claim a job");
                try
                {
                    await Task.Delay(options.Value.PollInterval, stopping);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }

        // Running jobs see the stop themselves and record it; wait for them before the host goes.
        await Task.WhenAll(running);
    }

    private async Task RunInSlotAsync(StoredExportJob job, SemaphoreSlim slots, CancellationToken stopping)
    {
        await Task.Yield();
        try
        {
            await RunAsync(job, stopping);
        }
        finally
        {
            slots.Release();
        }
    }

    private async Task RunAsync(StoredExportJob stored, CancellationToken stopping)
    {
        var job = stored.Job;
        var directory = DirectoryOf(options.Value, storage);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{job.Id:N}{ExportRunner.Extension(job.Format)}");
        var partial = path + ".partial";
        long written = 0;
        try
        {
            logger.LogInformation("Export {Job} of {Dataset} as {Format} for {Owner} started", job.Id, job.Dataset, job.Format, stored.Owner);
            await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
            {
                written = await runner.ExportAsync(
                    ExportDefinition.For(job.Dataset), job.Format, stored.Scope, job.Where, job.AsOf, file,
                    total => store.CountedAsync(job.Id, total, stopping),
                    rows =>
                    {
                        written = rows;
                        return store.ProgressAsync(job.Id, rows, stopping);
                    },
                    stopping);
            }

            File.Move(partial, path, overwrite: true);
            await store.SucceededAsync(job.Id, written, FileName(job), path, new FileInfo(path).Length, CancellationToken.None);
            logger.LogInformation("Export {Job} wrote {Rows} rows to {Path}", job.Id, written, path);
        }
        catch (Exception e)
        {
            var stopped = e is OperationCanceledException && stopping.IsCancellationRequested;
            if (!stopped)
            {
                logger.LogError(e, "Export {Job} failed after {Rows} rows", job.Id, written);
            }

            TryDelete(partial);
            await store.FailedAsync(job.Id, written, stopped
                ? $"The silo stopped while the export ran ({written} rows written); start the export again."
                : $"The export failed after {written} rows; the service's log has the cause (export job {job.Id:N}).", CancellationToken.None);
        }
    }

    /// <summary>Every 30 s: fails jobs whose silo stopped, and removes files (and abandoned partial files) past their retention.</summary>
    private async Task MaintainAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(30));
        try
        {
            do
            {
                await MaintainOnceAsync(stopping);
            }
            while (await timer.WaitForNextTickAsync(stopping));
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    private async Task MaintainOnceAsync(CancellationToken stopping)
    {
        try
        {
            var now = DateTimeOffset.UtcNow;
            var stale = await store.FailStaleAsync(now - options.Value.StaleAfter, stopping);
            if (stale > 0)
            {
                logger.LogWarning("{Count} export jobs failed: their silo stopped while running them", stale);
            }

            foreach (var file in await store.ExpireAsync(now - options.Value.FileRetention, stopping))
            {
                TryDelete(file);
            }

            // A silo that died mid-export leaves its partial file; its job has been failed above by then.
            var directory = DirectoryOf(options.Value, storage);
            if (Directory.Exists(directory))
            {
                foreach (var partial in Directory.EnumerateFiles(directory, "*.partial").Where(f => File.GetLastWriteTimeUtc(f) < (now - options.Value.FileRetention).UtcDateTime))
                {
                    TryDelete(partial);
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Export maintenance failed; it runs again in 30 s");
        }
    }

    /// <summary>The download's file name: dataset, as-of day, filters, e.g. registrations-20251122-22-2025.csv.</summary>
    public static string FileName(ExportJob job) =>
        string.Join('-', new[]
            {
                ExportDefinition.For(job.Dataset).Stem, job.AsOf.ToString("yyyyMMdd", CultureInfo.InvariantCulture), job.Where.ProvinceCode,
                job.Where.Year?.ToString(CultureInfo.InvariantCulture),
            }.OfType<string>())
        + ExportRunner.Extension(job.Format);

    private void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException e)
        {
            logger.LogWarning(e, "Could not remove export file {Path}", path);
        }
    }
}
