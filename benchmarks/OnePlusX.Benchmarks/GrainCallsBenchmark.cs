using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OnePlusX.Colleges;
using OnePlusX.Policies;
using OnePlusX.Tenancy;

namespace OnePlusX.Benchmarks;

/// <summary>
/// The same read-only call (ICollegeGrain.GetAsync on one active college) made with a fixed number of calls
/// outstanding, (a) through the silo's own IGrainFactory in its process and (b) through an external Orleans
/// cluster client over the gateway. Rounds alternate between the two so both see the same machine load.
/// </summary>
internal static class GrainCallsBenchmark
{
    public const string Name = "grain-calls";
    private const int Concurrency = 64;
    private const int Rounds = 5;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Round = TimeSpan.FromSeconds(3);

    public static async Task<Comparison> RunAsync(Action<string> log)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"oneplusx-bench-sqlite-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            log("starting one silo (embedded SQLite mode) ...");
            var (silo, tenant) = await StartWithCollegeAsync(folder);
            await using var running = silo;

            log("connecting an external cluster client to the gateway ...");
            using var client = await silo.ConnectClientAsync();
            try
            {
                var direct = silo.Grains.GetGrain<ICollegeGrain>(tenant.Value);
                var remote = client.Services.GetRequiredService<IClusterClient>().GetGrain<ICollegeGrain>(tenant.Value);
                Func<int, long, Task> Call(ICollegeGrain grain) => async (_, _) =>
                {
                    // Every call carries the tenant, as the edge sets it per request.
                    using (CallScope.ForTenant(tenant, "bench"))
                    {
                        if (await grain.GetAsync() is null)
                        {
                            throw new InvalidOperationException("The benchmark college vanished.");
                        }
                    }
                };

                log($"warm-up {WarmUp.TotalSeconds:F0} s each ...");
                await Measure.RunAsync(Concurrency, WarmUp, Call(direct));
                await Measure.RunAsync(Concurrency, WarmUp, Call(remote));

                var directRates = new List<double>();
                var clientRates = new List<double>();
                for (var round = 0; round < Rounds; round++)
                {
                    // Alternate which side goes first so a drift in machine load favours neither.
                    foreach (var side in round % 2 == 0 ? new[] { 0, 1 } : [1, 0])
                    {
                        var sample = await Measure.RunAsync(Concurrency, Round, Call(side == 0 ? direct : remote));
                        (side == 0 ? directRates : clientRates).Add(sample.PerSecond);
                        log($"round {round + 1}/{Rounds} {(side == 0 ? "direct" : "client")}: {Report.F(sample.PerSecond)} calls/s ({sample.Operations} in {sample.Elapsed.TotalSeconds:F2} s)");
                    }
                }

                return new Comparison(
                    Name,
                    Ours: new Side("external cluster client (gateway, TCP)", "calls/s", clientRates),
                    Reference: new Side("direct in-silo IGrainFactory", "calls/s", directRates),
                    RatioName: "client/direct",
                    Target: null,
                    Notes:
                    [
                        $"ICollegeGrain.GetAsync on one active grain, {Concurrency} calls outstanding, {Rounds} alternating rounds of {Round.TotalSeconds:F0} s after {WarmUp.TotalSeconds:F0} s warm-up; client and silo share this process and its 2 cores.",
                    ]);
            }
            finally
            {
                await client.StopAsync(TimeSpan.FromSeconds(5));
            }
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

    /// <summary>An embedded silo in <paramref name="folder"/> with one registered college, BENCH.</summary>
    internal static async Task<(BenchSilo Silo, TenantId Tenant)> StartWithCollegeAsync(string folder)
    {
        var silo = await BenchSilo.StartAsync(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(folder, "bench.db")}",
        });
        var tenant = TenantId.From("BENCH");
        using (CallScope.System("benchmark", "bench"))
        {
            Check((await silo.Grains.GetGrain<ICollegeGrain>(tenant.Value).RegisterAsync(new RegisterCollege("基准学院", "22", "220100"))).Error?.ToString());
        }

        return (silo, tenant);
    }

    internal static void Check(string? error)
    {
        if (error is not null)
        {
            throw new InvalidOperationException($"Benchmark set-up failed: {error}");
        }
    }
}
