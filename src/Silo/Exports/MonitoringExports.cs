using Microsoft.Extensions.Options;
using OnePlusX.Exports;
using OnePlusX.Outcomes;
using OnePlusX.Policies;
using OnePlusX.ReadModels;
using OnePlusX.Security;
using OnePlusX.Silo.Grains;

namespace OnePlusX.Silo.Exports;

/// <summary>
/// Starting and reading monitoring export jobs (NAT-MON-1) for the gateway: validates the request, refuses callers
/// without a national scope, bounds how much may be queued, records the job and wakes a worker. The job runs in
/// <see cref="ExportWorker"/>, on whichever silo claims it.
/// </summary>
internal sealed class MonitoringExports(
    ExportJobStore store, ExportLinks links, ExportSignal signal, IReferenceQueries reference, IOptions<ExportOptions> options, TimeProvider time)
    : IMonitoringExports
{
    /// <summary>The first pilot year and the last year a filter may name.</summary>
    private const int FirstYear = 2019;
    private const int LastYear = 2100;

    public async Task<CommandResult<ExportJob>> StartAsync(AccessScope scope, StartExport request, CancellationToken cancellationToken)
    {
        // NAT-MON-1: the monitoring dataset is national monitoring's. A provincial or college caller is refused rather
        // than given a partial file that looks like the national one.
        if (scope.Kind != ScopeKind.National)
        {
            return new CommandError(ErrorKind.Refusal, "REFUSED", "Monitoring exports are for national monitoring (NAT-MON-1).", null, ["NAT-MON-1"])
            {
                Explanation = new Explanation("监测数据导出仅限国家监测机构（NAT-MON-1）。", "Monitoring exports are for national monitoring (NAT-MON-1)."),
            };
        }

        if (Validate(request) is { } invalid)
        {
            return invalid;
        }

        var (all, owners) = await store.ActiveAsync(scope.Actor, cancellationToken);
        if (owners >= options.Value.MaxActivePerOwner)
        {
            return CommandError.Conflict("TOO_MANY_EXPORTS",
                $"You have {owners} exports queued or running (at most {options.Value.MaxActivePerOwner}); start another when one has finished.");
        }

        if (all >= options.Value.MaxActive)
        {
            return CommandError.Conflict("EXPORT_QUEUE_FULL", $"{all} exports are queued or running; start yours when one has finished.");
        }

        var now = time.GetUtcNow();
        var job = new ExportJob(Guid.CreateVersion7(now), request.Dataset, request.Format, request.Where, ChinaDay.Today, ExportJobStatus.Queued,
            0, null, now, null, null, null, null, null);
        await store.InsertAsync(new StoredExportJob(job, scope.Actor, scope.Kind, scope.Kind == ScopeKind.Province ? scope.Province : null, null), cancellationToken);
        signal.Queued();
        return job;
    }

    public async Task<ExportJob?> GetAsync(AccessScope scope, Guid id, CancellationToken cancellationToken) =>
        scope.Kind == ScopeKind.None ? null : (await store.GetAsync(scope, id, cancellationToken))?.Job;

    public Task<Page<ExportJob>> ListAsync(AccessScope scope, ExportJobFilter filter, bool oldestFirst, int offset, int limit, CancellationToken cancellationToken) =>
        scope.Kind == ScopeKind.None
            ? Task.FromResult(new Page<ExportJob>([], 0))
            : store.ListAsync(scope, filter, oldestFirst, offset, limit, cancellationToken);

    public ExportDownload? DownloadFor(AccessScope scope, ExportJob job) =>
        job.Status == ExportJobStatus.Succeeded && scope.Kind != ScopeKind.None ? links.Create(job.Id, scope.Actor) : null;

    private CommandError? Validate(StartExport request)
    {
        if (!Enum.IsDefined(request.Dataset))
        {
            return CommandError.Invalid("dataset", "Choose a dataset: PROJECTS, REGISTRATIONS, CERTIFICATES or WEEKLY_REPORTS.");
        }

        if (!Enum.IsDefined(request.Format))
        {
            return CommandError.Invalid("format", "Choose a format: CSV, XLSX or JSON_LINES.");
        }

        if (request.Where.ProvinceCode is { } province && reference.Province(province) is null)
        {
            return CommandError.Invalid("where.provinceCode", $"No province has the code '{province}'; use a 2-digit division code such as 22.");
        }

        if (request.Where.Year is { } year)
        {
            if (ExportDefinition.For(request.Dataset).YearColumn is null)
            {
                return CommandError.Invalid("where.year", "Weekly-report compliance is kept per college, not per year; leave the year out.");
            }

            if (year is < FirstYear or > LastYear)
            {
                return CommandError.Invalid("where.year", $"A pilot year is between {FirstYear} and {LastYear}.");
            }
        }

        return null;
    }
}
