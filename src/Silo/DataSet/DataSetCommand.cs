using System.Diagnostics;
using System.Globalization;
using OnePlusX.Silo.BulkImport;
using OnePlusX.Silo.Hosting;
using OnePlusX.Silo.ReferenceData;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.DataSet;

/// <summary>
/// Loads the national data set (docs/dataset.md) through the bulk-import path, into the database the silo's
/// configuration names, without starting the silo:
/// <code>
/// dotnet OnePlusX.Silo.dll dataset load [--seed 42] [--scale national|small|FACTOR]
///     [--ConnectionStrings:PostgreSQL "…" --ConnectionStrings:PostgreSQLMigrations "…"]
/// </code>
/// Prints the plan, progress per table (rows, percent, rows per second) and a summary. Start (or restart) the silo
/// afterwards: it takes the loaded certificates into its reference catalogue at start-up.
/// </summary>
internal static class DataSetCommand
{
    public static bool Handles(string[] args) => args.Length > 0 && args[0] == "dataset";

    public static async Task<int> RunAsync(WebApplication app, string[] args, CancellationToken cancellationToken = default)
    {
        if (args.Length < 2 || args[1] != "load" || CommandOptions.Parse(args[2..], "dataset load", ["seed", "scale"]) is not { } options)
        {
            Console.Error.WriteLine("usage: dataset load [--seed N] [--scale national|small|FACTOR] (see docs/dataset.md)");
            return 2;
        }

        if (!int.TryParse(options.One("seed", "42"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed))
        {
            Console.Error.WriteLine("INVALID: --seed must be a whole number. (seed)");
            return 1;
        }

        if (!DataSetPlan.TryParseScale(options.One("scale", "small"), out var factor))
        {
            Console.Error.WriteLine("INVALID: --scale must be national, small, a factor in (0, 1] or a fraction such as 1/1000. (scale)");
            return 1;
        }

        await app.InitializeStorageAsync(cancellationToken);
        var storage = app.Services.GetRequiredService<StorageOptions>();
        var generator = new DataSetGenerator(DataSetPlan.For(seed, factor), app.Services.GetRequiredService<ReferenceCatalog>());
        if (await DataSetLoader.IsLoadedAsync(app.Services.GetRequiredService<Database>(), generator, cancellationToken))
        {
            Console.Error.WriteLine($"CONFLICT: the data set (college {generator.Colleges[0].Code} or certificate {DataSetCatalogue.GeneratedPrefix}001) is already in this database; load into a fresh database.");
            return 1;
        }

        var clock = Stopwatch.StartNew();
        var counts = generator.Count();
        Console.WriteLine($"data set\tseed {seed}, scale {factor.ToString(CultureInfo.InvariantCulture)}, {storage.Dialect} ({(storage.Dialect == StorageDialect.PostgreSQL ? "binary COPY" : "batched INSERT")})");
        Console.WriteLine($"plan\t{counts.Provinces} provinces, {counts.Units} prefecture-level units and municipalities, {counts.Colleges:N0} colleges, " +
            $"{counts.Certificates} certificates ({counts.GeneratedCertificates} generated), {counts.Stations:N0} stations ({counts.ApprovedStations:N0} approved), " +
            $"{counts.Students:N0} students, {counts.Registrations:N0} registrations, {counts.IssuedCertificates:N0} certificates issued ({clock.Elapsed.TotalSeconds:F1} s to plan)");

        long before = 0;
        var printed = TimeSpan.Zero;
        void Progress(BulkProgress p)
        {
            if (!p.Done && p.Elapsed - printed < TimeSpan.FromSeconds(2))
            {
                return; // a line every two seconds per table is enough to follow
            }

            printed = p.Done ? TimeSpan.Zero : p.Elapsed;
            var overall = 100.0 * (before + p.Rows) / counts.Rows;
            var percent = p.Expected is > 0 ? $"{100.0 * p.Rows / p.Expected.Value,5:F1} %" : "";
            Console.WriteLine($"{(p.Done ? "loaded" : "loading")}\t{p.Table,-24} {p.Rows,12:N0} / {p.Expected ?? 0,12:N0} {percent}  {p.RowsPerSecond,10:N0} rows/s  (all: {overall,5:F1} %)");
            if (p.Done)
            {
                before += p.Rows;
            }
        }

        await using var importer = new BulkImporter(storage);
        clock.Restart();
        var loads = await new DataSetLoader(importer, generator).LoadAsync(counts, Progress, cancellationToken);
        var loading = clock.Elapsed;
        await importer.AnalyzeAsync(loads.Select(l => l.Table), cancellationToken);
        Console.WriteLine();
        Console.WriteLine($"{"table",-24} {"rows",12} {"seconds",9} {"rows/s",12}");
        foreach (var load in loads)
        {
            Console.WriteLine($"{load.Table,-24} {load.Rows,12:N0} {load.Elapsed.TotalSeconds,9:F1} {load.RowsPerSecond,12:N0}");
        }

        var total = loads.Sum(l => l.Rows);
        Console.WriteLine($"{"total",-24} {total,12:N0} {loading.TotalSeconds,9:F1} {total / loading.TotalSeconds,12:N0}");
        Console.WriteLine($"done\t{total} rows in {loading.TotalSeconds:F1} s (then ANALYZE {clock.Elapsed.TotalSeconds - loading.TotalSeconds:F1} s); restart the silo so its catalogue includes the loaded certificates");
        return 0;
    }
}
