using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OnePlusX.Benchmarks;

/// <summary>One timed loop of the graphql-js side, as the Node process reports it.</summary>
internal sealed record NodeSample(long Operations, double ElapsedMs, double CpuMs, long Chars)
{
    public double PerSecond => Operations / (ElapsedMs / 1000);

    public double CpuMsPerOp => CpuMs / Operations;
}

/// <summary>
/// The graphql-js reference, run as one long-lived child process (benchmarks/graphql-js/bench.mjs) that stays warm
/// between rounds and idles on stdin while the .NET side runs, so the two never compete for the cores.
/// </summary>
internal sealed class GatewayNodeSide : IAsyncDisposable
{
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();

    private GatewayNodeSide(Process process)
    {
        _process = process;
    }

    /// <summary>Node's and graphql-js's versions, as the child reports them.</summary>
    public string Versions { get; private set; } = "";

    /// <summary>The benchmarks/graphql-js folder, found upward from the working directory or the program's own.</summary>
    public static string FindProjectFolder()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "benchmarks", "graphql-js");
                if (File.Exists(Path.Combine(candidate, "package.json")))
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException("benchmarks/graphql-js was not found above the working directory; run from the repository.");
    }

    /// <summary>Installs the pinned packages (npm ci) when missing, then starts <c>node bench.mjs <paramref name="inputs"/></c>.</summary>
    public static async Task<GatewayNodeSide> StartAsync(string inputs, Action<string> log)
    {
        var project = FindProjectFolder();
        if (!File.Exists(Path.Combine(project, "node_modules", "graphql", "package.json")))
        {
            log("installing benchmarks/graphql-js (npm ci) ...");
            await RunToEndAsync("npm", project, ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(3));
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = project,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(project, "bench.mjs"));
        start.ArgumentList.Add(inputs);
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var side = new GatewayNodeSide(process);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (side._stderr)
                {
                    side._stderr.AppendLine(e.Data);
                }
            }
        };
        process.BeginErrorReadLine();
        try
        {
            var ready = await side.ReadAnswerAsync();
            side.Versions = $"node {ready["node"]}, graphql {ready["graphql"]}";
            return side;
        }
        catch
        {
            await side.DisposeAsync();
            throw;
        }
    }

    /// <summary>Executes the query once in <paramref name="mode"/> and returns the JSON text graphql-js produced.</summary>
    public async Task<string> VerifyAsync(string mode, string query, string file)
    {
        var answer = await AskAsync($"verify {mode} {query} {file}");
        if (answer["errors"] is JsonArray { Count: > 0 } errors)
        {
            throw new InvalidOperationException($"graphql-js answered with errors: {errors.ToJsonString()}");
        }

        return await File.ReadAllTextAsync(file);
    }

    /// <summary>Executes the query one at a time for <paramref name="duration"/>.</summary>
    public async Task<NodeSample> RunAsync(string mode, string query, TimeSpan duration)
    {
        var answer = await AskAsync($"run {mode} {query} {(long)duration.TotalMilliseconds}");
        return new NodeSample(
            answer["ops"]!.GetValue<long>(), answer["elapsedMs"]!.GetValue<double>(), answer["cpuMs"]!.GetValue<double>(), answer["chars"]!.GetValue<long>());
    }

    private async Task<JsonNode> AskAsync(string command)
    {
        await _process.StandardInput.WriteLineAsync(command);
        await _process.StandardInput.FlushAsync();
        return await ReadAnswerAsync();
    }

    private async Task<JsonNode> ReadAnswerAsync()
    {
        using var timeout = new CancellationTokenSource(AnswerTimeout);
        string? line;
        try
        {
            line = await _process.StandardOutput.ReadLineAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"graphql-js did not answer within {AnswerTimeout.TotalSeconds:F0} s. {Stderr()}");
        }

        if (line is null)
        {
            throw new InvalidOperationException($"graphql-js exited. {Stderr()}");
        }

        var answer = JsonNode.Parse(line) ?? throw new InvalidOperationException($"graphql-js answered '{line}'.");
        if (answer["ok"]?.GetValue<bool>() != true)
        {
            throw new InvalidOperationException($"graphql-js failed: {answer["error"]} {Stderr()}");
        }

        return answer;
    }

    private string Stderr()
    {
        lock (_stderr)
        {
            return _stderr.Length == 0 ? "" : $"stderr: {_stderr}";
        }
    }

    private static async Task RunToEndAsync(string file, string folder, IEnumerable<string> arguments, TimeSpan limit)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = folder, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} took longer than {limit}.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await output} {await error}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                await _process.StandardInput.WriteLineAsync("quit");
                await _process.StandardInput.FlushAsync();
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _process.WaitForExitAsync(timeout.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or InvalidOperationException)
        {
            if (!_process.HasExited)
            {
                _process.Kill();
            }
        }
        finally
        {
            _process.Dispose();
        }
    }

    /// <summary>True when the two JSON texts hold the same value (object member order ignored).</summary>
    public static bool SameJson(string left, string right) => JsonNode.DeepEquals(JsonNode.Parse(left), JsonNode.Parse(right));

    /// <summary>A JSON text as compact, ordered UTF-8 (for a readable first difference).</summary>
    public static string Compact(string json) => JsonSerializer.Serialize(JsonNode.Parse(json));
}
