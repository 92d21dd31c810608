namespace OnePlusX.Silo.Tests.PilotYear;

/// <summary>
/// A full pilot year of each seed college on the embedded default (SQLite), run through GraphQL over HTTP by the
/// college's own people: one silo for the four colleges, each test one college's year (see <see cref="PilotYearScript"/>).
/// </summary>
public sealed class PilotYearShould(PilotSilo silo) : IClassFixture<PilotSilo>
{
    [Fact]
    public Task RunAJilinPilotYear_JL_APP_1_JL_CUR_1_JL_PAY_1_JL_PAY_2_JL_PAY_3_JL_PAY_4_JL_FUND_1_JL_CRD_1_NAT_ISS_1() => RunAsync(PilotColleges.Jilin);

    [Fact]
    public Task RunAHubeiPilotYear_HB_PROC_1_HB_TRN_1_HB_SEL_1_HB_FUND_2_NAT_ISS_1() => RunAsync(PilotColleges.Hubei);

    [Fact]
    public Task RunAShandongPilotYear_SD_PLAN_1_SD_APP_1_SD_LVL_1_SD_FUND_1_SD_ISS_1_NAT_ISS_1() => RunAsync(PilotColleges.Shandong);

    [Fact]
    public Task RunAXiamenPilotYear_XM_ORG_1_XM_PAY_1_XM_PAY_2_XM_SCH_1_XM_FIN_1_XM_CRD_1_NAT_ISS_1() => RunAsync(PilotColleges.Xiamen);

    private async Task RunAsync(PilotCollege college)
    {
        using var year = new PilotYearScript(silo, college);
        await year.RunAsync();
    }
}
