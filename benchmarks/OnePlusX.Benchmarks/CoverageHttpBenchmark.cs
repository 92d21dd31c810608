using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OnePlusX.Testing;

namespace OnePlusX.Benchmarks;

/// <summary>
/// Issue 7: the provincial coverage answer (NAT-STA-1) end to end over HTTP — a real Release silo process on the
/// national data set, <c>POST /graphql</c> with benchmarks/coverage/province-coverage.graphql and a provincial
/// client's bearer token — against the same answer computed by the one hand-written query
/// benchmarks/coverage/province-coverage.sql run by psql. Both sides: the same concurrency (long-lived clients, one
/// request outstanding each), the same database role and row-level-security scope (the service role under the
/// province's scope), each query timed by this process from sending the request to reading the last byte of the
/// answer. Rounds alternate the order of the sides so the machine's noise hits both.
/// </summary>
/// <remarks>
/// Environment: <c>ONEPLUSX_COVERAGE_PG</c> (host/port part of the connection string, default <c>Host=127.0.0.1;Port=55432</c>),
/// <c>ONEPLUSX_COVERAGE_DATABASE</c> (oneplusx), <c>ONEPLUSX_COVERAGE_PROVINCE</c> (44), <c>ONEPLUSX_COVERAGE_YEAR</c> (2025),
/// <c>ONEPLUSX_COVERAGE_CERTIFICATE</c> (empty: every certificate), <c>ONEPLUSX_COVERAGE_CLIENTS</c> (16), <c>ONEPLUSX_COVERAGE_ROUNDS</c> (3),
/// <c>ONEPLUSX_COVERAGE_SCOPE</c> (<c>province</c>, a provincial client's scope, or <c>national</c>, national monitoring's),
/// <c>ONEPLUSX_COVERAGE_QUERIES</c> (queries per client per side per round, 2), <c>ONEPLUSX_COVERAGE_SILO</c> (the silo's dll, default the
/// Release build in src/Silo/bin), <c>ONEPLUSX_COVERAGE_PSQL</c> (psql). The database must hold the national data set
/// (docs/dataset.md); the benchmark only reads it, except that it registers one OAuth client per run.
/// </remarks>
internal static class CoverageHttpBenchmark
{
    public const string Name = "coverage-http";

    public static async Task<Comparison> RunAsync(Action<string> log)
    {
        var server = Setting("ONEPLUSX_COVERAGE_PG", "Host=127.0.0.1;Port=55432");
        var database = Setting("ONEPLUSX_COVERAGE_DATABASE", "oneplusx");
        var province = Setting("ONEPLUSX_COVERAGE_PROVINCE", "44");
        var year = int.Parse(Setting("ONEPLUSX_COVERAGE_YEAR", "2025"), CultureInfo.InvariantCulture);
        var certificate = Setting("ONEPLUSX_COVERAGE_CERTIFICATE", "");
        var national = Setting("ONEPLUSX_COVERAGE_SCOPE", "province") switch
        {
            "province" => false,
            "national" => true,
            var other => throw new InvalidOperationException($"ONEPLUSX_COVERAGE_SCOPE is province or national, not '{other}'."),
        };
        var clients = int.Parse(Setting("ONEPLUSX_COVERAGE_CLIENTS", "16"), CultureInfo.InvariantCulture);
        var rounds = int.Parse(Setting("ONEPLUSX_COVERAGE_ROUNDS", "3"), CultureInfo.InvariantCulture);
        var queries = int.Parse(Setting("ONEPLUSX_COVERAGE_QUERIES", "2"), CultureInfo.InvariantCulture);
        var root = RepositoryRoot();
        var siloDll = Setting("ONEPLUSX_COVERAGE_SILO", Path.Combine(root, "src", "Silo", "bin", "Release", "net10.0", "OnePlusX.Silo.dll"));
        var psql = Setting("ONEPLUSX_COVERAGE_PSQL", "psql");
        var sqlFile = Path.Combine(root, "benchmarks", "coverage", "province-coverage.sql");
        var document = await File.ReadAllTextAsync(Path.Combine(root, "benchmarks", "coverage", "province-coverage.graphql"));
        var service = $"{server};Username=oneplusx_app;Database={database}";
        var owner = $"{server};Username=oneplusx_owner;Database={database}";
        var connection = new NpgsqlSettings(server);
        if (!File.Exists(siloDll))
        {
            throw new InvalidOperationException($"No silo build at {siloDll}: dotnet build -c Release src/Silo (or set ONEPLUSX_COVERAGE_SILO).");
        }

        log($"{(national ? "national scope" : "provincial scope")}, province {province}, year {year}, certificate {(certificate.Length == 0 ? "(all)" : certificate)}; {clients} clients per side, "
            + $"{rounds} rounds of {queries} queries per client per side; load average {LoadAverage()}");

        // A provincial integration client (scope province.read): the caller's scope is the province, as a coordinator's.
        // Or a national client (scope monitoring.export): national monitoring's scope, which sees every province.
        var oauthScope = national ? "monitoring.export" : "province.read";
        string[] registration = [siloDll, "accounts", "create-client", "--display", $"coverage benchmark {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss}",
            "--scope", oauthScope, $"--ConnectionStrings:PostgreSQL={service}", $"--ConnectionStrings:PostgreSQLMigrations={owner}"];
        var created = await RunAsync("dotnet", national ? registration : [.. registration, "--province", province]);
        var clientId = Field(created, "client_id");
        var secret = Field(created, "client_secret (shown once)");

        log("starting the silo process (Release, PostgreSQL, its own cluster id) ...");
        var http = Ports.Free();
        using var silo = StartSilo(siloDll, http, service, owner);
        try
        {
            using var client = new HttpClient(new SocketsHttpHandler
            {
                MaxConnectionsPerServer = clients,
                PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
                AutomaticDecompression = DecompressionMethods.None,
            })
            {
                BaseAddress = new Uri($"http://127.0.0.1:{http}"),
                Timeout = TimeSpan.FromMinutes(10),
            };
            await WaitReadyAsync(client, silo.Process, TimeSpan.FromSeconds(120));
            var token = await TokenAsync(client, clientId, secret, oauthScope);

            var variables = new JsonObject { ["province"] = province, ["year"] = year, ["certificate"] = certificate.Length == 0 ? null : certificate };
            var body = Encoding.UTF8.GetBytes(new JsonObject { ["query"] = document, ["variables"] = variables }.ToJsonString());
            HttpRequestMessage Request()
            {
                var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                return request;
            }

            // The psql clients: one long-lived session each, the service role under the caller's scope (the same
            // row-level security the silo's connection runs under for this caller).
            var sessions = new List<PsqlSession>();
            try
            {
                for (var i = 0; i < clients; i++)
                {
                    sessions.Add(PsqlSession.Start(psql, connection, database, province, year, certificate, national, sqlFile));
                }

                // Both sides must give the same answer before either is timed.
                var graphqlText = await ReadTextAsync(client, Request());
                var psqlText = await sessions[0].QueryAsync();
                var data = JsonNode.Parse(graphqlText)!["data"]?["stationCoverage"]
                    ?? throw new InvalidOperationException($"No data.stationCoverage in: {graphqlText[..Math.Min(600, graphqlText.Length)]}");
                if (!JsonNode.DeepEquals(data, JsonNode.Parse(psqlText)))
                {
                    throw new InvalidOperationException($"/graphql and psql answered differently:\n{GatewayNodeSide.Compact(data.ToJsonString())[..600]}\n{GatewayNodeSide.Compact(psqlText)[..600]}");
                }

                var totals = data["totals"]!;
                log($"answers agree; /graphql {Encoding.UTF8.GetByteCount(graphqlText):N0} bytes, psql {Encoding.UTF8.GetByteCount(psqlText):N0} bytes; "
                    + $"{totals["cities"]} cities, {totals["colleges"]} colleges, {totals["cityCertificates"]} city-certificates, {totals["gaps"]} gaps");

                var buffers = Enumerable.Range(0, clients).Select(_ => new byte[64 * 1024]).ToArray();
                async Task HttpCallAsync(int worker)
                {
                    using var message = Request();
                    using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        throw new InvalidOperationException($"/graphql answered {(int)response.StatusCode}.");
                    }

                    await using var stream = await response.Content.ReadAsStreamAsync();
                    while (await stream.ReadAsync(buffers[worker]) > 0)
                    {
                    }
                }

                Task PsqlCallAsync(int worker) => sessions[worker].QueryAsync();

                log("warm-up: one query per client, each side ...");
                await TimeAsync(clients, 1, PsqlCallAsync);
                await TimeAsync(clients, 1, HttpCallAsync);

                var latencies = new[] { new List<double>(), new List<double>() };
                var roundMedians = new[] { new List<double>(), new List<double>() };
                var siloCpu = new List<double>();
                for (var round = 0; round < rounds; round++)
                {
                    foreach (var side in round % 2 == 0 ? new[] { 1, 0 } : [0, 1])
                    {
                        var cpu = silo.Process.TotalProcessorTime;
                        var (times, elapsed) = await TimeAsync(clients, queries, side == 0 ? HttpCallAsync : PsqlCallAsync);
                        if (side == 0)
                        {
                            siloCpu.Add((silo.Process.TotalProcessorTime - cpu).TotalMilliseconds / times.Count);
                        }

                        latencies[side].AddRange(times);
                        roundMedians[side].Add(Measure.Median(times));
                        log($"round {round + 1}/{rounds} {(side == 0 ? "HTTP /graphql" : "psql         ")}: {times.Count} queries in {elapsed.TotalSeconds:F1} s, "
                            + $"median {Measure.Median(times):F0} ms, p99 {Percentile(times, 0.99):F0} ms, max {times.Max():F0} ms; load average {LoadAverage()}");
                    }
                }

                var (graphqlAll, psqlAll) = (latencies[0], latencies[1]);
                var medianRatio = Measure.Median(graphqlAll) / Measure.Median(psqlAll);
                var p99Ratio = Percentile(graphqlAll, 0.99) / Percentile(psqlAll, 0.99);
                return new Comparison(
                    Name,
                    Ours: new Side("HTTP POST /graphql, silo process (median latency per round)", "ms", roundMedians[0]),
                    Reference: new Side("psql, the hand-written query (median latency per round)", "ms", roundMedians[1]),
                    RatioName: "graphql/psql latency",
                    Target: null,
                    Notes:
                    [
                        $"province {province}, year {year}, certificate {(certificate.Length == 0 ? "(all)" : certificate)}: {totals["cities"]} cities, {totals["colleges"]} colleges, "
                            + $"{totals["cityCertificates"]} city-certificates, {totals["gaps"]} gaps; answers equal as JSON ({Encoding.UTF8.GetByteCount(graphqlText):N0} bytes over HTTP)",
                        $"{clients} concurrent clients per side, {rounds} alternating rounds × {queries} queries per client after one warm-up query each: {graphqlAll.Count} queries per side",
                        $"psql:  median {Measure.Median(psqlAll):F0} ms, p99 {Percentile(psqlAll, 0.99):F0} ms, max {psqlAll.Max():F0} ms",
                        $"HTTP:  median {Measure.Median(graphqlAll):F0} ms, p99 {Percentile(graphqlAll, 0.99):F0} ms, max {graphqlAll.Max():F0} ms; "
                            + $"silo process CPU {Measure.Median(siloCpu):F0} ms per request",
                        $"ratio HTTP/psql: median {medianRatio:F2}×, p99 {p99Ratio:F2}× (target ≤ 2×: {(medianRatio <= 2 && p99Ratio <= 2 ? "met" : "NOT met")})",
                        $"load average at the end {LoadAverage()}",
                    ]);
            }
            finally
            {
                foreach (var session in sessions)
                {
                    session.Dispose();
                }
            }
        }
        finally
        {
            if (!silo.Process.HasExited)
            {
                silo.Process.Kill(entireProcessTree: true);
                await silo.Process.WaitForExitAsync();
            }
        }
    }

    /// <summary>
    /// <paramref name="clients"/> workers each run <paramref name="count"/> calls one after another; every call's
    /// wall time in milliseconds, and the span of the whole batch.
    /// </summary>
    private static async Task<(List<double> Times, TimeSpan Elapsed)> TimeAsync(int clients, int count, Func<int, Task> call)
    {
        var times = new List<double>[clients];
        var batch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(worker => Task.Run(async () =>
        {
            var own = new List<double>(count);
            for (var i = 0; i < count; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await call(worker);
                own.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            times[worker] = own;
        })));
        return (times.SelectMany(t => t).ToList(), batch.Elapsed);
    }

    /// <summary>The nearest-rank percentile.</summary>
    private static double Percentile(IReadOnlyList<double> values, double fraction)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string Setting(string name, string fallback) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : fallback;

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "benchmarks", "coverage", "province-coverage.sql")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run from the repository: benchmarks/coverage/province-coverage.sql not found above the build output.");
    }

    private static string Field(string output, string name) =>
        output.Split('\n').Select(l => l.Split('\t')).FirstOrDefault(p => p.Length == 2 && p[0] == name)?[1].Trim()
        ?? throw new InvalidOperationException($"No '{name}' in the accounts command's output:\n{output}");

    private static async Task<string> RunAsync(string file, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? await output : throw new InvalidOperationException($"{file} exited with {process.ExitCode}:\n{await output}\n{await error}");
    }

    private static SiloChild StartSilo(string siloDll, int http, string service, string owner)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
                 {
                     siloDll, "--urls", $"http://127.0.0.1:{http}",
                     $"--OnePlusX:Silo:SiloPort={Ports.Free()}", $"--OnePlusX:Silo:GatewayPort={Ports.Free()}",
                     // A cluster of its own: another silo on the same database (another benchmark) must not join it.
                     $"--OnePlusX:Silo:ClusterId=bench-coverage-{Guid.NewGuid():N}",
                     "--OnePlusX:Silo:SeedDemoData=false", "--OnePlusX:Auth:AllowHttp=true",
                     // 16 answers of about a second of database time each on a shared 2-core machine take longer
                     // than the gateway's 15 s default; psql has no such limit, so neither side gets one here.
                     "--OnePlusX:GraphQL:Timeout=00:10:00",
                     $"--ConnectionStrings:PostgreSQL={service}", $"--ConnectionStrings:PostgreSQLMigrations={owner}",
                     "--Logging:LogLevel:Default=Warning",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        return new SiloChild(Process.Start(start)!);
    }

    private static async Task WaitReadyAsync(HttpClient client, Process process, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The silo exited with {process.ExitCode}.");
            }

            try
            {
                using var ready = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                if ((await client.GetAsync("/readyz", ready.Token)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (OperationCanceledException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The silo was not ready within {timeout}.");
    }

    private static async Task<string> TokenAsync(HttpClient client, string clientId, string secret, string scope)
    {
        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = scope,
        }));
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? JsonNode.Parse(text)!["access_token"]!.GetValue<string>()
            : throw new InvalidOperationException($"/connect/token answered {(int)response.StatusCode}: {text}");
    }

    private static async Task<string> ReadTextAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            return response.StatusCode == HttpStatusCode.OK && !text.Contains("\"errors\"", StringComparison.Ordinal)
                ? text
                : throw new InvalidOperationException($"/graphql answered {(int)response.StatusCode}: {text[..Math.Min(2000, text.Length)]}");
        }
    }

    private sealed class SiloChild(Process process) : IDisposable
    {
        public Process Process { get; } = process;

        public void Dispose() => Process.Dispose();
    }

    /// <summary>Host and port out of a "Host=…;Port=…" string, for psql's own options.</summary>
    private sealed class NpgsqlSettings(string server)
    {
        private readonly Dictionary<string, string> _parts = server.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);

        public string Host => _parts.GetValueOrDefault("Host", "127.0.0.1");

        public string Port => _parts.GetValueOrDefault("Port", "5432");
    }

    /// <summary>
    /// One long-lived psql session (one process, one connection) fed the query file again and again on its stdin;
    /// each answer is the JSON line followed by a marker line. Connected as the service role with the province's
    /// row-level-security scope set at connection time, as the silo sets it for a provincial caller.
    /// </summary>
    private sealed class PsqlSession : IDisposable
    {
        private const string Marker = "@@coverage-done@@";
        private readonly Process _process;
        private readonly string _command;

        private PsqlSession(Process process, string sqlFile)
        {
            _process = process;
            _command = $"\\i {sqlFile}\n\\echo {Marker}\n";
        }

        public static PsqlSession Start(string psql, NpgsqlSettings server, string database, string province, int year, string certificate, bool national, string sqlFile)
        {
            var start = new ProcessStartInfo(psql)
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = false,
                UseShellExecute = false,
                StandardOutputEncoding = new UTF8Encoding(false),
                StandardInputEncoding = new UTF8Encoding(false),
            };
            foreach (var argument in new[]
                     {
                         "-X", "-q", "-A", "-t", "-h", server.Host, "-p", server.Port, "-U", "oneplusx_app", "-d", database,
                         "-v", "ON_ERROR_STOP=1", "-v", $"province={province}", "-v", $"year={year.ToString(CultureInfo.InvariantCulture)}",
                         "-v", $"certificate={certificate}",
                     })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["PGOPTIONS"] = national ? "-c oneplusx.scope=national" : $"-c oneplusx.scope=province -c oneplusx.province={province}";
            return new PsqlSession(Process.Start(start)!, sqlFile);
        }

        /// <summary>Runs the query once; the answer's text (the JSON value).</summary>
        public async Task<string> QueryAsync()
        {
            await _process.StandardInput.WriteAsync(_command);
            await _process.StandardInput.FlushAsync();
            var answer = new StringBuilder();
            while (true)
            {
                var line = await _process.StandardOutput.ReadLineAsync()
                    ?? throw new InvalidOperationException($"psql ended (exit {(_process.HasExited ? _process.ExitCode : -1)}) before answering.");
                if (line == Marker)
                {
                    return answer.ToString();
                }

                answer.Append(line);
            }
        }

        public void Dispose()
        {
            try
            {
                _process.StandardInput.Close();
                if (!_process.WaitForExit(5000))
                {
                    _process.Kill();
                }
            }
            catch (InvalidOperationException)
            {
            }

            _process.Dispose();
        }
    }
}
