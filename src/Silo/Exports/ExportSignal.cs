namespace OnePlusX.Silo.Exports;

/// <summary>Wakes this silo's idle export workers when a job is queued here, instead of at their next poll.</summary>
internal sealed class ExportSignal
{
    private readonly SemaphoreSlim _queued = new(0);

    public void Queued() => _queued.Release();

    /// <summary>Waits until a job is queued here or <paramref name="timeout"/> passes.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _queued.WaitAsync(timeout, cancellationToken);
}
