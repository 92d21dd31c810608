using System.Diagnostics;
using System.Runtime.InteropServices;

namespace OnePlusX.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/OnePlusX.Benchmarks -- grain-calls|durable-change|gateway-vs-graphqljs|gateway-http-overhead|policy-decisions|bulk-import|coverage-http|monitoring-export|all</c>
/// (or several names; <c>all</c> leaves out coverage-http, which needs the national data set loaded).
/// Each benchmark measures both of its sides in the same run and prints their rates and ratio.
/// </summary>
internal static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        // One name, several names, or all.
        string[] which = args.Length == 0 ? ["all"] : args;
        var benchmarks = new List<(string Name, Func<Action<string>, Task<Comparison>> Run)>
        {
            (GrainCallsBenchmark.Name, GrainCallsBenchmark.RunAsync),
            (DurableChangeBenchmark.Name, DurableChangeBenchmark.RunAsync),
            (GatewayVsGraphQLJsBenchmark.Name, GatewayVsGraphQLJsBenchmark.RunAsync),
            (GatewayHttpOverheadBenchmark.Name, GatewayHttpOverheadBenchmark.RunAsync),
            (PolicyDecisionsBenchmark.Name, PolicyDecisionsBenchmark.RunAsync),
            (BulkImportBenchmark.Name, BulkImportBenchmark.RunAsync),
            (CoverageHttpBenchmark.Name, CoverageHttpBenchmark.RunAsync),
            (MonitoringExportBenchmark.Name, MonitoringExportBenchmark.RunAsync),
        };
        // coverage-http needs a database holding the national data set (docs/dataset.md): run by name only.
        string[] byNameOnly = [CoverageHttpBenchmark.Name];
        var selected = which.Contains("all") ? benchmarks.Where(b => !byNameOnly.Contains(b.Name)).ToList() : benchmarks.Where(b => which.Contains(b.Name)).ToList();
        if (selected.Count == 0 || which.Any(w => w != "all" && benchmarks.All(b => b.Name != w)))
        {
            Console.Error.WriteLine($"usage: OnePlusX.Benchmarks [{string.Join('|', benchmarks.Select(b => b.Name))}|all]...");
            return 2;
        }

#if DEBUG
        Console.WriteLine("WARNING: a Debug build; run with -c Release for figures worth keeping.");
#endif
        Console.WriteLine($"OnePlusX benchmarks, {DateTimeOffset.Now:yyyy-MM-dd HH:mm zzz}");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, server GC: {System.Runtime.GCSettings.IsServerGC}");
        var total = Stopwatch.StartNew();
        var results = new List<Comparison>();
        foreach (var (name, run) in selected)
        {
            Console.WriteLine();
            Console.WriteLine($"== {name}");
            var started = Stopwatch.StartNew();
            results.Add(await run(line => Console.WriteLine($"[{started.Elapsed.TotalSeconds,6:F1} s] {line}")));
        }

        Console.WriteLine();
        Console.WriteLine($"Results (medians of the rounds; whole run {total.Elapsed.TotalSeconds:F0} s):");
        Console.WriteLine();
        Console.Write(Report.Table(results));
        return 0;
    }
}
