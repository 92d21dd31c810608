using OnePlusX.Outcomes;
using OnePlusX.ReadModels;
using OnePlusX.Security;

namespace OnePlusX.Exports;

/// <summary>
/// National monitoring exports (NAT-MON-1): a dataset of the read models written to a file by a background job, then
/// downloaded over HTTP through a link that expires. Only a national caller starts one; every call sees only the
/// caller's own jobs. Columns per dataset: docs/exports.md.
/// </summary>
public interface IMonitoringExports
{
    /// <summary>Queues an export for the caller; a validation error names the field, a refusal says who may export.</summary>
    Task<CommandResult<ExportJob>> StartAsync(AccessScope scope, StartExport request, CancellationToken cancellationToken);

    /// <summary>One of the caller's own jobs, or null (unknown and foreign ids alike).</summary>
    Task<ExportJob?> GetAsync(AccessScope scope, Guid id, CancellationToken cancellationToken);

    /// <summary>The caller's own jobs, newest first unless <paramref name="oldestFirst"/>.</summary>
    Task<Page<ExportJob>> ListAsync(AccessScope scope, ExportJobFilter filter, bool oldestFirst, int offset, int limit, CancellationToken cancellationToken);

    /// <summary>A fresh download link to one of the caller's jobs whose file is ready; null otherwise. Only the caller can use it.</summary>
    ExportDownload? DownloadFor(AccessScope scope, ExportJob job);
}

/// <summary>What can be exported: one read model each (columns in docs/exports.md).</summary>
public enum ExportDataset
{
    /// <summary>Certificate projects with their college, fee and cost-cap status (试点项目).</summary>
    Projects = 1,

    /// <summary>One row per candidate: who pays, the fee, the result and the certificate (报名与考核结果).</summary>
    Registrations = 2,

    /// <summary>Issued certificates and their platform-entry deadline (证书颁发).</summary>
    Certificates = 3,

    /// <summary>Each college's weekly-report compliance (周报合规).</summary>
    WeeklyReports = 4,
}

/// <summary>The file format of an export.</summary>
public enum ExportFormat
{
    /// <summary>RFC 4180 CSV, UTF-8 with a byte-order mark (for Excel), a header row of column names.</summary>
    Csv = 1,

    /// <summary>An Excel workbook; a dataset longer than one sheet holds continues on the next.</summary>
    Xlsx = 2,

    /// <summary>JSON Lines: one JSON object per row, keyed by column name.</summary>
    JsonLines = 3,
}

/// <summary>Where a job stands.</summary>
public enum ExportJobStatus
{
    /// <summary>Waiting for a worker.</summary>
    Queued = 1,

    /// <summary>Writing rows.</summary>
    Running = 2,

    /// <summary>The file is complete and can be downloaded.</summary>
    Succeeded = 3,

    /// <summary>It stopped; <see cref="ExportJob.Error"/> says why.</summary>
    Failed = 4,

    /// <summary>It succeeded, and its file has since been removed (kept for a configured time).</summary>
    Expired = 5,
}

/// <summary>Which rows: a province, a pilot year (both optional, AND-ed).</summary>
public sealed record ExportFilter(string? ProvinceCode, int? Year)
{
    public static ExportFilter None { get; } = new(null, null);
}

/// <summary>The export to start.</summary>
public sealed record StartExport(ExportDataset Dataset, ExportFormat Format, ExportFilter Where);

/// <summary>Which of the caller's jobs to list.</summary>
public sealed record ExportJobFilter(ExportJobStatus? Status, ExportDataset? Dataset);

/// <summary>An export job as its owner sees it.</summary>
/// <param name="Id">The job.</param>
/// <param name="Dataset">What it exports.</param>
/// <param name="Format">Its file format.</param>
/// <param name="Where">Its filters.</param>
/// <param name="AsOf">The day (China time) day-dependent columns are judged on (cost cap in force, overdue entry).</param>
/// <param name="Status">Where it stands.</param>
/// <param name="RowsWritten">Data rows written so far.</param>
/// <param name="TotalRows">The rows the dataset held when the job started (counted first), once known.</param>
/// <param name="CreatedAt">When it was started.</param>
/// <param name="StartedAt">When a worker took it.</param>
/// <param name="FinishedAt">When it succeeded or failed.</param>
/// <param name="FileName">The file name the download carries.</param>
/// <param name="FileBytes">The file's size once written.</param>
/// <param name="Error">Why it failed.</param>
public sealed record ExportJob(
    Guid Id,
    ExportDataset Dataset,
    ExportFormat Format,
    ExportFilter Where,
    DateOnly AsOf,
    ExportJobStatus Status,
    long RowsWritten,
    long? TotalRows,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    string? FileName,
    long? FileBytes,
    string? Error)
{
    /// <summary>Rows written of the rows counted, 0–100; 100 once succeeded; null while nothing was counted.</summary>
    public double? Percent => Status is ExportJobStatus.Succeeded or ExportJobStatus.Expired ? 100
        : TotalRows is { } total ? (total == 0 ? 0 : Math.Min(100, Math.Round(100.0 * RowsWritten / total, 1)))
        : null;
}

/// <summary>A link to a job's file, valid until <see cref="ExpiresAt"/> and only for the job's owner.</summary>
/// <param name="Url">The path of the download, relative to the service's address.</param>
/// <param name="ExpiresAt">When the link stops working.</param>
public sealed record ExportDownload(string Url, DateTimeOffset ExpiresAt);
