using Microsoft.Data.Sqlite;
using Dapper;
using OnePlusX.Colleges;
using OnePlusX.Silo.Tests.Infrastructure;
using OnePlusX.Students;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.Tests.Grains;

/// <summary>The grain call filter: a call acts for one tenant and reaches only that tenant's grains.</summary>
public sealed class TenantIsolationShould(SqliteSiloFixture fixture) : IClassFixture<SqliteSiloFixture>
{
    private IGrainFactory Grains => fixture.Client.Grains;

    [Fact]
    public async Task RefuseACallToAnotherTenantsGrain()
    {
        var owner = await Seed.CollegeAsync(Grains, "ISOA");
        await Seed.StudentsAsync(Grains, owner, ["1001"]);
        await Seed.CollegeAsync(Grains, "ISOB");

        using var scope = CallScope.ForTenant(TenantId.From("ISOB"), "intruder");
        await Assert.ThrowsAsync<TenantAccessDeniedException>(() => Grains.GetGrain<IStudentGrain>("ISOA/1001").GetAsync());
        await Assert.ThrowsAsync<TenantAccessDeniedException>(() => Grains.GetGrain<ICollegeGrain>("ISOA").GetAsync());
    }

    [Fact]
    public async Task RefuseACallThatActsForNoTenant()
    {
        await Seed.CollegeAsync(Grains, "ISOC");
        await Assert.ThrowsAsync<TenantAccessDeniedException>(() => Grains.GetGrain<ICollegeGrain>("ISOC").GetAsync());
    }

    [Fact]
    public async Task AllowAndRecordAnExplicitSystemCall()
    {
        await Seed.CollegeAsync(Grains, "ISOD");
        using (CallScope.System("support ticket 42", "operator-7"))
        {
            var college = await Grains.GetGrain<ICollegeGrain>("ISOD").GetAsync();
            Assert.Equal("ISOD", college!.Code);
        }

        await using var connection = new SqliteConnection($"Data Source={fixture.DatabasePath}");
        var recorded = await Eventually.ReadAsync(
            () => connection.ExecuteScalarAsync<int>(
                "SELECT count(*) FROM audit_log WHERE tenant_id = 'ISOD' AND actor = 'operator-7' AND detail = 'support ticket 42' AND origin = 'system'"),
            count => count > 0,
            TimeSpan.FromSeconds(10));

        Assert.Equal(1, recorded);
    }
}
