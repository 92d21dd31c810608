using System.Diagnostics;
using System.Globalization;
using System.Net;
using Xunit.Abstractions;

namespace OnePlusX.Silo.Tests.GraphQL;

/// <summary>
/// Property test of the live gateway: thousands of random and mutated requests (methods, headers, bodies, query
/// strings, documents from the schema's grammar and broken ones) sent to the real silo over HTTP, each answer
/// checked against <see cref="FuzzInvariants"/>, the process checked alive as it goes. See docs/graphql-fuzz.md.
/// Settings: ONEPLUSX_FUZZ_COUNT (3000), ONEPLUSX_FUZZ_SEED (20261122 by default so CI is reproducible; any other seed explores further), ONEPLUSX_FUZZ_ONLY (indices to replay),
/// ONEPLUSX_FUZZ_DUMP (a folder for the offending requests, as text and raw body), ONEPLUSX_FUZZ_REPORT (a file for the summary).
/// </summary>
public sealed class FuzzShould(FuzzSiloFixture fixture, ITestOutputHelper output) : IClassFixture<FuzzSiloFixture>
{
    /// <summary>CI's seed: a fixed one keeps a green build green; set ONEPLUSX_FUZZ_SEED to explore other inputs.</summary>
    private const long DefaultSeed = 20261122;

    private const int Concurrency = 8;
    private const int HealthEvery = 200;

    [Fact]
    public async Task AnswerEveryRandomOrMutatedRequestWithoutA5xxOrAMalformedError()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("ONEPLUSX_FUZZ_COUNT"), out var n) && n > 0 ? n : 3000;
        var seed = long.TryParse(Environment.GetEnvironmentVariable("ONEPLUSX_FUZZ_SEED"), out var s) ? s : DefaultSeed;
        var only = Environment.GetEnvironmentVariable("ONEPLUSX_FUZZ_ONLY")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(i => int.Parse(i, CultureInfo.InvariantCulture)).ToList();
        var indices = only ?? Enumerable.Range(0, count).ToList();
        var dump = Environment.GetEnvironmentVariable("ONEPLUSX_FUZZ_DUMP") is { Length: > 0 } folder ? Directory.CreateDirectory(folder).FullName : null;
        var requests = new FuzzRequests(fixture.Schema, fixture.TrustedIds);
        var report = new FuzzReport(seed, indices.Count, fixture.Schema.Summary);
        using var stop = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        try
        {
            await Parallel.ForEachAsync(indices, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = stop.Token }, async (index, _) =>
            {
                var request = requests.Create(seed, index);
                var (outcome, violations) = await SendAndCheckAsync(request, report);
                if (dump is not null && (violations.Count > 0 || only is not null))
                {
                    await DumpAsync(dump, request, outcome, violations);
                }

                if (index % HealthEvery == HealthEvery - 1 && !await IsUpAsync())
                {
                    report.Violation("server down", $"/healthz failed after request #{index} (the silo {(fixture.Silo.HasExited ? "has exited" : "is running")})");
                    await stop.CancelAsync();
                }
            });
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }

        if (!stop.IsCancellationRequested && !await IsUpAsync())
        {
            report.Violation("server down", "/healthz failed after the last request");
        }

        var summary = report.Summary(clock.Elapsed, fixture.Silo.Log);
        output.WriteLine(summary);
        if (Environment.GetEnvironmentVariable("ONEPLUSX_FUZZ_REPORT") is { Length: > 0 } path)
        {
            await File.WriteAllTextAsync(path, summary);
        }

        Assert.True(report.ViolationCount == 0, summary);

        // Guard the fuzzer itself: valid documents must mostly get through to execution, or it only tests the front door.
        Assert.True(only is not null || report.Sent < 1000 || report.CleanShare("valid") > 0.1,
            $"Only {report.CleanShare("valid"):P0} of the valid documents were answered with data and no error.\n{summary}");
    }

    private async Task<(FuzzOutcome Outcome, List<(string Rule, string Detail)> Violations)> SendAndCheckAsync(FuzzRequest request, FuzzReport report)
    {
        var outcome = await SendAsync(request);
        if (outcome.TransportError is not null && !request.IsOversized)
        {
            // A pooled connection the server had just closed fails before the request reaches it: try once more.
            report.Retried();
            outcome = await SendAsync(request);
        }

        var violations = FuzzInvariants.Check(request, outcome, fixture.Schema.TenantIds);
        report.Record(request, outcome, violations);
        return (outcome, violations);
    }

    private static async Task DumpAsync(string folder, FuzzRequest request, FuzzOutcome outcome, List<(string Rule, string Detail)> violations)
    {
        var rules = string.Join("\n", violations.Select(v => $"BROKEN {v.Rule}: {v.Detail}"));
        await File.WriteAllTextAsync(Path.Combine(folder, $"{request.Index}.txt"), $"{request.Describe(int.MaxValue)}\n\n{outcome.Excerpt(int.MaxValue)}\n{rules}\n");
        await File.WriteAllBytesAsync(Path.Combine(folder, $"{request.Index}.body"), request.Body ?? []);
    }

    private async Task<FuzzOutcome> SendAsync(FuzzRequest request)
    {
        using var timeout = new CancellationTokenSource(FuzzInvariants.Timeout);
        var clock = Stopwatch.StartNew();
        try
        {
            using var message = request.ToMessage(fixture.Http.BaseAddress!, request.CarriesToken ? await fixture.Tokens.AccessTokenAsync() : null);
            using var response = await fixture.Http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
            var allow = string.Join(", ", response.Content.Headers.Allow);
            return new FuzzOutcome((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, allow, body, clock.Elapsed, null, false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return new FuzzOutcome(0, null, "", [], clock.Elapsed, null, TimedOut: true);
        }
        catch (HttpRequestException ex)
        {
            return new FuzzOutcome(0, null, "", [], clock.Elapsed, $"{ex.HttpRequestError}: {ex.Message} {ex.InnerException?.Message}", false);
        }
    }

    private async Task<bool> IsUpAsync()
    {
        if (fixture.Silo.HasExited)
        {
            return false;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            using var response = await fixture.Http.GetAsync("/healthz", timeout.Token);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
        {
            return false;
        }
    }
}
