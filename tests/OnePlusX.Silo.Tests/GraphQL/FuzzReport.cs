using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace OnePlusX.Silo.Tests.GraphQL;

/// <summary>Tallies a fuzz run: answers by status and by request kind, and every broken invariant with a few examples to replay.</summary>
public sealed partial class FuzzReport(long seed, int count, string drawnFrom)
{
    private const int ExamplesPerRule = 3;

    private readonly ConcurrentDictionary<string, int> _statuses = new();
    private readonly ConcurrentDictionary<string, int> _kinds = new();
    private readonly ConcurrentDictionary<string, int> _clean = new();
    private readonly ConcurrentDictionary<string, int> _violations = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _examples = new();
    private readonly ConcurrentBag<(double Milliseconds, string Request)> _slow = [];
    private int _sent;

    private int _retried;

    public int Sent => _sent;

    public void Retried() => Interlocked.Increment(ref _retried);

    public int ViolationCount => _violations.Values.Sum();

    /// <summary>The share of requests carrying a payload of this kind that were answered with data and no error.</summary>
    public double CleanShare(string payload) =>
        (double)_clean.GetValueOrDefault(payload) / Math.Max(1, _kinds.Where(k => k.Key.EndsWith("/" + payload, StringComparison.Ordinal)).Sum(k => k.Value));

    public void Record(FuzzRequest request, FuzzOutcome outcome, IReadOnlyList<(string Rule, string Detail)> violations)
    {
        Interlocked.Increment(ref _sent);
        _statuses.AddOrUpdate(outcome.TimedOut ? "timeout" : outcome.TransportError is not null ? "transport" : outcome.Status.ToString(), 1, (_, n) => n + 1);
        var payload = request.Kind.Split('/')[^1].Split(':')[0];
        _kinds.AddOrUpdate(request.Kind.Split('/')[0].Split(':')[0] + "/" + payload, 1, (_, n) => n + 1);
        if (outcome.Body.AsSpan().StartsWith("{\"data\":"u8))
        {
            _clean.AddOrUpdate(payload, 1, (_, n) => n + 1); // GraphQL.NET writes errors first: this answer has none
        }

        if (outcome.Elapsed.TotalMilliseconds > 1000)
        {
            _slow.Add((outcome.Elapsed.TotalMilliseconds, $"#{request.Index} {request.Kind} {request.Method} ({request.BodyLength} bytes) → {outcome.Status}"));
        }

        foreach (var (rule, detail) in violations)
        {
            Violation(rule, $"{detail}\n  request {request.Describe()}\n  answer {outcome.Excerpt()}");
        }
    }

    public void Violation(string rule, string example)
    {
        _violations.AddOrUpdate(rule, 1, (_, n) => n + 1);
        var examples = _examples.GetOrAdd(rule, _ => new ConcurrentQueue<string>());
        if (examples.Count < ExamplesPerRule)
        {
            examples.Enqueue(example);
        }
    }

    public string Summary(TimeSpan elapsed, string siloLog)
    {
        var text = new StringBuilder();
        text.AppendLine($"GraphQL fuzz: seed {seed}, {_sent} of {count} requests in {elapsed.TotalSeconds:F1} s ({_sent / Math.Max(elapsed.TotalSeconds, 0.001):F0}/s).");
        text.AppendLine($"Replay: ONEPLUSX_FUZZ_SEED={seed} ONEPLUSX_FUZZ_COUNT={count} (one request: ONEPLUSX_FUZZ_ONLY=<index>); drawn from {drawnFrom}.");
        text.AppendLine("Answers by status: " + string.Join(", ", _statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        text.AppendLine("Requests by kind: " + string.Join(", ", _kinds.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        text.AppendLine("Answers with data and no error, by payload: " + string.Join(", ", _clean.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        text.AppendLine($"Transport failures retried once: {_retried}.");
        text.AppendLine($"Answers slower than 1 s: {_slow.Count}" + string.Concat(_slow.OrderByDescending(s => s.Milliseconds).Take(5).Select(s => $"\n  {s.Milliseconds:F0} ms {s.Request}")));
        if (_violations.IsEmpty)
        {
            text.AppendLine("Every answer kept every invariant.");
        }

        foreach (var (rule, n) in _violations.OrderByDescending(v => v.Value))
        {
            text.AppendLine($"\nBROKEN: {rule} — {n} request(s). Examples:");
            foreach (var example in _examples[rule])
            {
                text.AppendLine("- " + example);
            }
        }

        var exceptions = ExceptionLine().Matches(siloLog).GroupBy(m => m.Groups[1].Value).ToList();
        if (exceptions.Count > 0)
        {
            text.AppendLine("\nExceptions in the silo's log:" + string.Concat(exceptions.Select(g => $"\n  {g.Key} ×{g.Count()}, e.g. \"{g.First().Groups[2].Value}\"")));
        }

        return text.ToString();
    }

    [GeneratedRegex(@"^\s*((?:\w+\.)+\w*Exception): ([^\r\n]{0,160})", RegexOptions.Multiline)]
    private static partial Regex ExceptionLine();
}
