using Microsoft.Extensions.DependencyInjection.Extensions;
using OnePlusX.Exports;

namespace OnePlusX.Silo.Exports;

/// <summary>What monitoring exports add to the host: options, the job store, links, the gateway's service and the workers.</summary>
internal static class ExportRegistration
{
    /// <param name="services">The host's services.</param>
    /// <param name="runJobs">Whether this process runs jobs (a silo does; a gateway hosted elsewhere only queues them).</param>
    public static IServiceCollection AddMonitoringExports(this IServiceCollection services, bool runJobs = true)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ExportOptions>().BindConfiguration("OnePlusX:Exports");
        services.AddSingleton<ExportJobStore>();
        services.AddSingleton<ExportLinks>();
        services.AddSingleton<ExportSignal>();
        services.AddSingleton<ExportRunner>();
        services.AddSingleton<IMonitoringExports, MonitoringExports>();
        if (runJobs)
        {
            services.AddHostedService<ExportWorker>();
        }

        return services;
    }
}
