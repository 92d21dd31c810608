using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace OnePlusX.Silo.Tests.Infrastructure;

/// <summary>An Orleans client connected to the given silos' gateways only (so a test chooses which silo it goes through).</summary>
public sealed class ClusterClient : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterClient(IHost host) => _host = host;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IClusterClient>();

    /// <summary>The client's services (its Orleans serializer, for a test that reads or writes stored grain state).</summary>
    public IServiceProvider Services => _host.Services;

    public static async Task<ClusterClient> ConnectAsync(params SiloProcess[] silos)
    {
        var host = Host.CreateDefaultBuilder()
            .UseOrleansClient(client => client
                .UseStaticClustering(silos.Select(s => new IPEndPoint(IPAddress.Loopback, s.GatewayPort)).ToArray())
                .Configure<ClusterOptions>(o =>
                {
                    o.ClusterId = "oneplusx";
                    o.ServiceId = "oneplusx";
                }))
            .ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .Build();
        await host.StartAsync();
        return new ClusterClient(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(TimeSpan.FromSeconds(5));
        _host.Dispose();
    }
}
