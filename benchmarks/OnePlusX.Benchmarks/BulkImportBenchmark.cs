using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using OnePlusX.Silo.BulkImport;
using OnePlusX.Silo.DataSet;
using OnePlusX.Silo.ReferenceData;
using OnePlusX.Silo.Storage;
using OnePlusX.Testing;

namespace OnePlusX.Benchmarks;

/// <summary>
/// The national data set's bulk import against psql's <c>\copy</c> of the same rows, on one PostgreSQL server (fsync
/// on). The rows are drawn once and written to CSV files for psql; then, in alternating rounds, each side fills a
/// fresh database with identical schema (migrated and holding the reference data):
/// <list type="bullet">
/// <item>ours: <c>DataSetLoader</c> exactly as <c>dataset load</c> runs it, drawing the rows from the seed again
/// and streaming them through <c>BulkImporter</c> (binary COPY, one transaction per table), generation included;</item>
/// <item>psql: one psql session running <c>\copy table (columns) FROM 'file' WITH (FORMAT csv)</c> per table, the
/// files already written (their writing is not counted).</item>
/// </list>
/// Both connect over TCP as the superuser (no row-level-security step on either side). The size is
/// <c>ONEPLUSX_BULK_SCALE</c> (a factor of the national set; 0.2 = 1,000,000 students by default), the rounds
/// <c>ONEPLUSX_BULK_ROUNDS</c> (2 by default).
/// </summary>
internal static partial class BulkImportBenchmark
{
    public const string Name = "bulk-import";

    public static async Task<Comparison> RunAsync(Action<string> log)
    {
        var factor = double.Parse(Environment.GetEnvironmentVariable("ONEPLUSX_BULK_SCALE") ?? "0.2", CultureInfo.InvariantCulture);
        var rounds = int.Parse(Environment.GetEnvironmentVariable("ONEPLUSX_BULK_ROUNDS") ?? "2", CultureInfo.InvariantCulture);
        log("starting PostgreSQL (fsync on) ...");
        await using var postgres = await BenchPostgres.StartAsync();
        log($"PostgreSQL {postgres.Version} on port {postgres.Port}: {await postgres.DurabilitySettingsAsync()}");

        var generator = new DataSetGenerator(DataSetPlan.For(42, factor), ReferenceCatalog.Load());
        var counts = generator.Count();
        log($"data set at scale {factor}: {counts.Students:N0} students, {counts.Registrations:N0} registrations, {counts.IssuedCertificates:N0} certificates issued; {counts.Rows:N0} rows in all");

        var folder = Directory.CreateTempSubdirectory("oneplusx-bulk-").FullName;
        try
        {
            var script = await WriteCsvAsync(generator, folder, log);
            var psql = Path.Combine(PostgresTools.FindBinaries("psql"), "psql");
            List<double> ours = [], reference = [];
            var notes = new List<string>();
            for (var round = 0; round < rounds; round++)
            {
                foreach (var side in round % 2 == 0 ? new[] { "ours", "psql" } : ["psql", "ours"])
                {
                    var database = $"{side}_{round}";
                    await postgres.CreateDatabaseAsync(database);
                    var storage = new StorageOptions { PostgreSQL = postgres.ConnectionString(database) };
                    await PrepareAsync(storage);
                    if (side == "ours")
                    {
                        var (seconds, tables) = await OursAsync(storage, generator, counts);
                        ours.Add(counts.Rows / seconds);
                        log($"round {round + 1} ours: {counts.Rows:N0} rows in {seconds:F1} s = {counts.Rows / seconds:N0} rows/s ({tables})");
                        notes.Add($"round {round + 1} ours per table: {tables}");
                    }
                    else
                    {
                        var (seconds, tables) = await PsqlAsync(psql, postgres, database, script);
                        reference.Add(counts.Rows / seconds);
                        log($"round {round + 1} psql: {counts.Rows:N0} rows in {seconds:F1} s = {counts.Rows / seconds:N0} rows/s ({tables})");
                        notes.Add($"round {round + 1} psql per table: {tables}");
                    }

                    await postgres.ScalarAsync("postgres", $"DROP DATABASE {database}");
                }
            }

            return new Comparison(Name, new Side("BulkImporter: draw + binary COPY", "rows/s", ours), new Side("psql \\copy of the same rows (CSV)", "rows/s", reference),
                "ours/psql", 0.5, notes);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task PrepareAsync(StorageOptions storage)
    {
        await using var database = new Database(storage);
        await new MigrationRunner(database, NullLogger<MigrationRunner>.Instance, storage).MigrateAsync();
        await new ReferenceDataLoader(database, ReferenceCatalog.Load()).LoadAsync(default);
    }

    private static async Task<(double Seconds, string Tables)> OursAsync(StorageOptions storage, DataSetGenerator generator, DataSetCounts counts)
    {
        await using var importer = new BulkImporter(storage);
        var clock = Stopwatch.StartNew();
        var loads = await new DataSetLoader(importer, generator).LoadAsync(counts, _ => { }, default);
        var seconds = clock.Elapsed.TotalSeconds;
        return (seconds, string.Join(", ", loads.Select(l => $"{l.Table} {l.RowsPerSecond:N0}/s")));
    }

    private static async Task<(double Seconds, string Tables)> PsqlAsync(string psql, BenchPostgres postgres, string database, string script)
    {
        var clock = Stopwatch.StartNew();
        var output = await PostgresTools.RunAsync(psql,
            ["-X", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", postgres.Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres", "-d", database, "-f", script],
            asPostgres: false);
        var seconds = clock.Elapsed.TotalSeconds;
        var copies = CopyPattern().Matches(output).Select(m => (Rows: long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
            Ms: double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToList();
        return (seconds, string.Join(", ", copies.Select(c => $"{c.Rows / (c.Ms / 1000):N0}/s")));
    }

    /// <summary>Writes each table's rows as PostgreSQL CSV (NULL as an unquoted empty field) and the psql script that copies them in.</summary>
    private static async Task<string> WriteCsvAsync(DataSetGenerator generator, string folder, Action<string> log)
    {
        var clock = Stopwatch.StartNew();
        var script = new StringBuilder("\\timing on\n");
        long bytes = 0;
        void Write<T>(BulkTable<T> table, IEnumerable<T> rows)
        {
            var path = Path.Combine(folder, $"{table.Name}.csv");
            using (var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20))
            {
                foreach (var row in rows)
                {
                    for (var i = 0; i < table.Columns.Count; i++)
                    {
                        if (i > 0)
                        {
                            writer.Write(',');
                        }

                        writer.Write(table.Columns[i].CsvValue(row));
                    }

                    writer.Write('\n');
                }
            }

            bytes += new FileInfo(path).Length;
            script.Append(CultureInfo.InvariantCulture, $"\\copy {table.Name} ({table.ColumnList}) FROM '{path}' WITH (FORMAT csv)\n");
        }

        Write(DataSetTables.Organizations, generator.Organizations());
        Write(DataSetTables.Certificates, generator.Certificates());
        Write(DataSetTables.Colleges, generator.CollegeRows());
        Write(DataSetTables.Schools, generator.Schools());
        Write(DataSetTables.Majors, generator.Majors());
        Write(DataSetTables.Projects, generator.Projects());
        Write(DataSetTables.Stations, generator.Stations());
        Write(DataSetTables.Students, generator.Students());
        Write(DataSetTables.Registrations, generator.Registrations());
        Write(DataSetTables.IssuedCertificates, generator.IssuedCertificates());
        var scriptPath = Path.Combine(folder, "copy.sql");
        await File.WriteAllTextAsync(scriptPath, script.ToString());
        log($"wrote the CSV files for psql: {bytes / 1e6:F0} MB in {clock.Elapsed.TotalSeconds:F1} s (not counted)");
        return scriptPath;
    }

    [GeneratedRegex(@"COPY ([0-9]+)\s+Time: ([0-9.]+) ms")]
    private static partial Regex CopyPattern();
}
