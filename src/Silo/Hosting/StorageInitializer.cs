using OnePlusX.Silo.ReferenceData;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.Hosting;

/// <summary>Runs before the silo starts: the migrations (Orleans' providers read their queries at start-up) and reference data.</summary>
internal sealed class StorageInitializer(MigrationRunner migrations, ReferenceDataLoader referenceData)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await migrations.MigrateAsync(cancellationToken);
        await referenceData.LoadAsync(cancellationToken);
    }
}
