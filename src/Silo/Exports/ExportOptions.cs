namespace OnePlusX.Silo.Exports;

/// <summary>Monitoring exports (<c>OnePlusX:Exports</c>): where files go, how long links and files last, how much runs at once.</summary>
public sealed class ExportOptions
{
    /// <summary>
    /// The folder export files are written to; <c>exports</c> under the data folder when unset. Several silos must
    /// share it (a network volume), since any silo may run a job and any silo may serve its download.
    /// </summary>
    public string? Directory { get; set; }

    /// <summary>How long a download link works after it is handed out.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a finished export's file is kept; then it is removed and the job shows EXPIRED.</summary>
    public TimeSpan FileRetention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Exports one silo runs at the same time.</summary>
    public int Workers { get; set; } = 2;

    /// <summary>Exports queued or running across the service at most; beyond it a new one is refused until one ends.</summary>
    public int MaxActive { get; set; } = 20;

    /// <summary>Exports one caller may have queued or running at the same time.</summary>
    public int MaxActivePerOwner { get; set; } = 3;

    /// <summary>How often an idle worker looks for jobs queued on other silos (a job queued here wakes it at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A running job whose silo has not reported progress for this long is failed (its silo stopped).</summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromMinutes(2);
}
