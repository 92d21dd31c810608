namespace OnePlusX.Policies.Tests.Sddz;

/// <summary>SDDZ hands a certificate only to a passing candidate, once its scan is in the archive (SD-ISS-1).</summary>
public sealed class SddzIssuanceShould
{
    private static IssuanceFacts Issue(bool passed, bool scanArchived) => new(Facts.Day("2025-07-01"), passed, scanArchived);

    [Fact]
    public void IssueToAPassingCandidateWhoseScanIsArchived_SD_ISS_1()
    {
        var decision = Expect.Allowed(Plugins.Sddz.CheckIssuance(Issue(passed: true, scanArchived: true), Plugins.Defaults), "SD-ISS-1");

        Assert.Equal("考核通过，由学校颁发证书，扫描件已存档（SD-ISS-1）", decision.Explanation.Chinese);
    }

    [Fact]
    public void RefuseUntilTheScanIsArchived_SD_ISS_1()
    {
        var decision = Expect.Refused(Plugins.Sddz.CheckIssuance(Issue(passed: true, scanArchived: false), Plugins.Defaults), "SD-ISS-1");

        Assert.Equal("证书扫描件须先存档（SD-ISS-1）", decision.Explanation.Chinese);
        Assert.Equal("Archive the certificate's scan first (SD-ISS-1)", decision.Explanation.English);
        Assert.True(Expect.Ok(Plugins.National.CheckIssuance(Issue(passed: true, scanArchived: false), Plugins.Defaults)).Allowed);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void RefuseACandidateWhoDidNotPass_SD_ISS_1(bool scanArchived)
    {
        var decision = Expect.Refused(Plugins.Sddz.CheckIssuance(Issue(passed: false, scanArchived), Plugins.Defaults), "SD-ISS-1");

        Assert.Equal("考核未通过，不能颁发证书（SD-ISS-1）", decision.Explanation.Chinese);
    }
}
