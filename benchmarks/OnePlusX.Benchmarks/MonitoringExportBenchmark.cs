using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using OnePlusX.Exports;
using OnePlusX.Security;
using OnePlusX.Silo.Exports;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Benchmarks;

/// <summary>
/// The monitoring export (NAT-MON-1) of 5,000,000 registrations from PostgreSQL (fsync on), through the product's own
/// path: a national client starts the job over GraphQL on a real silo process (the Release build, Server GC, the
/// service role under row-level security), polls it, and the silo streams the rows to a file. Measured per format:
/// rows per second, and the silo process's resident memory sampled every 100 ms against its idle memory. The
/// reference side is PostgreSQL itself writing the same query as CSV (<c>COPY (…) TO STDOUT</c>) to a client that
/// discards it: what the database alone costs. The rows are the national data set's registrations when
/// ONEPLUSX_BENCH_NATIONAL names its database (copied with binary COPY), otherwise generated.
/// </summary>
internal static class MonitoringExportBenchmark
{
    public const string Name = "monitoring-export";
    private const int Rows = 5_000_000;
    private const int Colleges = 10_000;
    private const string Service = "oneplusx_export_app";
    private const double TargetRowsPerSecond = 100_000;
    private const long MemoryBudget = 200L * 1024 * 1024;

    private const string RegistrationColumns =
        "tenant_id, project_key, candidate_key, student_number, external, certificate_code, level, year, registered_on, payer, fee, passed, score, certificate_number, issued_on, version";

    private const string CollegeColumns = "tenant_id, name, province_code, city_code, policy_code, version, updated_at";

    public static async Task<Comparison> RunAsync(Action<string> log)
    {
        // A database an earlier run loaded (its owner's connection string) skips the server start and the load.
        var reuse = Environment.GetEnvironmentVariable("ONEPLUSX_BENCH_EXPORT_DATABASE");
        await using var postgres = reuse is { Length: > 0 } ? null : await BenchPostgres.StartAsync();
        string owner;
        if (postgres is null)
        {
            owner = reuse!;
            log($"reusing the loaded database {new NpgsqlConnectionStringBuilder(owner).Database} on port {new NpgsqlConnectionStringBuilder(owner).Port}");
        }
        else
        {
            log($"PostgreSQL {postgres.Version} on port {postgres.Port}: {await postgres.DurabilitySettingsAsync()}");
            await postgres.CreateDatabaseAsync("oneplusx_export");
            await postgres.ScalarAsync("postgres", $"CREATE ROLE {Service} LOGIN NOSUPERUSER NOBYPASSRLS");
            owner = postgres.ConnectionString("oneplusx_export");
        }

        var service = new NpgsqlConnectionStringBuilder(owner) { Username = Service }.ConnectionString;
        var folder = Directory.CreateTempSubdirectory("oneplusx-export-bench-").FullName;
        try
        {
            var settings = new Dictionary<string, string>
            {
                ["ConnectionStrings:PostgreSQL"] = service,
                ["ConnectionStrings:PostgreSQLMigrations"] = owner,
                ["OnePlusX:Exports:Directory"] = Path.Combine(folder, "exports"),
            };
            log("starting the silo process (Release build; migrations as the owner, then the service role under row-level security) ...");
            await using var silo = await SiloExecutable.StartAsync(settings, folder);

            var load = Stopwatch.StartNew();
            var source = postgres is null ? "an earlier run's load" : await LoadAsync(owner, log);
            log($"{Rows:N0} registrations of {source} loaded in {load.Elapsed.TotalSeconds:F0} s");

            using var http = await silo.ClientAsync("monitoring.export",
                ["--ConnectionStrings:PostgreSQL", service, "--ConnectionStrings:PostgreSQLMigrations", owner], folder);

            // Warm-up: the export path's code runs once (JIT, pools) on a small dataset before idle memory is taken.
            await ExportAsync(http, silo, ExportDataset.Projects, ExportFormat.Csv, "22", log: null);
            ClearExports(folder);
            await Task.Delay(TimeSpan.FromSeconds(2));
            var idle = await IdleAsync(silo);
            log($"silo idle: {Mb(idle)} MB resident");

            var results = new List<(ExportFormat Format, Run Run)>();
            foreach (var format in new[] { ExportFormat.Csv, ExportFormat.JsonLines, ExportFormat.Xlsx })
            {
                var run = await ExportAsync(http, silo, ExportDataset.Registrations, format, null, log);
                results.Add((format, run));
                log($"{format}: {run.Rows:N0} rows in {run.Elapsed.TotalSeconds:F1} s = {run.Rows / run.Elapsed.TotalSeconds:N0} rows/s (in the silo {run.Rows / run.InSilo.TotalSeconds:N0}); "
                    + $"file {run.Bytes / 1048576.0:N0} MB; resident peak {Mb(run.Peak)} MB = idle + {Mb(run.Peak - idle)} MB");
                ClearExports(folder);
                await Task.Delay(TimeSpan.FromSeconds(2));
            }

            var copy = await CopyAsync(service, log);
            var csv = results[0].Run;
            var notes = new List<string>
            {
                $"{Rows:N0} registrations ({source}); silo idle {Mb(idle)} MB resident (Server GC, 2 cores)",
            };
            foreach (var (format, run) in results)
            {
                var rate = run.Rows / run.Elapsed.TotalSeconds;
                notes.Add($"{format}: {rate:N0} rows/s end to end (target >= {TargetRowsPerSecond:N0}: {(rate >= TargetRowsPerSecond ? "met" : "NOT met")}), "
                    + $"peak {Mb(run.Peak)} MB = idle + {Mb(run.Peak - idle)} MB (target <= +200 MB: {(run.Peak - idle <= MemoryBudget ? "met" : "NOT met")}), file {run.Bytes / 1048576.0:N0} MB");
            }

            return new Comparison(Name,
                new Side("silo export, CSV (startExport to SUCCEEDED)", "rows/s", [csv.Rows / csv.Elapsed.TotalSeconds]),
                new Side("PostgreSQL COPY (same query) TO STDOUT CSV", "rows/s", [copy]),
                "silo/COPY", null, notes);
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private sealed record Run(long Rows, TimeSpan Elapsed, TimeSpan InSilo, long Bytes, long Peak);

    /// <summary>Starts an export, samples the silo's memory every 100 ms until it has finished.</summary>
    private static async Task<Run> ExportAsync(HttpClient http, SiloExecutable silo, ExportDataset dataset, ExportFormat format, string? province, Action<string>? log)
    {
        var peak = silo.ResidentBytes();
        using var done = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                peak = Math.Max(peak, silo.ResidentBytes());
                await Task.Delay(100, CancellationToken.None);
            }
        });
        var clock = Stopwatch.StartNew();
        var started = await GraphAsync(http,
            "mutation($input: StartExportInput!) { startExport(input: $input) { exportJob { id } errors { message } } }",
            new { input = new { dataset = ExportJobStore.Code(dataset), format = ExportJobStore.Code(format), where = new { provinceCode = province } } });
        var id = started.GetProperty("startExport").GetProperty("exportJob").GetProperty("id").GetString()!;
        JsonElement job;
        var lastReport = Stopwatch.StartNew();
        while (true)
        {
            job = (await GraphAsync(http, "query($id: ID!) { exportJob(id: $id) { status rowsWritten totalRows percent startedAt finishedAt fileBytes error } }", new { id })).GetProperty("exportJob");
            var status = job.GetProperty("status").GetString();
            if (status is "SUCCEEDED" or "FAILED")
            {
                break;
            }

            if (log is not null && lastReport.Elapsed > TimeSpan.FromSeconds(10))
            {
                log($"  {format}: {status} {job.GetProperty("rowsWritten").GetInt32():N0} rows ({job.GetProperty("percent")}%), resident {Mb(silo.ResidentBytes())} MB");
                lastReport.Restart();
            }

            await Task.Delay(200);
        }

        clock.Stop();
        await done.CancelAsync();
        await sampler;
        if (job.GetProperty("status").GetString() != "SUCCEEDED")
        {
            throw new InvalidOperationException($"The export failed: {job}\n{silo.Log}");
        }

        var inSilo = job.GetProperty("finishedAt").GetDateTimeOffset() - job.GetProperty("startedAt").GetDateTimeOffset();
        return new Run(job.GetProperty("rowsWritten").GetInt32(), clock.Elapsed, inSilo, (long)job.GetProperty("fileBytes").GetDouble(), peak);
    }

    /// <summary>The median of 30 samples over 3 s.</summary>
    private static async Task<long> IdleAsync(SiloExecutable silo)
    {
        var samples = new List<double>();
        for (var i = 0; i < 30; i++)
        {
            samples.Add(silo.ResidentBytes());
            await Task.Delay(100);
        }

        return (long)Measure.Median(samples);
    }

    /// <summary>PostgreSQL writing the export's own query as CSV to a client that discards it, as the service role.</summary>
    private static async Task<double> CopyAsync(string service, Action<string> log)
    {
        var query = ExportDefinition.For(ExportDataset.Registrations)
            .Query(StorageDialect.PostgreSQL, new AccessScope(ScopeKind.National, null, null, new HashSet<string>(), "bench"), ExportFilter.None, DateOnly.FromDateTime(DateTime.UtcNow));
        await using var connection = new NpgsqlConnection(service);
        await connection.OpenAsync();
        await using (var scope = new NpgsqlCommand("SELECT set_config('oneplusx.scope', 'national', false)", connection))
        {
            await scope.ExecuteScalarAsync();
        }

        var clock = Stopwatch.StartNew();
        long lines = 0;
        using (var reader = await connection.BeginTextExportAsync($"COPY ({query.Rows}) TO STDOUT (FORMAT csv)"))
        {
            var buffer = new char[1 << 16];
            int read;
            while ((read = await reader.ReadAsync(buffer)) > 0)
            {
                lines += buffer.AsSpan(0, read).Count('\n');
            }
        }

        clock.Stop();
        log($"reference: COPY of the same query as CSV: {lines:N0} lines in {clock.Elapsed.TotalSeconds:F1} s = {lines / clock.Elapsed.TotalSeconds:N0} rows/s");
        return lines / clock.Elapsed.TotalSeconds;
    }

    /// <summary>The national data set's colleges and first 5,000,000 registrations (binary COPY), or generated ones.</summary>
    private static async Task<string> LoadAsync(string target, Action<string> log)
    {
        await using var into = new NpgsqlConnection(target);
        await into.OpenAsync();
        var national = Environment.GetEnvironmentVariable("ONEPLUSX_BENCH_NATIONAL");
        string source;
        if (national is { Length: > 0 })
        {
            log("copying colleges and registrations from the national data set (binary COPY) ...");
            await using var from = new NpgsqlConnection(national);
            await from.OpenAsync();
            await CopyTableAsync(from, into, $"SELECT {CollegeColumns} FROM colleges", $"colleges ({CollegeColumns})");
            await CopyTableAsync(from, into,
                $"SELECT {RegistrationColumns} FROM registrations ORDER BY tenant_id, project_key, candidate_key LIMIT {Rows}", $"registrations ({RegistrationColumns})");
            source = "the national data set";
        }
        else
        {
            log("generating colleges and registrations (generate_series) ...");
            await ExecuteAsync(into, $"""
                INSERT INTO colleges ({CollegeColumns})
                SELECT 'C' || lpad(i::text, 5, '0'), '测试学院' || i, lpad((11 + i % 31)::text, 2, '0'), lpad((11 + i % 31)::text, 2, '0') || '0100', 'BASE', 1, now()
                FROM generate_series(1, {Colleges}) i
                """);
            await ExecuteAsync(into, $"""
                INSERT INTO registrations ({RegistrationColumns})
                SELECT 'C' || lpad((1 + i % {Colleges})::text, 5, '0'), 'WEB-FE-2-2025', lpad(i::text, 8, '0'), CASE WHEN i % 10 = 0 THEN NULL ELSE lpad(i::text, 8, '0') END,
                    i % 10 = 0, 'WEB-FE', 2, 2025, date '2025-03-01' + i % 120, (ARRAY['College', 'Student', 'Government'])[1 + i % 3], 380.00,
                    CASE WHEN i % 7 = 0 THEN NULL ELSE i % 4 <> 0 END, CASE WHEN i % 7 = 0 THEN NULL ELSE 40 + i % 60 END,
                    CASE WHEN i % 4 = 1 THEN 'N' || lpad(i::text, 10, '0') END, CASE WHEN i % 4 = 1 THEN date '2025-07-01' END, 1
                FROM generate_series(1, {Rows}) i
                ORDER BY 1, 2, 3
                """);
            source = "generated rows";
        }

        await ExecuteAsync(into, "VACUUM ANALYZE registrations; ANALYZE colleges;");
        return source;
    }

    private static async Task CopyTableAsync(NpgsqlConnection from, NpgsqlConnection into, string select, string table)
    {
        await using var read = await from.BeginRawBinaryCopyAsync($"COPY ({select}) TO STDOUT (FORMAT binary)");
        await using var write = await into.BeginRawBinaryCopyAsync($"COPY {table} FROM STDIN (FORMAT binary)");
        await read.CopyToAsync(write);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<JsonElement> GraphAsync(HttpClient http, string query, object variables)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        return answer.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            ? data
            : throw new InvalidOperationException($"GraphQL answered {answer}");
    }

    private static void ClearExports(string folder)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(folder, "exports")))
        {
            File.Delete(file);
        }
    }

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("N0", CultureInfo.InvariantCulture);
}
