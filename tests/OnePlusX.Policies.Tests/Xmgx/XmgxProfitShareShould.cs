using System.Globalization;
using OnePlusX.Policies.Xmgx;

namespace OnePlusX.Policies.Tests.Xmgx;

/// <summary>
/// XMGX profit share (XM-PRF-1): after exam and training costs and venue and energy costs, 30% of a positive
/// profit goes to the secondary college, rounded to the fen; no profit, no share.
/// </summary>
public sealed class XmgxProfitShareShould
{
    [Fact]
    public void GiveTheSecondaryCollege30PercentOfTheProfitLeftAfterAllCosts_XM_PRF_1()
    {
        // 10000 − 6000 − 1000 = 3000 profit; 30% of it is 900.
        var share = Share("10000", "6000", "1000");

        Assert.Equal((3000m, 900m), (share.Profit, share.SchoolShare));
        Assert.Equal(["XM-PRF-1"], share.RuleIds);
        Assert.Equal("结余利润3000.00元，二级学院获30%即900.00元（XM-PRF-1）", share.Explanation.Chinese);
        Assert.Equal("Profit 3000.00 yuan; the school gets 30%, 900.00 yuan (XM-PRF-1)", share.Explanation.English);
        Assert.Contains(share.Parameters, p => p is { Key: XmgxPolicy.SchoolShare, Value: "0.30", SetByTenant: false });
    }

    [Theory]
    [InlineData("100.05", "30.02")]
    [InlineData("0.05", "0.02")]
    [InlineData("1000.01", "300.00")]
    [InlineData("333.33", "100.00")]
    public void RoundTheShareToTheFenHalfAwayFromZero_XM_PRF_1(string profit, string expected)
    {
        var share = Share(profit, "0", "0");

        Assert.Equal(D(profit), share.Profit);
        Assert.Equal(D(expected), share.SchoolShare);
    }

    [Theory]
    [InlineData("5000", "4000", "999.98", "0.02", "0.01")]
    [InlineData("5000", "4000", "1000", "0", "0")]
    [InlineData("5000", "4500", "600", "-100", "0")]
    public void ShareOnlyAProfitAboveZero_XM_PRF_1(string revenue, string costs, string venue, string profit, string expected)
    {
        var share = Share(revenue, costs, venue);

        Assert.Equal(D(profit), share.Profit);
        Assert.Equal(D(expected), share.SchoolShare);
        Assert.Equal(["XM-PRF-1"], share.RuleIds);
    }

    [Theory]
    [InlineData("5000", "4000", "1000", "无结余利润（0.00元），不分润（XM-PRF-1）", "No profit (0.00 yuan): nothing to share (XM-PRF-1)")]
    [InlineData("5000", "4500", "600", "无结余利润（-100.00元），不分润（XM-PRF-1）", "No profit (-100.00 yuan): nothing to share (XM-PRF-1)")]
    public void SayWhyNothingIsSharedWithoutProfit_XM_PRF_1(string revenue, string costs, string venue, string chinese, string english)
    {
        var share = Share(revenue, costs, venue);

        Assert.Equal((chinese, english), (share.Explanation.Chinese, share.Explanation.English));
    }

    [Fact]
    public void ApplyTheTenantsShareFromTheDayItChanges_XM_PRF_1()
    {
        var schedule = Facts.Schedule((XmgxPolicy.SchoolShare, "2026-01-01", "0.4"));

        var before = Expect.Ok(Plugins.Xmgx.ShareProfit(new ProfitFacts(Facts.Day("2025-12-31"), 10000m, 6000m, 1000m), schedule));
        var after = Expect.Ok(Plugins.Xmgx.ShareProfit(new ProfitFacts(Facts.Day("2026-01-01"), 10000m, 6000m, 1000m), schedule));

        Assert.Equal(900m, before.SchoolShare);
        Assert.Equal(1200m, after.SchoolShare);
        Assert.Equal("结余利润3000.00元，二级学院获40%即1200.00元（XM-PRF-1）", after.Explanation.Chinese);
    }

    private static ProfitShare Share(string revenue, string costs, string venue) =>
        Expect.Ok(Plugins.Xmgx.ShareProfit(new ProfitFacts(Facts.Day("2025-12-31"), D(revenue), D(costs), D(venue)), Plugins.Defaults));

    private static decimal D(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);
}
