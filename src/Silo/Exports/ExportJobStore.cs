using GraphQL;
using System.Data.Common;
using Dapper;
using OnePlusX.Exports;
using OnePlusX.ReadModels;
using OnePlusX.Security;
using OnePlusX.Silo.ReadModels;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.Exports;

/// <summary>A job as stored: what its owner sees, plus who owns it, the scope it reads in and where its file is.</summary>
internal sealed record StoredExportJob(ExportJob Job, string Owner, ScopeKind ScopeKind, string? ScopeProvince, string? FilePath)
{
    /// <summary>The scope the export reads in: the scope of the caller who started it, never wider.</summary>
    public AccessScope Scope => new(ScopeKind, null, ScopeProvince, new HashSet<string>(), Owner);
}

/// <summary>
/// The <c>export_jobs</c> table (migration 0018): jobs, their progress, and the queue the workers claim from. A
/// caller reads only jobs it owns in the scope it has now (owner, scope kind and province all equal), so a job
/// started under another role or province is not found; workers act in the service's own scope.
/// </summary>
internal sealed class ExportJobStore(Database database)
{
    private const string Columns =
        "id, dataset, format, province_code, year, as_of, status, rows_written, total_rows, created_at, started_at, finished_at, file_name, file_bytes, error, owner, scope_kind, scope_province, file_path";

    /// <summary>The caller's own jobs: its name, and the scope it has now.</summary>
    private const string Own = "owner = @Owner AND scope_kind = @ScopeKind AND COALESCE(scope_province, '') = @ScopeProvinceCode";

    private static readonly AccessScope Service = AccessScope.System("exports");

    private bool Postgres => database.Dialect == StorageDialect.PostgreSQL;

    public async Task InsertAsync(StoredExportJob stored, CancellationToken cancellationToken)
    {
        var job = stored.Job;
        await using var connection = await database.OpenAsync(stored.Scope, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO export_jobs (id, owner, scope_kind, scope_province, dataset, format, province_code, year, as_of, status, rows_written, created_at)
            VALUES (@Id, @Owner, @ScopeKind, @ScopeProvince, @Dataset, @Format, @ProvinceCode, @Year, {Day("@AsOf")}, @Status, 0, @CreatedAt)
            """,
            new
            {
                Id = Id(job.Id), stored.Owner, ScopeKind = ScopeCode(stored.ScopeKind), stored.ScopeProvince, Dataset = Code(job.Dataset),
                Format = Code(job.Format), job.Where.ProvinceCode, job.Where.Year, AsOf = Sql.IsoDay(job.AsOf),
                Status = Code(ExportJobStatus.Queued), job.CreatedAt,
            },
            cancellationToken: cancellationToken));
    }

    /// <summary>Jobs queued or running: across the service, and the owner's.</summary>
    public async Task<(int All, int Owners)> ActiveAsync(string owner, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(Service, cancellationToken);
        var counts = await connection.QuerySingleAsync<(long All, long Owners)>(new CommandDefinition(
            "SELECT count(*), count(CASE WHEN owner = @Owner THEN 1 END) FROM export_jobs WHERE status IN ('QUEUED', 'RUNNING')",
            new { Owner = owner }, cancellationToken: cancellationToken));
        return ((int)counts.All, (int)counts.Owners);
    }

    /// <summary>One of the caller's own jobs (same owner and scope), or null.</summary>
    public async Task<StoredExportJob?> GetAsync(AccessScope caller, Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(caller, cancellationToken);
        var found = await ReadAsync(connection, $"SELECT {Columns} FROM export_jobs WHERE id = @Id AND {Own}", Owned(caller, new { Id = Id(id) }), cancellationToken);
        return found.SingleOrDefault();
    }

    public async Task<Page<ExportJob>> ListAsync(AccessScope caller, ExportJobFilter filter, bool oldestFirst, int offset, int limit, CancellationToken cancellationToken)
    {
        var where = PagedSql.Where(Own, (filter.Status, "status = @Status"), (filter.Dataset, "dataset = @Dataset"));
        var parameters = Owned(caller, new
        {
            Status = filter.Status is { } status ? Code(status) : null,
            Dataset = filter.Dataset is { } dataset ? Code(dataset) : null,
            Limit = limit,
            Offset = offset,
        });
        await using var connection = await database.OpenAsync(caller, cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition($"SELECT count(*) FROM export_jobs {where}", parameters, cancellationToken: cancellationToken));
        var order = oldestFirst ? "created_at, id" : "created_at DESC, id DESC";
        var page = limit == 0 ? [] : await ReadAsync(connection, $"SELECT {Columns} FROM export_jobs {where} ORDER BY {order} LIMIT @Limit OFFSET @Offset", parameters, cancellationToken);
        return new Page<ExportJob>(page.Select(j => j.Job).ToList(), (int)total);
    }

    /// <summary>Takes the oldest queued job for <paramref name="runner"/>; of several silos claiming at once, one gets it.</summary>
    public async Task<StoredExportJob?> ClaimAsync(string runner, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(Service, cancellationToken);
        var claimed = await ReadAsync(connection,
            $"""
            UPDATE export_jobs SET status = 'RUNNING', runner = @Runner, started_at = @Now, heartbeat_at = @Now
            WHERE id = (SELECT id FROM export_jobs WHERE status = 'QUEUED' ORDER BY created_at LIMIT 1{(Postgres ? " FOR UPDATE SKIP LOCKED" : "")})
              AND status = 'QUEUED'
            RETURNING {Columns}
            """,
            new { Runner = runner, Now = DateTimeOffset.UtcNow },
            cancellationToken);
        return claimed.SingleOrDefault();
    }

    public Task CountedAsync(Guid id, long total, CancellationToken cancellationToken) =>
        UpdateAsync("total_rows = @Total, heartbeat_at = @Now", "status = 'RUNNING'", new { Id = Id(id), Total = total, Now = DateTimeOffset.UtcNow }, cancellationToken);

    /// <summary>Rows written so far; also the heartbeat that tells other silos the job's silo is alive.</summary>
    public Task ProgressAsync(Guid id, long rows, CancellationToken cancellationToken) =>
        UpdateAsync("rows_written = @Rows, heartbeat_at = @Now", "status = 'RUNNING'", new { Id = Id(id), Rows = rows, Now = DateTimeOffset.UtcNow }, cancellationToken);

    public Task SucceededAsync(Guid id, long rows, string fileName, string path, long bytes, CancellationToken cancellationToken) =>
        UpdateAsync(
            "status = 'SUCCEEDED', rows_written = @Rows, file_name = @FileName, file_path = @Path, file_bytes = @Bytes, finished_at = @Now, heartbeat_at = @Now",
            "status = 'RUNNING'",
            new { Id = Id(id), Rows = rows, FileName = fileName, Path = path, Bytes = bytes, Now = DateTimeOffset.UtcNow },
            cancellationToken);

    public Task FailedAsync(Guid id, long rows, string error, CancellationToken cancellationToken) =>
        UpdateAsync("status = 'FAILED', rows_written = @Rows, error = @Error, finished_at = @Now", "status = 'RUNNING'",
            new { Id = Id(id), Rows = rows, Error = error, Now = DateTimeOffset.UtcNow }, cancellationToken);

    /// <summary>Fails running jobs whose silo has not reported since <paramref name="before"/>: it stopped while running them.</summary>
    public async Task<int> FailStaleAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(Service, cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE export_jobs SET status = 'FAILED', finished_at = @Now,
                error = 'The silo running this export stopped before it finished; start the export again.'
            WHERE status = 'RUNNING' AND heartbeat_at < @Before
            """,
            new { Before = before, Now = DateTimeOffset.UtcNow }, cancellationToken: cancellationToken));
    }

    /// <summary>Marks succeeded jobs finished before <paramref name="before"/> as expired and returns their files to remove.</summary>
    public async Task<IReadOnlyList<string>> ExpireAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(Service, cancellationToken);
        var files = await connection.QueryAsync<string?>(new CommandDefinition(
            "UPDATE export_jobs SET status = 'EXPIRED', file_path = NULL WHERE status = 'SUCCEEDED' AND finished_at < @Before RETURNING file_path",
            new { Before = before }, cancellationToken: cancellationToken));
        return files.OfType<string>().ToList();
    }

    /// <summary>The stored code of an enum value, as GraphQL names it (ToConstantCase): PROJECTS, JSON_LINES, SUCCEEDED.</summary>
    public static string Code<T>(T value)
        where T : struct, Enum => value.ToString().ToConstantCase();

    private static T Parse<T>(string code)
        where T : struct, Enum => Codes<T>.Values[code];

    /// <summary>Every value of an enum by its stored code, made once per enum.</summary>
    private static class Codes<T>
        where T : struct, Enum
    {
        public static readonly Dictionary<string, T> Values = Enum.GetValues<T>().ToDictionary(v => Code(v), StringComparer.Ordinal);
    }

    private static DynamicParameters Owned(AccessScope caller, object parameters)
    {
        var all = new DynamicParameters(parameters);
        all.Add("Owner", caller.Actor);
        all.Add("ScopeKind", ScopeCode(caller.Kind));
        all.Add("ScopeProvinceCode", caller.Kind == ScopeKind.Province ? caller.Province ?? "" : "");
        return all;
    }

    private static string ScopeCode(ScopeKind kind) => kind.ToString().ToLowerInvariant();

    private object Id(Guid id) => Postgres ? id : id.ToString("D");

    private string Day(string parameter) => Sql.Day(database.Dialect, parameter);

    private async Task UpdateAsync(string set, string condition, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(Service, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition($"UPDATE export_jobs SET {set} WHERE id = @Id AND {condition}", parameters, cancellationToken: cancellationToken));
    }

    private static async Task<List<StoredExportJob>> ReadAsync(DbConnection connection, string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        var jobs = new List<StoredExportJob>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var job = new ExportJob(
                reader.GetValue(0) is Guid guid ? guid : Guid.Parse(reader.GetString(0)),
                Parse<ExportDataset>(reader.GetString(1)),
                Parse<ExportFormat>(reader.GetString(2)),
                new ExportFilter(Nullable<string>(reader, 3), reader.IsDBNull(4) ? null : reader.GetInt32(4)),
                reader.GetFieldValue<DateOnly>(5),
                Parse<ExportJobStatus>(reader.GetString(6)),
                reader.GetInt64(7),
                reader.IsDBNull(8) ? null : reader.GetInt64(8),
                reader.GetFieldValue<DateTimeOffset>(9),
                Instant(reader, 10),
                Instant(reader, 11),
                Nullable<string>(reader, 12),
                reader.IsDBNull(13) ? null : reader.GetInt64(13),
                Nullable<string>(reader, 14));
            jobs.Add(new StoredExportJob(job, reader.GetString(15), Enum.Parse<ScopeKind>(reader.GetString(16), ignoreCase: true), Nullable<string>(reader, 17), Nullable<string>(reader, 18)));
        }

        return jobs;
    }

    private static T? Nullable<T>(DbDataReader reader, int ordinal)
        where T : class => reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<T>(ordinal);

    private static DateTimeOffset? Instant(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);
}
