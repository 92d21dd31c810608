using OnePlusX.Silo.Tests.Infrastructure;

namespace OnePlusX.Silo.Tests.PilotYear;

/// <summary>
/// The same pilot years on PostgreSQL in production mode — the service role under row-level security, migrations
/// as the owner — in one silo shared by the class's tests (the collection's classes run one at a time).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresPilotYearShould(PostgresServer server)
{
    [Fact]
    public Task RunAJilinPilotYearOnPostgreSQL_JL_FUND_1_JL_PAY_2_NAT_ISS_1() => RunAsync(PilotColleges.Jilin);

    [Fact]
    public Task RunAHubeiPilotYearOnPostgreSQL_HB_SEL_1_HB_FUND_2_NAT_ISS_1() => RunAsync(PilotColleges.Hubei);

    [Fact]
    public Task RunAShandongPilotYearOnPostgreSQL_SD_PLAN_1_SD_FUND_1_NAT_ISS_1() => RunAsync(PilotColleges.Shandong);

    [Fact]
    public Task RunAXiamenPilotYearOnPostgreSQL_XM_FIN_1_XM_PAY_2_NAT_ISS_1() => RunAsync(PilotColleges.Xiamen);

    private async Task RunAsync(PilotCollege college)
    {
        var silo = await server.SharedAsync<PilotSilo>("pilot-year", async () =>
        {
            var started = new PostgresPilotSilo(server);
            try
            {
                await started.InitializeAsync();
                return started;
            }
            catch
            {
                await started.DisposeAsync();
                throw;
            }
        });
        using var year = new PilotYearScript(silo, college);
        await year.RunAsync();
    }
}
