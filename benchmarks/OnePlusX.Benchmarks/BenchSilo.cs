using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OnePlusX.Silo.Hosting;
using OnePlusX.Testing;
using Orleans.Configuration;

namespace OnePlusX.Benchmarks;

/// <summary>One OnePlusX silo hosted in this process exactly as src/Silo's Program does it, configured in memory.</summary>
internal sealed class BenchSilo : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _contentRoot;

    private BenchSilo(WebApplication app, string contentRoot, int gatewayPort)
    {
        _app = app;
        _contentRoot = contentRoot;
        GatewayPort = gatewayPort;
    }

    public int GatewayPort { get; }

    /// <summary>The silo's services (its grain storage, its read-model writer).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>The silo's own grain factory (what its HTTP and GraphQL edge calls through).</summary>
    public IGrainFactory Grains => _app.Services.GetRequiredService<IGrainFactory>();

    /// <summary>Starts a silo; <paramref name="settings"/> are configuration keys that override the defaults here.</summary>
    public static async Task<BenchSilo> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        // An empty content root: no appsettings.json of anybody's is read; everything comes from memory.
        var contentRoot = Path.Combine(Path.GetTempPath(), $"oneplusx-bench-silo-{Guid.NewGuid():N}");
        Directory.CreateDirectory(contentRoot);
        var gatewayPort = Ports.Free();
        var all = new Dictionary<string, string?>
        {
            ["OnePlusX:Silo:SiloPort"] = Ports.Free().ToString(CultureInfo.InvariantCulture),
            ["OnePlusX:Silo:GatewayPort"] = gatewayPort.ToString(CultureInfo.InvariantCulture),
            ["OnePlusX:Silo:SeedDemoData"] = "false",
            ["OnePlusX:Auth:AllowHttp"] = "true", // plain HTTP on loopback; production sets an HTTPS issuer
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Orleans"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = contentRoot,
            EnvironmentName = Environments.Production,
            Args = [],
        });
        builder.Configuration.AddInMemoryCollection(all);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddOnePlusX();

        var app = builder.Build();
        app.MapOnePlusX();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            await app.InitializeStorageAsync(timeout.Token);
            await app.StartAsync(timeout.Token);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return new BenchSilo(app, contentRoot, gatewayPort);
    }

    /// <summary>An external Orleans client that reaches this silo through its gateway (TCP, full serialization).</summary>
    public async Task<IHost> ConnectClientAsync()
    {
        var gateway = new IPEndPoint(IPAddress.Loopback, GatewayPort);
        var host = Host.CreateDefaultBuilder([])
            .UseContentRoot(_contentRoot)
            .UseOrleansClient(client => client
                .UseStaticClustering(gateway)
                .Configure<ClusterOptions>(o =>
                {
                    o.ClusterId = "oneplusx";
                    o.ServiceId = "oneplusx";
                }))
            .ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await host.StartAsync(timeout.Token);
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await _app.StopAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // A slow shutdown does not matter to a benchmark that has its figures.
        }
        finally
        {
            await _app.DisposeAsync();
            try
            {
                Directory.Delete(_contentRoot, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
