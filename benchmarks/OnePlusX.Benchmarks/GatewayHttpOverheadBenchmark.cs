using OnePlusX.Security;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OnePlusX.GraphQL;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.ReadModels;

namespace OnePlusX.Benchmarks;

/// <summary>
/// The same 1,000 stations over HTTP from one in-process ASP.NET Core host: (a) the gateway's <c>POST /graphql</c>
/// (MapGraphQLGateway over the in-memory read models) and (b) a hand-written minimal endpoint
/// <c>GET /plain/stations</c> that builds the same JSON directly from the same read-model interfaces with
/// System.Text.Json. Same HttpClient (keep-alive), same concurrency, rounds alternating.
/// </summary>
internal static class GatewayHttpOverheadBenchmark
{
    public const string Name = "gateway-http-overhead";
    private const int Concurrency = 8;
    private const int Rounds = 5;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Round = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Probe = TimeSpan.FromSeconds(2);

    private static readonly JsonSerializerOptions PlainOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = PlainJson.Default,
    };

    public static async Task<Comparison> RunAsync(Action<string> log)
    {
        var contentRoot = Path.Combine(Path.GetTempPath(), $"oneplusx-bench-http-{Guid.NewGuid():N}");
        Directory.CreateDirectory(contentRoot);
        try
        {
            log("starting one ASP.NET Core host (Kestrel on 127.0.0.1) with /graphql and /plain/stations ...");
            await using var app = await StartHostAsync(contentRoot);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var client = new HttpClient(new SocketsHttpHandler
            {
                MaxConnectionsPerServer = Concurrency,
                PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
                AutomaticDecompression = DecompressionMethods.None,
            })
            {
                BaseAddress = new Uri(address),
                Timeout = TimeSpan.FromSeconds(30),
            };

            var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query = GatewayBenchData.StationsQuery }));
            HttpRequestMessage GraphQLRequest()
            {
                var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
                return request;
            }

            HttpRequestMessage PlainRequest() => new(HttpMethod.Get, "/plain/stations");

            // Both endpoints must give the same answer before either is timed.
            var graphqlText = await ReadTextAsync(client, GraphQLRequest());
            var plainText = await ReadTextAsync(client, PlainRequest());
            if (!GatewayNodeSide.SameJson(graphqlText, plainText))
            {
                throw new InvalidOperationException($"/graphql and /plain/stations answered differently:\n{graphqlText[..Math.Min(400, graphqlText.Length)]}\n{plainText[..Math.Min(400, plainText.Length)]}");
            }

            var identical = graphqlText == plainText ? "byte-identical" : "equal as JSON";
            log($"answers agree ({identical}); /graphql {Encoding.UTF8.GetByteCount(graphqlText)} bytes, /plain/stations {Encoding.UTF8.GetByteCount(plainText)} bytes");

            var buffers = Enumerable.Range(0, Concurrency).Select(_ => new byte[64 * 1024]).ToArray();
            Func<int, long, Task> Call(Func<HttpRequestMessage> request) => async (worker, _) =>
            {
                using var message = request();
                using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"{message.RequestUri} answered {(int)response.StatusCode}.");
                }

                await using var stream = await response.Content.ReadAsStreamAsync();
                while (await stream.ReadAsync(buffers[worker]) > 0)
                {
                }
            };

            log($"warm-up {WarmUp.TotalSeconds:F0} s each ...");
            await Measure.RunAsync(Concurrency, WarmUp, Call(GraphQLRequest));
            await Measure.RunAsync(Concurrency, WarmUp, Call(PlainRequest));

            async Task<(Sample Sample, double CpuMs, double AllocatedKb, string Gcs)> TimeAsync(int concurrency, TimeSpan duration, int side)
            {
                var gcs = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
                var cpu = Environment.CpuUsage.TotalTime;
                var allocated = GC.GetTotalAllocatedBytes(precise: false);
                var sample = await Measure.RunAsync(concurrency, duration, Call(side == 0 ? GraphQLRequest : PlainRequest));
                return (sample,
                    (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds / sample.Operations,
                    (GC.GetTotalAllocatedBytes(precise: false) - allocated) / 1024.0 / sample.Operations,
                    $"GCs gen0/1/2 {GC.CollectionCount(0) - gcs[0]}/{GC.CollectionCount(1) - gcs[1]}/{GC.CollectionCount(2) - gcs[2]}");
            }

            string Label(int side) => side == 0 ? "POST /graphql      " : "GET /plain/stations";

            var rates = new[] { new List<double>(), new List<double>() };
            var cpuPerRequest = new[] { new List<double>(), new List<double>() };
            var allocatedPerRequest = new[] { new List<double>(), new List<double>() };
            for (var round = 0; round < Rounds; round++)
            {
                foreach (var side in round % 2 == 0 ? new[] { 0, 1 } : [1, 0])
                {
                    var (sample, cpuMs, allocatedKb, gcs) = await TimeAsync(Concurrency, Round, side);
                    rates[side].Add(sample.PerSecond);
                    cpuPerRequest[side].Add(cpuMs);
                    allocatedPerRequest[side].Add(allocatedKb);
                    log($"round {round + 1}/{Rounds} {Label(side)}: {Report.F(sample.PerSecond),5} req/s ({sample.Operations} in {sample.Elapsed.TotalSeconds:F2} s, "
                        + $"{cpuMs:F2} ms CPU/request incl. client, {allocatedKb:F0} KB allocated/request, {gcs})");
                }
            }

            // One request at a time: the same paths without concurrent requests competing for the 2 cores and the GC.
            var single = new List<string>();
            foreach (var side in new[] { 0, 1 })
            {
                var (sample, cpuMs, allocatedKb, gcs) = await TimeAsync(1, Probe, side);
                single.Add($"{Label(side).Trim()} {Report.F(sample.PerSecond)} req/s, {cpuMs:F2} ms CPU/request, {allocatedKb:F0} KB/request, {gcs}");
            }

            log($"probe, one request at a time: {string.Join("; ", single)}");
            var graphqlRates = rates[0];
            var plainRates = rates[1];
            var graphqlCpu = cpuPerRequest[0];
            var plainCpu = cpuPerRequest[1];

            return new Comparison(
                Name,
                Ours: new Side("POST /graphql (gateway, MapGraphQLGateway)", "req/s", graphqlRates),
                Reference: new Side("GET /plain/stations (minimal API + STJ)", "req/s", plainRates),
                RatioName: "graphql/plain",
                Target: null,
                Notes:
                [
                    $"same 1,000 stations with college → city → province and certificate → organization ({Encoding.UTF8.GetByteCount(graphqlText)} bytes; answers {identical}); "
                        + $"one Kestrel host on 127.0.0.1 and the HttpClient in this process, {Concurrency} requests outstanding (keep-alive), "
                        + $"{Rounds} alternating rounds of {Round.TotalSeconds:F0} s after {WarmUp.TotalSeconds:F0} s warm-up each",
                    $"CPU per request (server + client, whole process): /graphql {Measure.Median(graphqlCpu):F2} ms, /plain/stations {Measure.Median(plainCpu):F2} ms; "
                        + $"the gateway's extra cost ≈ {Measure.Median(graphqlCpu) - Measure.Median(plainCpu):F2} ms CPU per request; "
                        + $"allocated per request (server + client): /graphql {Measure.Median(allocatedPerRequest[0]):F0} KB, /plain/stations {Measure.Median(allocatedPerRequest[1]):F0} KB",
                    $"probe, one request at a time ({Probe.TotalSeconds:F0} s each): {string.Join("; ", single)}",
                ]);
        }
        finally
        {
            try
            {
                Directory.Delete(contentRoot, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static async Task<string> ReadTextAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"{request.RequestUri} answered {(int)response.StatusCode}: {text}");
            }

            return text;
        }
    }

    private static async Task<WebApplication> StartHostAsync(string contentRoot)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = contentRoot,
            EnvironmentName = Environments.Production,
            Args = [],
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        GatewayBenchData.AddInMemoryReadModels(builder.Services);
        builder.Services.AddGraphQLGateway();

        var app = builder.Build();

        // Every request acts as a signed-in national reader (sign-in itself is not what this measures).
        app.Use((context, next) =>
        {
            context.User = BenchPrincipal.National;
            return next(context);
        });
        app.MapGraphQLGateway();
        app.MapGet("/plain/stations", PlainStationsAsync);
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await app.StartAsync(timeout.Token);
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// What a careful hand-written endpoint does for the same answer: one page of stations, each kind of child
    /// fetched once for the whole page (by the same read-model interfaces the gateway's loaders call), the ids
    /// encoded the same way, the nested shape built and written with System.Text.Json (source-generated).
    /// </summary>
    private static async Task PlainStationsAsync(
        HttpContext context, IExamStationQueries stations, ICollegeQueries colleges, IReferenceQueries reference)
    {
        var cancellationToken = context.RequestAborted;
        var page = await stations.ListAsync(AccessScope.System("benchmark"), new ExamStationFilter(null, null, null, null), 0, Paging.MaxPageSize, cancellationToken);
        var collegesByCode = await colleges.ByCodesAsync(AccessScope.System("benchmark"), page.Items.Select(s => s.TenantId).Distinct().ToList(), cancellationToken);
        var edges = new List<PlainEdge>(page.Items.Count);
        foreach (var station in page.Items)
        {
            var college = collegesByCode[station.TenantId];
            var city = reference.City(college.CityCode)!;
            var certificate = reference.Certificate(station.CertificateCode)!;
            edges.Add(new PlainEdge(new PlainStation(
                GlobalId.Encode("ExamStation", $"{station.TenantId}/{station.Code}"),
                station.Code,
                station.Name,
                station.Capacity,
                new PlainCollege(college.Code, college.Name, new PlainCity(city.Name, new PlainNamed(reference.Province(city.ProvinceCode)!.Name))),
                new PlainCertificate(certificate.Name, new PlainNamed(reference.Organization(certificate.OrganizationCode)!.Name)))));
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(
            context.Response.Body, new PlainResponse(new PlainData(new PlainConnection(edges))), PlainOptions, cancellationToken);
    }
}

internal sealed record PlainResponse(PlainData Data);

internal sealed record PlainData(PlainConnection ExamStations);

internal sealed record PlainConnection(IReadOnlyList<PlainEdge> Edges);

internal sealed record PlainEdge(PlainStation Node);

internal sealed record PlainStation(string Id, string Code, string Name, int Capacity, PlainCollege College, PlainCertificate Certificate);

internal sealed record PlainCollege(string Code, string Name, PlainCity City);

internal sealed record PlainCity(string Name, PlainNamed Province);

internal sealed record PlainCertificate(string Name, PlainNamed EvaluationOrganization);

internal sealed record PlainNamed(string Name);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PlainResponse))]
internal sealed partial class PlainJson : JsonSerializerContext;
