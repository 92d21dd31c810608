using System.Diagnostics;
using System.Text;
using OnePlusX.Testing;

namespace OnePlusX.Silo.Tests.Infrastructure;

/// <summary>
/// The real silo executable (src/Silo's build output) started as its own process, so tests exercise the real
/// HTTP server and can kill it abruptly.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private string? _ownedFolder;

    private SiloProcess(Process process, int httpPort, int siloPort, int gatewayPort)
    {
        _process = process;
        HttpPort = httpPort;
        SiloPort = siloPort;
        GatewayPort = gatewayPort;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int HttpPort { get; }

    public int SiloPort { get; }

    public int GatewayPort { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{HttpPort}");

    public bool HasExited => _process.HasExited;

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

    /// <summary>The SQLite file of a silo started by <see cref="StartEmbeddedAsync"/>.</summary>
    public string DatabasePath => Path.Combine(_ownedFolder ?? throw new InvalidOperationException("Not an embedded silo."), "oneplusx.db");

    /// <summary>
    /// Starts an embedded-default silo on a SQLite file in a temp folder of its own, removed when it is disposed;
    /// <paramref name="settings"/> come on top.
    /// </summary>
    public static async Task<SiloProcess> StartEmbeddedAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var folder = Directory.CreateTempSubdirectory("oneplusx-silo-").FullName;
        var all = new Dictionary<string, string> { ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(folder, "oneplusx.db")}" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }

        var silo = await StartAsync(all, folder);
        silo._ownedFolder = folder;
        return silo;
    }

    /// <summary>Starts a silo with the given settings (configuration keys) and waits until it reports ready.</summary>
    public static async Task<SiloProcess> StartAsync(IReadOnlyDictionary<string, string> settings, string workingDirectory, bool waitUntilReady = true)
    {
        var (http, silo, gateway) = (Ports.Free(), Ports.Free(), Ports.Free());
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(SiloAssembly);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{http}");
        var all = new Dictionary<string, string>
        {
            ["OnePlusX:Silo:SiloPort"] = silo.ToString(),
            ["OnePlusX:Silo:GatewayPort"] = gateway.ToString(),
            ["OnePlusX:Silo:SeedDemoData"] = "false",
            ["OnePlusX:ProjectionSweep:Interval"] = "00:00:01",
            ["Logging:LogLevel:Orleans"] = "Warning",
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
        var process = new SiloProcess(Process.Start(start)!, http, silo, gateway);
        if (waitUntilReady)
        {
            await process.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
        }

        return process;
    }

    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The silo exited with {_process.ExitCode}:\n{Log}");
            }

            try
            {
                if ((await http.GetAsync("/readyz")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The silo was not ready within {timeout}:\n{Log}");
    }

    /// <summary>Kills the process at once: no shutdown, no flush, as a crash or a pulled plug would.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    /// <summary>Waits for the process to end by itself (e.g. after an injected crash).</summary>
    public Task WaitForExitAsync(TimeSpan timeout) => _process.WaitForExitAsync().WaitAsync(timeout);

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
        if (_ownedFolder is not null)
        {
            try
            {
                Directory.Delete(_ownedFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open leaves the folder to the OS temp cleaner.
            }
        }
    }

    /// <summary>src/Silo's build output for the configuration these tests were built in.</summary>
    internal static string SiloAssembly
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/{Configuration}/net10.0
            var path = Path.Combine(Repository.Root, "src", "Silo", "bin", configuration, "net10.0", "OnePlusX.Silo.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("Build src/Silo first.", path);
        }
    }


    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }
}
