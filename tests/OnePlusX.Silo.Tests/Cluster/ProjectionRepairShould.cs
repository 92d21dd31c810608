using OnePlusX.CertificateProjects;
using OnePlusX.CostCaps;
using OnePlusX.Security;
using OnePlusX.Silo.Grains.CostCaps;
using Dapper;
using OnePlusX.Silo.Storage;
using OnePlusX.Silo.Tests.Infrastructure;
using OnePlusX.Students;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.Tests.Cluster;

/// <summary>
/// Kills the silo between a grain's state write and its projection, then starts a fresh one that nobody calls:
/// the background sweep must bring the read model and the audit log level with the stored state.
/// </summary>
public abstract class ProjectionRepairShould
{
    protected abstract Task<(Dictionary<string, string> Settings, StorageOptions Storage)> StorageAsync(string folder);

    [Fact]
    public async Task RepairAProjectionLostInACrash()
    {
        var folder = Directory.CreateTempSubdirectory("oneplusx-repair-").FullName;
        var (settings, storage) = await StorageAsync(folder);
        TenantId tenant;
        await using (var first = await SiloProcess.StartAsync(settings, folder))
        await using (var client = await ClusterClient.ConnectAsync(first))
        {
            tenant = await Seed.CollegeAsync(client.Grains, "REPAIR");
        }

        var crashing = new Dictionary<string, string>(settings) { ["OnePlusX:FaultInjection:CrashAfterStateWrite"] = "student" };
        await using (var second = await SiloProcess.StartAsync(crashing, folder))
        await using (var client = await ClusterClient.ConnectAsync(second))
        {
            using var scope = CallScope.ForTenant(tenant, "test-admin");
            var enrol = client.Grains.GetGrain<IStudentGrain>("REPAIR/3001").EnrolAsync(new EnrolStudent("崩溃前", "M1", 2024));
            await Assert.ThrowsAnyAsync<Exception>(() => enrol.WaitAsync(TimeSpan.FromSeconds(60)));
            await second.WaitForExitAsync(TimeSpan.FromSeconds(30));
        }

        var database = new Database(storage);
        await using (var connection = await database.OpenAsync(AccessScope.System("test")))
        {
            // The crash left the state written and the projection missing.
            Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT version FROM orleans_storage WHERE grain_type = 'student' AND grain_key = 'REPAIR/3001'"));
            Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM students WHERE tenant_id = 'REPAIR'"));
        }

        await using (var third = await SiloProcess.StartAsync(settings, folder))
        {
            var repaired = await Eventually.ReadAsync(
                async () =>
                {
                    await using var connection = await database.OpenAsync(AccessScope.System("test"));
                    return await connection.ExecuteScalarAsync<int>(
                        "SELECT count(*) FROM students WHERE tenant_id = 'REPAIR' AND student_number = '3001' AND name = '崩溃前' AND version = 1") == 1;
                },
                done => done,
                TimeSpan.FromSeconds(30));

            Assert.True(repaired, third.Log);
            await using var check = await database.OpenAsync(AccessScope.System("test"));
            Assert.Equal(1, await check.ExecuteScalarAsync<int>(
                "SELECT count(*) FROM audit_log WHERE grain_key = 'REPAIR/3001' AND version = 1 AND action = 'student.enrolled' AND actor = 'test-admin'"));
            Assert.Equal(1, await check.ExecuteScalarAsync<int>("SELECT version FROM projections WHERE grain_type = 'student' AND grain_key = 'REPAIR/3001'"));
        }

        await database.DisposeAsync();
    }

    [Fact]
    public async Task RepairANationalGrainsProjectionLostInACrash()
    {
        // A national grain (keyed by certificate, not tenant) is repaired by the same sweep, as a system job.
        var folder = Directory.CreateTempSubdirectory("oneplusx-repair-national-").FullName;
        var (settings, storage) = await StorageAsync(folder);
        var crashing = new Dictionary<string, string>(settings) { ["OnePlusX:FaultInjection:CrashAfterStateWrite"] = CostCapGrain.StateKey };
        await using (var first = await SiloProcess.StartAsync(crashing, folder))
        await using (var client = await ClusterClient.ConnectAsync(first))
        {
            using var scope = CallScope.System("test");
            var set = client.Grains.GetGrain<ICostCapGrain>("WEB-FE").SetAsync(new SetCostCap(CertificateLevel.Intermediate, new DateOnly(2025, 1, 1), 300m, Sample: true));
            await Assert.ThrowsAnyAsync<Exception>(() => set.WaitAsync(TimeSpan.FromSeconds(60)));
            await first.WaitForExitAsync(TimeSpan.FromSeconds(30));
        }

        var database = new Database(storage);
        await using (var connection = await database.OpenAsync(AccessScope.System("test")))
        {
            Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT version FROM orleans_storage WHERE grain_type = @Type AND grain_key = 'WEB-FE'", new { Type = CostCapGrain.StateKey }));
            Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM cost_caps WHERE certificate_code = 'WEB-FE'"));
        }

        await using (var second = await SiloProcess.StartAsync(settings, folder))
        {
            var repaired = await Eventually.ReadAsync(
                async () =>
                {
                    await using var connection = await database.OpenAsync(AccessScope.System("test"));
                    return await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM cost_caps WHERE certificate_code = 'WEB-FE' AND level = 2") == 1;
                },
                done => done,
                TimeSpan.FromSeconds(30));

            Assert.True(repaired, second.Log);
        }

        await database.DisposeAsync();
    }
}

public sealed class SqliteProjectionRepairShould : ProjectionRepairShould
{
    protected override Task<(Dictionary<string, string>, StorageOptions)> StorageAsync(string folder)
    {
        var connectionString = $"Data Source={Path.Combine(folder, "oneplusx.db")}";
        return Task.FromResult((new Dictionary<string, string> { ["ConnectionStrings:Sqlite"] = connectionString }, new StorageOptions { Sqlite = connectionString }));
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresProjectionRepairShould(PostgresServer server) : ProjectionRepairShould
{
    protected override async Task<(Dictionary<string, string>, StorageOptions)> StorageAsync(string folder)
    {
        var database = await server.CreateServiceDatabaseAsync("repair");
        return (ClusterSettings.For(database), new StorageOptions { PostgreSQL = database.Service });
    }
}
