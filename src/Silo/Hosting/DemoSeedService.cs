using Microsoft.Extensions.Options;
using OnePlusX.Silo.Demo;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.Hosting;

/// <summary>Seeds the sample data once the silo has started, when <see cref="SiloOptions.SeedDemoData"/> is on.</summary>
internal sealed class DemoSeedService(
    IOptions<SiloOptions> options, DemoSeeder seeder, DemoAccounts accounts, StorageOptions storage, IHostApplicationLifetime lifetime, ILogger<DemoSeedService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SeedDemoData)
        {
            return;
        }

        // The silo is a hosted service too; wait until the whole host has started.
        var started = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
        try
        {
            await seeder.SeedAsync(stoppingToken);
            await accounts.SeedAsync(
                DemoData.Colleges.Select(c => (c.Code, c.Registration.ProvinceCode, c.Schools[0].Code)), storage.DataDirectory, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Seeding the demo data failed");
        }
    }
}
