using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OnePlusX.Testing;

namespace OnePlusX.Benchmarks;

/// <summary>
/// src/Silo's Release build started as its own process (<c>dotnet OnePlusX.Silo.dll</c>), as it runs in production:
/// its memory is its own, read from /proc while it works. Also runs its command line (the <c>accounts</c> commands).
/// </summary>
internal sealed class SiloExecutable : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private SiloExecutable(Process process, int httpPort)
    {
        _process = process;
        BaseAddress = new Uri($"http://127.0.0.1:{httpPort}");
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    /// <summary>src/Silo's Release build (the benchmarks project builds it with itself).</summary>
    public static string Assembly
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/{Configuration}/net10.0
            var root = new DirectoryInfo(AppContext.BaseDirectory);
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "OnePlusX.sln")))
            {
                root = root.Parent;
            }

            var path = Path.Combine(root?.FullName ?? ".", "src", "Silo", "bin", configuration, "net10.0", "OnePlusX.Silo.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("Build src/Silo first.", path);
        }
    }

    public static async Task<SiloExecutable> StartAsync(IReadOnlyDictionary<string, string> settings, string workingDirectory)
    {
        var http = Ports.Free();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Assembly);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{http}");
        var all = new Dictionary<string, string>
        {
            ["OnePlusX:Silo:SiloPort"] = Ports.Free().ToString(CultureInfo.InvariantCulture),
            ["OnePlusX:Silo:GatewayPort"] = Ports.Free().ToString(CultureInfo.InvariantCulture),
            ["OnePlusX:Silo:SeedDemoData"] = "false",
            ["OnePlusX:Silo:AdvertisedIP"] = "127.0.0.1",
            ["OnePlusX:Auth:AllowHttp"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        foreach (var (key, value) in all)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var silo = new SiloExecutable(Process.Start(start)!, http);
        using var probe = new HttpClient { BaseAddress = silo.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (silo._process.HasExited)
            {
                throw new InvalidOperationException($"The silo exited with {silo._process.ExitCode}:\n{silo.Log}");
            }

            try
            {
                if ((await probe.GetAsync("/readyz")).IsSuccessStatusCode)
                {
                    return silo;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        await silo.DisposeAsync();
        throw new TimeoutException($"The silo was not ready within 120 s:\n{silo.Log}");
    }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>The process's resident memory (its working set) now, in bytes: VmRSS from /proc.</summary>
    public long ResidentBytes()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }

    /// <summary>Registers a client with the silo's own command (as a system administrator does) and returns a client with its bearer token.</summary>
    public async Task<HttpClient> ClientAsync(string scope, IEnumerable<string> settings, string workingDirectory)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Assembly, "accounts", "create-client", "--display", "export benchmark", "--scope", scope }.Concat(settings).Concat(["--Logging:LogLevel:Default", "Warning"]))
        {
            start.ArgumentList.Add(argument);
        }

        using var command = Process.Start(start)!;
        var output = await command.StandardOutput.ReadToEndAsync();
        var error = await command.StandardError.ReadToEndAsync();
        await command.WaitForExitAsync();
        string Value(string key) => output.Split('\n').Where(l => l.StartsWith(key, StringComparison.Ordinal) && l.Contains('\t'))
            .Select(l => l[(l.LastIndexOf('\t') + 1)..].TrimEnd('\r')).FirstOrDefault()
            ?? throw new InvalidOperationException($"accounts create-client printed no {key}: {output}\n{error}");

        var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(10) };
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = Value("client_id"),
            ["client_secret"] = Value("client_secret"),
            ["scope"] = scope,
        }));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("access_token").GetString());
        return http;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.AppendLine(line);
            }
        }
    }
}
