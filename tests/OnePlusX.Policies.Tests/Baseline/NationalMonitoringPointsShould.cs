using OnePlusX.Policies.Baseline;

namespace OnePlusX.Policies.Tests.Baseline;

/// <summary>About 10 monitoring points per certificate (NAT-MON-1).</summary>
public sealed class NationalMonitoringPointsShould
{
    [Fact]
    public void AcceptTenMonitoringPointsAsTheGuideline_NAT_MON_1()
    {
        var decision = Expect.Ok(NationalRules.CheckMonitoringPoints(10));

        Assert.True(decision.Allowed);
        Assert.Equal(["NAT-MON-1"], decision.RuleIds);
        Assert.Equal("监测点10个（NAT-MON-1）", decision.Explanation.Chinese);
        Assert.Equal("10 monitoring points (NAT-MON-1)", decision.Explanation.English);
    }

    [Theory]
    [InlineData(9)]
    [InlineData(11)]
    [InlineData(1)]
    public void AcceptAnotherNumberAndSayHowFarItIsFromTheGuideline_NAT_MON_1(int points)
    {
        var decision = Expect.Ok(NationalRules.CheckMonitoringPoints(points));

        Assert.True(decision.Allowed);
        Assert.Equal(["NAT-MON-1"], decision.RuleIds);
        Assert.Equal($"监测点{points}个（指导数约10个）（NAT-MON-1）", decision.Explanation.Chinese);
        Assert.Equal($"{points} monitoring points (guideline: about 10) (NAT-MON-1)", decision.Explanation.English);
        Assert.Equal(10, NationalRules.MonitoringPointsPerCertificate);
    }

    [Fact]
    public void RefuseANegativeCountAsInvalid_NAT_MON_1()
    {
        Expect.Invalid(NationalRules.CheckMonitoringPoints(-1), "points");
    }
}
