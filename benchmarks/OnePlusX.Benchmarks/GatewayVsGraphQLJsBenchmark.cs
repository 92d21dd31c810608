using System.Text;
using System.Text.Json;

namespace OnePlusX.Benchmarks;

/// <summary>
/// The same schema, data and operation (1,000 exam stations with college → city → province and certificate →
/// organization) executed and serialized (a) by the gateway in-process and (b) by graphql-js 16 in a Node child
/// process, one operation at a time on each side. graphql-js runs three ways: every child through a per-request
/// batching memo (like the gateway's loaders: the reference side of the ratio), colleges through the memo and
/// reference data by direct lookups ("mixed"), and every child by direct map lookups ("map", its fastest way); the
/// other two are reported beside the ratio. Rounds rotate among the four so all see the same machine load. Short
/// probes afterwards show where the gateway's time goes.
/// </summary>
internal static class GatewayVsGraphQLJsBenchmark
{
    public const string Name = "gateway-vs-graphqljs";
    private const int Rounds = 5;
    private static readonly TimeSpan MinGatewayWarmUp = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan MaxGatewayWarmUp = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan MinVariantWarmUp = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan MaxVariantWarmUp = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Round = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Probe = TimeSpan.FromSeconds(1);

    /// <summary>How the graphql-js resolvers reach the children (see bench.mjs); the first is the reference side.</summary>
    private static readonly string[] NodeModes = ["loader", "mixed", "map"];

    private static readonly Dictionary<string, string> ModeDescriptions = new()
    {
        ["loader"] = "every child through a per-request batching memo (DataLoader-like: promise per load, one lookup per level), as the gateway's Loaders do",
        ["mixed"] = "colleges through the memo, reference data by direct Map lookups",
        ["map"] = "every child by direct synchronous Map lookups, no promises: graphql-js's fastest way",
    };

    private static readonly Dictionary<string, string> Queries = new()
    {
        ["stations"] = GatewayBenchData.StationsQuery,
        ["oneStation"] = GatewayBenchData.OneStationQuery,
        ["scalarsOnly"] = GatewayBenchData.ScalarsOnlyQuery,
    };

    public static async Task<Comparison> RunAsync(Action<string> log)
    {
        // ONEPLUSX_BENCH_GRAPHQLJS_INPUTS keeps the inputs (schema, data, queries) in that folder for running bench.mjs alone.
        var kept = Environment.GetEnvironmentVariable("ONEPLUSX_BENCH_GRAPHQLJS_INPUTS");
        var folder = string.IsNullOrEmpty(kept) ? Path.Combine(Path.GetTempPath(), $"oneplusx-bench-graphqljs-{Guid.NewGuid():N}") : Path.GetFullPath(kept);
        Directory.CreateDirectory(folder);
        try
        {
            await using var gateway = new GatewayInProcess(GatewayBenchData.BuildGateway());
            var data = GatewayBenchData.Instance;
            log($"data: {data.Stations.Count} stations, {data.Colleges.Count} colleges, {data.Cities.Count} cities, {data.Provinces.Count} provinces, "
                + $"{data.Certificates.Count} certificates, {data.Organizations.Count} organizations");
            var sdl = GatewayBenchData.PrintSchema(gateway.Services);
            await File.WriteAllTextAsync(Path.Combine(folder, "schema.graphql"), sdl);
            await File.WriteAllTextAsync(Path.Combine(folder, "data.json"), data.ToJson());
            await File.WriteAllTextAsync(Path.Combine(folder, "queries.json"), JsonSerializer.Serialize(Queries));
            log($"schema printed by GraphQL.NET: {sdl.Length} chars; starting node ...");

            await using var node = await GatewayNodeSide.StartAsync(folder, log);
            log(node.Versions);

            // Both sides must give the same answer before either is timed.
            var ours = await gateway.ExecuteToTextAsync(GatewayBenchData.StationsQuery);
            var sameBytes = new List<string>();
            foreach (var mode in NodeModes)
            {
                var theirs = await node.VerifyAsync(mode, "stations", Path.Combine(folder, $"answer-{mode}.json"));
                if (!GatewayNodeSide.SameJson(ours, theirs))
                {
                    throw new InvalidOperationException($"graphql-js ({mode}) and the gateway answered differently:\n"
                        + $"gateway: {Truncate(GatewayNodeSide.Compact(ours))}\ngraphql-js: {Truncate(GatewayNodeSide.Compact(theirs))}");
                }

                sameBytes.Add(ours == theirs ? $"{mode}: byte-identical" : $"{mode}: equal as JSON");
            }

            var responseBytes = Encoding.UTF8.GetByteCount(ours);
            log($"answers agree ({string.Join(", ", sameBytes)}); response {responseBytes} bytes");

            log($"warm-up: gateway until steady ({MinGatewayWarmUp.TotalSeconds:F0}–{MaxGatewayWarmUp.TotalSeconds:F0} s), graphql-js {WarmUp.TotalSeconds:F1} s each ...");
            var warm = await WarmUpGatewayAsync(gateway, MinGatewayWarmUp, MaxGatewayWarmUp);
            log($"gateway warm: {Report.F(warm.PerSecond)} ops/s, {warm.CpuMsPerOp:F2} ms CPU/op");
            foreach (var mode in NodeModes)
            {
                await node.RunAsync(mode, "stations", WarmUp);
            }

            // Side 0 is the gateway, sides 1.. are graphql-js in NodeModes order; the order rotates every round.
            var sides = NodeModes.Length + 1;
            var rates = Enumerable.Range(0, sides).Select(_ => new List<double>()).ToArray();
            var cpuPerOp = Enumerable.Range(0, sides).Select(_ => new List<double>()).ToArray();
            var gatewayAlloc = new List<double>();
            for (var round = 0; round < Rounds; round++)
            {
                for (var i = 0; i < sides; i++)
                {
                    var side = (round + i) % sides;
                    if (side == 0)
                    {
                        var timed = await TimeGatewayAsync(gateway, GatewayBenchData.StationsQuery, serialize: true, Round);
                        rates[0].Add(timed.PerSecond);
                        cpuPerOp[0].Add(timed.CpuMsPerOp);
                        gatewayAlloc.Add(timed.AllocatedKbPerOp);
                        log($"round {round + 1}/{Rounds} gateway          : {Report.F(timed.PerSecond),5} ops/s ({timed.Operations} in {timed.Elapsed.TotalSeconds:F2} s, "
                            + $"{timed.CpuMsPerOp:F2} ms CPU/op, {timed.AllocatedKbPerOp:F0} KB allocated/op, {timed.Gcs})");
                    }
                    else
                    {
                        var mode = NodeModes[side - 1];
                        var sample = await node.RunAsync(mode, "stations", Round);
                        rates[side].Add(sample.PerSecond);
                        cpuPerOp[side].Add(sample.CpuMsPerOp);
                        log($"round {round + 1}/{Rounds} graphql-js {mode,-6}: {Report.F(sample.PerSecond),5} ops/s ({sample.Operations} in {sample.ElapsedMs / 1000:F2} s, "
                            + $"{sample.CpuMsPerOp:F2} ms CPU/op)");
                    }
                }
            }

            log("probes (where the time goes; each between two runs of the shipped gateway) ...");
            var probes = await ProbeAsync(gateway, node, ours);
            foreach (var probe in probes)
            {
                log(probe);
            }

            var versions = node.Versions;
            var others = new List<string>();
            for (var side = 2; side < sides; side++)
            {
                var paired = rates[0].Zip(rates[side], (g, n) => g / n).ToList();
                others.Add($"graphql-js {NodeModes[side - 1]} ({ModeDescriptions[NodeModes[side - 1]]}): rounds {string.Join(" ", rates[side].Select(Report.F))}, "
                    + $"median {Report.F(Median(rates[side]))} ops/s; gateway/{NodeModes[side - 1]} {Report.P(Median(rates[0]) / Median(rates[side]))} (medians), "
                    + $"{Report.P(Median(paired))} (paired); target 300 %: {(Median(rates[0]) / Median(rates[side]) >= 3 ? "met" : "NOT met")}");
            }

            return new Comparison(
                Name,
                Ours: new Side("gateway: GraphQL.NET 8.8.5 in-process + STJ", "ops/s", rates[0]),
                Reference: new Side($"graphql-js {versions.Split("graphql ")[^1]} loader + JSON.stringify", "ops/s", rates[1]),
                RatioName: "gateway/graphql-js(loader)",
                Target: 3.0,
                Notes:
                [
                    $"operation: {GatewayBenchData.StationsQuery} ({responseBytes} bytes of JSON; answers verified equal: {string.Join(", ", sameBytes)})",
                    $"one operation = parse + validate + execute + serialize to JSON (gateway: its System.Text.Json IGraphQLTextSerializer into a MemoryStream; "
                        + $"graphql-js: JSON.stringify to a string), one at a time on each side; {Rounds} rotating rounds of {Round.TotalSeconds:F0} s; {versions}",
                    $"graphql-js loader = {ModeDescriptions["loader"]}",
                    .. others,
                    $"CPU per op (all threads of the process, GC included): gateway {Median(cpuPerOp[0]):F2} ms ({Median(gatewayAlloc):F0} KB allocated/op), "
                        + string.Join(", ", NodeModes.Select((m, i) => $"graphql-js {m} {Median(cpuPerOp[i + 1]):F2} ms "
                            + $"({Median(cpuPerOp[i + 1]) / Median(cpuPerOp[0]):F1}× the gateway's)")),
                    .. probes,
                ]);
        }
        finally
        {
            try
            {
                if (string.IsNullOrEmpty(kept))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>
    /// Short probes of where the gateway's time goes. Each gateway probe is timed against the shipped gateway right
    /// before and after it (shipped, probe, probe, shipped), so the two share that moment's machine load.
    /// </summary>
    private static async Task<List<string>> ProbeAsync(GatewayInProcess gateway, GatewayNodeSide node, string expected)
    {
        var probes = new List<string>();
        async Task<(Aggregate Shipped, Aggregate Probe)> PairedAsync(Func<Task<TimedGateway>> probe)
        {
            var shipped = new List<TimedGateway> { await TimeGatewayAsync(gateway, GatewayBenchData.StationsQuery, serialize: true, Probe) };
            var probed = new List<TimedGateway> { await probe(), await probe() };
            shipped.Add(await TimeGatewayAsync(gateway, GatewayBenchData.StationsQuery, serialize: true, Probe));
            return (new Aggregate(shipped), new Aggregate(probed));
        }

        var (shippedA, noSerialization) = await PairedAsync(() => TimeGatewayAsync(gateway, GatewayBenchData.StationsQuery, serialize: false, Probe));
        probes.Add($"gateway without the serialization: {noSerialization}; with it (shipped, around it): {shippedA}; "
            + $"so serializing the answer costs ~{shippedA.CpuMsPerOp - noSerialization.CpuMsPerOp:F2} ms CPU/op");

        var (shippedB, scalars) = await PairedAsync(() => TimeGatewayAsync(gateway, GatewayBenchData.ScalarsOnlyQuery, serialize: true, Probe));
        var nodeScalars = await node.RunAsync("map", "scalarsOnly", Probe);
        probes.Add($"1,000 stations without children (id code name capacity): gateway {scalars} (full operation around it: {shippedB}); "
            + $"graphql-js {Report.F(nodeScalars.PerSecond)} ops/s, {nodeScalars.CpuMsPerOp:F2} ms CPU/op");

        var one = await TimeGatewayAsync(gateway, GatewayBenchData.OneStationQuery, serialize: true, Probe);
        var nodeOne = await node.RunAsync("loader", "oneStation", Probe);
        probes.Add($"same selection with first: 1 (the per-request cost apart from the items: parse, validate, complexity analysis, DI scope): "
            + $"gateway {one.CpuMsPerOp:F3} ms CPU/op ({one.AllocatedKbPerOp:F0} KB), graphql-js {nodeOne.CpuMsPerOp:F3} ms CPU/op");

        var variants = new (string Name, bool CollegesToo)[]
        {
            ("reference children (city, province, certificate, organization) resolved synchronously from memory, colleges still through the batch loader", false),
            ("every child resolved synchronously (no batch loader at all)", true),
        };
        foreach (var (name, collegesToo) in variants)
        {
            await using var variant = new GatewayInProcess(GatewayBenchData.BuildGateway());
            GatewayBenchData.ResolveChildrenSynchronously(variant.Services, collegesToo);
            if (!GatewayNodeSide.SameJson(expected, await variant.ExecuteToTextAsync(GatewayBenchData.StationsQuery)))
            {
                throw new InvalidOperationException($"The variant '{name}' answered differently.");
            }

            await WarmUpGatewayAsync(variant, MinVariantWarmUp, MaxVariantWarmUp);
            var (shipped, timed) = await PairedAsync(() => TimeGatewayAsync(variant, GatewayBenchData.StationsQuery, serialize: true, Probe));
            probes.Add($"diagnostic variant (not what ships) — {name}: {timed}; shipped gateway around it: {shipped} "
                + $"(variant/shipped rate {Report.P(timed.PerSecond / shipped.PerSecond)})");
        }

        return probes;
    }

    /// <summary>Several timed runs of one kind taken together.</summary>
    private sealed class Aggregate(IReadOnlyList<TimedGateway> runs)
    {
        private readonly long _operations = runs.Sum(r => r.Operations);

        public double PerSecond => _operations / runs.Sum(r => r.Elapsed.TotalSeconds);

        public double CpuMsPerOp => runs.Sum(r => r.CpuMsPerOp * r.Operations) / _operations;

        public double AllocatedKbPerOp => runs.Sum(r => r.AllocatedKbPerOp * r.Operations) / _operations;

        public override string ToString() => $"{Report.F(PerSecond)} ops/s, {CpuMsPerOp:F2} ms CPU/op, {AllocatedKbPerOp:F0} KB/op";
    }

    private static double Median(List<double> values) => Measure.Median(values);

    /// <summary>
    /// Runs the gateway in 1 s steps for at least <paramref name="minimum"/> and then until two steps in a row agree
    /// within 10 % on CPU per operation (tiered compilation done), at most <paramref name="limit"/>.
    /// </summary>
    private static async Task<TimedGateway> WarmUpGatewayAsync(GatewayInProcess gateway, TimeSpan minimum, TimeSpan limit)
    {
        var step = TimeSpan.FromSeconds(1);
        var previous = await TimeGatewayAsync(gateway, GatewayBenchData.StationsQuery, serialize: true, step);
        for (var spent = step; spent < limit; spent += step)
        {
            var current = await TimeGatewayAsync(gateway, GatewayBenchData.StationsQuery, serialize: true, step);
            if (spent + step >= minimum && Math.Abs(current.CpuMsPerOp - previous.CpuMsPerOp) <= 0.1 * previous.CpuMsPerOp)
            {
                return current;
            }

            previous = current;
        }

        return previous;
    }

    private static string Truncate(string text) => text.Length <= 600 ? text : text[..600] + " …";

    internal sealed record TimedGateway(long Operations, TimeSpan Elapsed, double CpuMsPerOp, double AllocatedKbPerOp, int Gen0, int Gen1, int Gen2)
    {
        public double PerSecond => Operations / Elapsed.TotalSeconds;

        public string Gcs => $"GCs gen0/1/2 {Gen0}/{Gen1}/{Gen2}";
    }

    /// <summary>The gateway one request at a time for <paramref name="duration"/>, with its CPU and allocation per request.</summary>
    internal static async Task<TimedGateway> TimeGatewayAsync(GatewayInProcess gateway, string query, bool serialize, TimeSpan duration)
    {
        using var output = new MemoryStream();
        var gcs = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
        var cpu = Environment.CpuUsage.TotalTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        var sample = await Measure.RunAsync(1, duration, async (_, _) => await gateway.ExecuteAsync(query, serialize ? output : null));
        var cpuMs = (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds;
        var allocatedKb = (GC.GetTotalAllocatedBytes(precise: false) - allocated) / 1024.0;
        return new TimedGateway(sample.Operations, sample.Elapsed, cpuMs / sample.Operations, allocatedKb / sample.Operations,
            GC.CollectionCount(0) - gcs[0], GC.CollectionCount(1) - gcs[1], GC.CollectionCount(2) - gcs[2]);
    }
}
