using Microsoft.Extensions.Logging.Abstractions;
using OnePlusX.Silo.ReferenceData;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.Tests.Coverage;

/// <summary>Coverage on the embedded default: a migrated SQLite file of its own.</summary>
public sealed class SqliteCoverageShould : CoverageShould
{
    private readonly string _folder = Directory.CreateTempSubdirectory("oneplusx-coverage-").FullName;

    protected override async Task<Database> CreateDatabaseAsync()
    {
        var storage = new StorageOptions { Sqlite = $"Data Source={Path.Combine(_folder, "coverage.db")}" };
        var database = new Database(storage);
        await new MigrationRunner(database, NullLogger<MigrationRunner>.Instance, storage).MigrateAsync();
        await new ReferenceDataLoader(database, ReferenceCatalog.Load()).LoadAsync(default);
        return database;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
