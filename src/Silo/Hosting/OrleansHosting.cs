using System.Net;
using Orleans.Configuration;
using Orleans.Storage;
using OnePlusX.Silo.Grains;
using OnePlusX.Silo.Storage;
using OnePlusX.Silo.Tenancy;

namespace OnePlusX.Silo.Hosting;

/// <summary>
/// The Orleans half of the host. Production (a PostgreSQL connection string is set): ADO.NET clustering,
/// grain state and reminders in PostgreSQL, any number of silos. Embedded default: one silo with localhost
/// clustering, grain state and reminders in the SQLite file through the same ADO.NET providers.
/// </summary>
internal static class OrleansHosting
{
    public static void ConfigureSilo(ISiloBuilder silo, StorageOptions storage, SiloOptions options)
    {
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = options.ClusterId;
            o.ServiceId = options.ServiceId;
        });

        if (storage.Dialect == StorageDialect.PostgreSQL)
        {
            var advertised = options.AdvertisedIP is { Length: > 0 } ip ? IPAddress.Parse(ip) : IPAddress.Loopback;
            silo.ConfigureEndpoints(advertised, options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: true);
            silo.UseAdoNetClustering(o =>
            {
                o.Invariant = storage.Invariant;
                o.ConnectionString = storage.ConnectionString;
            });
        }
        else
        {
            silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId);
        }

        silo.AddAdoNetGrainStorage(StorageNames.Default, o =>
        {
            o.Invariant = storage.Invariant;
            o.ConnectionString = storage.ConnectionString;
        });
        // State is stored with Orleans' own version-tolerant serializer: the [Id]s on state records keep old rows readable.
        silo.Services.AddOptions<AdoNetGrainStorageOptions>(StorageNames.Default)
            .Configure<IServiceProvider>((o, services) => o.GrainStorageSerializer = ActivatorUtilities.CreateInstance<OrleansGrainStorageSerializer>(services));

        silo.UseAdoNetReminderService(o =>
        {
            o.Invariant = storage.Invariant;
            o.ConnectionString = storage.ConnectionString;
        });

        // Failure detection and the reminder floor are tunable from configuration (tests shorten them).
        silo.Services.AddOptions<ClusterMembershipOptions>().BindConfiguration("OnePlusX:Orleans:Membership");
        silo.Services.AddOptions<ReminderOptions>().BindConfiguration("OnePlusX:Orleans:Reminders");

        silo.AddIncomingGrainCallFilter<TenantGrainCallFilter>();
    }
}
