using Dapper;
using Npgsql;
using OnePlusX.CertificateProjects;
using OnePlusX.Silo.Tests.Infrastructure;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.Tests.Cluster;

/// <summary>Two silo processes in one cluster on PostgreSQL (ADO.NET membership, state and reminders).</summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusterShould(PostgresServer server) : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("oneplusx-cluster-").FullName;
    private SiloProcess _first = null!;
    private SiloProcess _second = null!;
    private ClusterClient _viaFirst = null!;
    private ClusterClient _viaSecond = null!;
    private PostgresDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await server.CreateServiceDatabaseAsync("cluster");
        var settings = ClusterSettings.For(_database);
        _first = await SiloProcess.StartAsync(settings, _folder);
        _second = await SiloProcess.StartAsync(settings, _folder);
        _viaFirst = await ClusterClient.ConnectAsync(_first);
        _viaSecond = await ClusterClient.ConnectAsync(_second);
    }

    public async Task DisposeAsync()
    {
        await _viaFirst.DisposeAsync();
        await _viaSecond.DisposeAsync();
        await _first.DisposeAsync();
        await _second.DisposeAsync();
    }

    [Fact]
    public async Task KeepEveryAcknowledgedChangeAcrossConcurrentCallersAndASiloCrash()
    {
        var tenant = await Seed.CollegeAsync(_viaFirst.Grains, "CLUSTER");
        var students = Enumerable.Range(1, 32).Select(i => $"S{i:D3}").ToList();
        await Seed.StudentsAsync(_viaSecond.Grains, tenant, students);
        await Seed.ApprovedProjectAsync(_viaFirst.Grains, tenant);
        var key = CertificateProjectKey.For(tenant, "WEB-FE", CertificateLevel.Intermediate, 2025);

        // 32 callers at once, half through each silo's gateway, all changing the same project grain.
        var calls = students.Select((student, i) => Task.Run(async () =>
        {
            var client = i % 2 == 0 ? _viaFirst : _viaSecond;
            using var scope = CallScope.ForTenant(tenant, $"caller-{i}");
            var result = await client.Grains.GetGrain<ICertificateProjectGrain>(key).RegisterCandidateAsync(new RegisterCandidate(student));
            return (student, result.Succeeded);
        })).ToList();
        var acknowledged = (await Task.WhenAll(calls)).Where(r => r.Succeeded).Select(r => r.student).ToList();
        Assert.Equal(32, acknowledged.Count);

        // The read model's roster holds the same 32 (projected in the same order as the state writes).
        await using (var connection = new NpgsqlConnection(_database.Superuser))
        {
            var roster = await connection.QueryAsync<string>(
                "SELECT student_number FROM project_candidates WHERE tenant_id = 'CLUSTER' AND project_key = @key",
                new { key = key[(key.IndexOf('/') + 1)..] });
            Assert.Equal(acknowledged.Order(), roster.Order());
        }

        // One silo dies abruptly; the grain comes back on the other with every acknowledged registration.
        await _first.KillAsync();
        var project = await WithRetryAsync(async () =>
        {
            using var scope = CallScope.ForTenant(tenant, "after-crash");
            return await _viaSecond.Grains.GetGrain<ICertificateProjectGrain>(key).GetAsync();
        });
        Assert.Equal(acknowledged.Order(), project!.Candidates.Order());
    }

    [Fact]
    public async Task FireADeadlineReminderOnce()
    {
        var tenant = await Seed.CollegeAsync(_viaSecond.Grains, "REMIND");
        var project = await Seed.ApprovedProjectAsync(_viaSecond.Grains, tenant);
        using var scope = CallScope.ForTenant(tenant, "test-admin");
        Seed.Ok(await project.ScheduleDeadlineAsync(new ScheduleDeadline("platform-entry", DateTimeOffset.UtcNow.AddSeconds(2))));

        var deadline = await Eventually.ReadAsync(async () => (await project.GetAsync())!.Deadlines.Single(), d => d.ReachedAt is not null, TimeSpan.FromSeconds(90));
        Assert.NotNull(deadline.ReachedAt);
        // Several reminder periods (2 s in these tests) later it has still been delivered only once.
        await Task.Delay(TimeSpan.FromSeconds(8));
        Assert.Equal(1, (await project.GetAsync())!.Deadlines.Single().TimesReached);
    }

    private static async Task<T> WithRetryAsync<T>(Func<Task<T>> call)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            try
            {
                return await call().WaitAsync(TimeSpan.FromSeconds(15));
            }
            catch (Exception) when (DateTime.UtcNow < deadline)
            {
                // The cluster is still declaring the dead silo dead; ask again.
                await Task.Delay(500);
            }
        }
    }
}
