using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using OnePlusX.Colleges;
using OnePlusX.Silo.Grains.Colleges;
using OnePlusX.Silo.ReadModels;
using OnePlusX.ReadModels;
using OnePlusX.Security;
using OnePlusX.Silo.ReadModels.Colleges;
using OnePlusX.Silo.ReadModels.ExamStations;
using OnePlusX.Silo.ReferenceData;
using OnePlusX.Silo.Storage;
using OnePlusX.Silo.Tests.Infrastructure;

namespace OnePlusX.Silo.Tests.Storage;

/// <summary>
/// The contract between Orleans' ADO.NET providers and our scripts, checked query by query with the parameters
/// and result columns the providers use, on both databases, so the SQLite and PostgreSQL scripts cannot drift.
/// </summary>
public abstract partial class StorageContractShould : IAsyncLifetime
{
    private static readonly AccessScope National = AccessScope.System("contract-test");
    private StorageOptions _storage = null!;
    private Database _database = null!;

    protected abstract Task<StorageOptions> CreateStorageAsync();

    public async Task InitializeAsync()
    {
        _storage = await CreateStorageAsync();
        _database = new Database(_storage);
        await new MigrationRunner(_database, NullLogger<MigrationRunner>.Instance).MigrateAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task ApplyMigrationsOnlyOnce()
    {
        var again = await new MigrationRunner(_database, NullLogger<MigrationRunner>.Instance).MigrateAsync();
        Assert.Empty(again);
        await using var connection = await _database.OpenAsync();
        var versions = (await connection.QueryAsync<int>("SELECT version FROM schema_migrations ORDER BY version")).ToList();
        Assert.Equal(MigrationRunner.Scripts(_database.Dialect).Select(s => s.Version), versions);
    }

    [Fact]
    public async Task WriteStateWithOptimisticConcurrency()
    {
        await using var connection = await _database.OpenAsync();
        var write = await QueryAsync(connection, "WriteToStorageKey");

        Assert.Equal(1, await WriteAsync(connection, write, version: null, payload: [1]));
        Assert.Equal(2, await WriteAsync(connection, write, version: 1, payload: [2]));
        // A stale writer gets its own version back (the provider reports a conflict) and nothing changes.
        Assert.Equal(1, await WriteAsync(connection, write, version: 1, payload: [9]));
        // A second "first" insert (a duplicate activation) writes nothing either.
        Assert.Null(await WriteAsync(connection, write, version: null, payload: [9]));

        var read = await QueryAsync(connection, "ReadFromStorageKey");
        var row = (IDictionary<string, object>)await connection.QuerySingleAsync(read, GrainParameters(null, null));
        Assert.Equal(new byte[] { 2 }, (byte[])Column(row, "PayloadBinary"));
        Assert.Equal(2, Convert.ToInt32(Column(row, "Version")));

        var clear = await QueryAsync(connection, "ClearStorageKey");
        var cleared = await connection.QueryAsync<int?>(clear, GrainParameters(2, null));
        Assert.Equal(3, cleared.Single());
    }

    [Fact]
    public async Task KeepRemindersVersioned()
    {
        await using var connection = await _database.OpenAsync();
        var upsert = await QueryAsync(connection, "UpsertReminderRowKey");
        var reminder = new
        {
            ServiceId = "svc", GrainId = "project/JLJT/WEB-FE-2-2025", ReminderName = "deadline:x",
            StartTime = DateTime.UtcNow, Period = 60_000L, GrainHash = 12345,
        };
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>(upsert, reminder));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>(upsert, reminder));

        var rows = (await connection.QueryAsync(await QueryAsync(connection, "ReadReminderRowsKey"), new { reminder.ServiceId, reminder.GrainId }))
            .Cast<IDictionary<string, object>>().ToList();
        Assert.Single(rows);
        Assert.Equal(60_000L, Convert.ToInt64(Column(rows[0], "Period")));
        Assert.Equal(reminder.ReminderName, Column(rows[0], "ReminderName"));

        var inRange = await connection.QueryAsync(await QueryAsync(connection, "ReadRangeRows1Key"), new { reminder.ServiceId, BeginHash = 0, EndHash = 20000 });
        Assert.Single(inRange);
        var wrapped = await connection.QueryAsync(await QueryAsync(connection, "ReadRangeRows2Key"), new { reminder.ServiceId, BeginHash = 20000, EndHash = 100 });
        Assert.Empty(wrapped);

        var delete = await QueryAsync(connection, "DeleteReminderRowKey");
        Assert.Equal(0, Convert.ToInt32(await connection.ExecuteScalarAsync(delete, new { reminder.ServiceId, reminder.GrainId, reminder.ReminderName, Version = 0 })));
        Assert.Equal(1, Convert.ToInt32(await connection.ExecuteScalarAsync(delete, new { reminder.ServiceId, reminder.GrainId, reminder.ReminderName, Version = 1 })));
    }

    [Fact]
    public async Task NeverLetAnOlderProjectionOverwriteANewerOne()
    {
        var writer = new ReadModelWriter(_database);
        var audit = new AuditEntry("tester", "college.changed", null, DateTimeOffset.UtcNow);
        var newer = new CollegeState
        {
            Name = "新", ProvinceCode = "22", CityCode = "220100", LastChange = audit,
            Schools = [new School("A", "甲"), new School("B", "乙")], Majors = [new Major("M", "专业", "B")],
        };
        var older = newer with { Name = "旧", Schools = [new School("A", "甲")], Majors = [] };

        await writer.ProjectAsync(CollegeProjection.For("PROJ", newer, "NAT", 2));
        await writer.ProjectAsync(CollegeProjection.For("PROJ", older, "NAT", 1)); // a late repair of version 1
        await writer.ProjectAsync(CollegeProjection.For("PROJ", newer, "NAT", 2)); // a replay of version 2

        await using var connection = await _database.OpenAsync(National);
        Assert.Equal(("新", 2), await connection.QuerySingleAsync<(string, int)>("SELECT name, version FROM colleges WHERE tenant_id = 'PROJ'"));
        Assert.Equal(["A", "B"], await connection.QueryAsync<string>("SELECT code FROM schools WHERE tenant_id = 'PROJ' ORDER BY code"));
        Assert.Equal("B", await connection.QuerySingleAsync<string>("SELECT school_code FROM majors WHERE tenant_id = 'PROJ'"));
        Assert.Equal(2, await connection.ExecuteScalarAsync<int>("SELECT version FROM projections WHERE grain_key = 'PROJ'"));
        Assert.Equal([1, 2], await connection.QueryAsync<int>("SELECT version FROM audit_log WHERE grain_key = 'PROJ' ORDER BY version"));
    }

    [Fact]
    public async Task PageAndLookUpReadModelsTheSameWayOnBothDatabases()
    {
        await using (var connection = await _database.OpenAsync(National))
        {
            await connection.ExecuteAsync(
                "INSERT INTO colleges (tenant_id, name, province_code, city_code, policy_code, version, updated_at) VALUES (@Code, @Name, '22', '220100', 'NAT', 1, @At)",
                new[] { new { Code = "QA", Name = "甲_学院", At = DateTimeOffset.UtcNow }, new { Code = "QB", Name = "乙学院", At = DateTimeOffset.UtcNow } });
            await connection.ExecuteAsync(
                "INSERT INTO exam_stations (tenant_id, station_code, name, certificate_code, province_code, city_code, capacity, version, updated_at) VALUES (@Tenant, @Code, '站', 'BIM', '22', '220100', 40, 1, @At)",
                new[] { new { Tenant = "QA", Code = "S1", At = DateTimeOffset.UtcNow }, new { Tenant = "QA", Code = "S2", At = DateTimeOffset.UtcNow }, new { Tenant = "QB", Code = "S1", At = DateTimeOffset.UtcNow } });
        }

        var colleges = new SqlCollegeQueries(_database);
        var stations = new SqlExamStationQueries(_database);
        var page = await stations.ListAsync(National, new ExamStationFilter("22", null, "BIM", null), 1, 1, default);
        Assert.Equal((3, "S2"), (page.TotalCount, Assert.Single(page.Items).Code));
        var pastTheEnd = await stations.ListAsync(National, new ExamStationFilter(null, null, null, "QA"), 5, 10, default);
        Assert.Equal((2, 0), (pastTheEnd.TotalCount, pastTheEnd.Items.Count));

        var found = await stations.ByKeysAsync(National, [("QB", "S1"), ("QA", "S2"), ("QA", "S9")], default);
        Assert.Equal([("QA", "S2"), ("QB", "S1")], found.Keys.Order());
        var literal = await colleges.ListAsync(National, new CollegeFilter(null, null, "_"), CollegeOrder.NameAscending, 0, 10, default);
        Assert.Equal("QA", Assert.Single(literal.Items).Code);
        Assert.Equal(["QB"], (await colleges.ByCodesAsync(National, ["QB", "QZ"], default)).Keys);
    }

    [Fact]
    public async Task LoadTheReferenceDataIdempotently()
    {
        var catalog = ReferenceCatalog.Load();
        var loader = new ReferenceDataLoader(_database, catalog);
        await loader.LoadAsync(default);
        await loader.LoadAsync(default);

        await using var connection = await _database.OpenAsync();
        Assert.Equal(31, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM provinces"));
        Assert.Equal(catalog.Cities.Count, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM cities"));
        Assert.Equal("长春市", await connection.ExecuteScalarAsync<string>("SELECT name FROM cities WHERE code = '220100'"));
        Assert.Equal("1,2,3", await connection.ExecuteScalarAsync<string>("SELECT levels FROM certificates WHERE code = 'WEB-FE'"));
    }

    // Like the providers, read columns by name whatever case the database folded them to.
    private static object Column(IDictionary<string, object> row, string name) =>
        row.Single(c => string.Equals(c.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static async Task<string> QueryAsync(DbConnection connection, string key) =>
        await connection.QuerySingleAsync<string>("SELECT QueryText FROM OrleansQuery WHERE QueryKey = @key", new { key });

    private static async Task<int?> WriteAsync(DbConnection connection, string sql, int? version, byte[] payload)
    {
        // The provider reads every result set and takes the single NewGrainStateVersion there is.
        await using var reader = await connection.ExecuteReaderAsync(sql, GrainParameters(version, payload));
        var values = new List<int?>();
        do
        {
            while (await reader.ReadAsync())
            {
                values.Add(reader.IsDBNull(0) ? null : Convert.ToInt32(reader.GetValue(0)));
            }
        }
        while (await reader.NextResultAsync());

        return values.SingleOrDefault();
    }

    private static DynamicParameters GrainParameters(int? version, byte[]? payload)
    {
        var parameters = new DynamicParameters();
        parameters.Add("GrainIdHash", 42);
        parameters.Add("GrainIdN0", 0L);
        parameters.Add("GrainIdN1", 0L);
        parameters.Add("GrainTypeHash", 7);
        parameters.Add("GrainTypeString", "student");
        parameters.Add("GrainIdExtensionString", "JLJT/20240001");
        parameters.Add("ServiceId", "svc");
        parameters.Add("GrainStateVersion", version, System.Data.DbType.Int32);
        parameters.Add("PayloadBinary", payload, System.Data.DbType.Binary);
        return parameters;
    }
}

public sealed class SqliteStorageContractShould : StorageContractShould
{
    protected override Task<StorageOptions> CreateStorageAsync() =>
        Task.FromResult(new StorageOptions { Sqlite = $"Data Source={Path.Combine(Path.GetTempPath(), $"oneplusx-{Guid.NewGuid():N}.db")}" });
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresStorageContractShould(PostgresServer server) : StorageContractShould
{
    private PostgresDatabase _roles = null!;

    /// <summary>The tables' owner: not a superuser, so row-level security (FORCE) binds it as it binds the service.</summary>
    protected override async Task<StorageOptions> CreateStorageAsync()
    {
        _roles = await server.CreateServiceDatabaseAsync("contract");
        return new() { PostgreSQL = _roles.Owner };
    }

    /// <summary>
    /// The service's role, granted as at start-up (no UPDATE or DELETE on the audit log); the tables' owner, whom
    /// row-level security shows no row to change; and a superuser, who bypasses it and meets the trigger.
    /// </summary>
    protected override async Task<IReadOnlyList<(string Who, Database Database)>> AuditLogWritersAsync()
    {
        var service = new StorageOptions { PostgreSQL = _roles.Service, PostgreSQLMigrations = _roles.Owner };
        await using (var migrations = new Database(service))
        {
            Assert.Empty(await new MigrationRunner(migrations, NullLogger<MigrationRunner>.Instance, service).MigrateAsync());
        }

        return
        [
            ("the service's role", new Database(service)),
            ("the tables' owner", new Database(new StorageOptions { PostgreSQL = _roles.Owner })),
            ("a superuser", new Database(new StorageOptions { PostgreSQL = _roles.Superuser })),
        ];
    }
}
