using System.Globalization;
using M = OnePlusX.Policies.Money;

namespace OnePlusX.Policies.Tests.Money;

/// <summary>Amounts are decimal yuan rounded to the fen, half away from zero.</summary>
public sealed class MoneyShould
{
    [Theory]
    [InlineData("0.005", "0.01")]
    [InlineData("0.015", "0.02")]
    [InlineData("-0.005", "-0.01")]
    [InlineData("-0.015", "-0.02")]
    [InlineData("2.675", "2.68")]
    [InlineData("2.665", "2.67")]
    [InlineData("0.004", "0.00")]
    [InlineData("-0.004", "0.00")]
    [InlineData("0.0049999", "0.00")]
    [InlineData("1680.5", "1680.50")]
    [InlineData("300.003", "300.00")]
    public void RoundHalfAwayFromZeroToTheFen(string yuan, string expected)
    {
        var rounded = M.Round(D(yuan));

        Assert.Equal(D(expected), rounded);
        Assert.True(M.HasAtMostTwoDecimals(rounded));
    }

    [Theory]
    [InlineData("120.5", true)]
    [InlineData("120.50", true)]
    [InlineData("120.500", true)]
    [InlineData("120.505", false)]
    [InlineData("120.001", false)]
    [InlineData("0", true)]
    [InlineData("0.01", true)]
    [InlineData("0.001", false)]
    [InlineData("-0.01", true)]
    [InlineData("-0.015", false)]
    [InlineData("100000000", true)]
    public void TellWholeFenFromFractionsOfAFen(string yuan, bool expected)
    {
        Assert.Equal(expected, M.HasAtMostTwoDecimals(D(yuan)));
    }

    [Fact]
    public void TellWholeFenForAmountsTooLargeToCountInFen()
    {
        // decimal.MaxValue × 100 overflows; the answer must not depend on scaling to fen.
        Assert.True(M.HasAtMostTwoDecimals(decimal.MaxValue));
        Assert.True(M.HasAtMostTwoDecimals(decimal.MaxValue / 10m)); // …033.5
        Assert.False(M.HasAtMostTwoDecimals(decimal.MaxValue / 1000m)); // …950.335
    }

    private static decimal D(string value) => decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture);
}
