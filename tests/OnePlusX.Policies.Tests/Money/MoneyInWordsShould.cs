using System.Globalization;
using M = OnePlusX.Policies.Money;

namespace OnePlusX.Policies.Tests.Money;

/// <summary>
/// The amount in capital numerals on finance forms (大写金额), as 《支付结算办法》附一《正确填写票据和结算凭证的基本规定》
/// writes it: 整 after 元 (and optionally 角), never after 分; one 零 for a run of zeros; 零 after 元 when the jiao is 0
/// and the fen is not.
/// </summary>
public sealed class MoneyInWordsShould
{
    [Theory]
    [InlineData("0", "零元整")]
    [InlineData("800", "捌佰元整")]
    [InlineData("1680.50", "壹仟陆佰捌拾元伍角整")]
    [InlineData("1005.07", "壹仟零伍元零柒分")]
    [InlineData("10000", "壹万元整")]
    [InlineData("100010", "壹拾万零壹拾元整")]
    [InlineData("0.35", "零元叁角伍分")]
    public void WriteTheAmountsOfTheFinanceForms(string yuan, string words)
    {
        Assert.Equal(words, M.InWords(D(yuan)));
    }

    [Theory]
    [InlineData("1409.50", "壹仟肆佰零玖元伍角整")]
    [InlineData("6007.14", "陆仟零柒元壹角肆分")]
    [InlineData("1680.32", "壹仟陆佰捌拾元叁角贰分")]
    [InlineData("107000.53", "壹拾万零柒仟元伍角叁分")]
    [InlineData("16409.02", "壹万陆仟肆佰零玖元零贰分")]
    [InlineData("325.04", "叁佰贰拾伍元零肆分")]
    public void WriteTheExamplesOfTheSettlementRules(string yuan, string words)
    {
        Assert.Equal(words, M.InWords(D(yuan)));
    }

    [Theory]
    [InlineData("1", "壹元整")]
    [InlineData("10", "壹拾元整")]
    [InlineData("15", "壹拾伍元整")]
    [InlineData("101", "壹佰零壹元整")]
    [InlineData("1001000", "壹佰万零壹仟元整")]
    [InlineData("10100", "壹万零壹佰元整")]
    [InlineData("1010000", "壹佰零壹万元整")]
    [InlineData("20000000", "贰仟万元整")]
    [InlineData("100000000", "壹亿元整")]
    [InlineData("100000001", "壹亿零壹元整")]
    [InlineData("100010000", "壹亿零壹万元整")]
    [InlineData("0.05", "零元伍分")]
    [InlineData("0.10", "零元壹角整")]
    [InlineData("1000.05", "壹仟元零伍分")]
    public void WriteZerosAndUnitsTheWayFinanceOfficesDo(string yuan, string words)
    {
        Assert.Equal(words, M.InWords(D(yuan)));
    }

    [Theory]
    [InlineData("1000000000000", "壹万亿元整")]
    [InlineData("1234500000000", "壹万贰仟叁佰肆拾伍亿元整")]
    public void WriteTrillionsWithASingleYi(string yuan, string words)
    {
        Assert.Equal(words, M.InWords(D(yuan)));
    }

    [Theory]
    [InlineData("-1680.5", "负壹仟陆佰捌拾元伍角整")]
    [InlineData("0.005", "零元壹分")]
    [InlineData("9.995", "壹拾元整")]
    [InlineData("-0.004", "零元整")]
    public void RoundToTheFenBeforeWritingAndMarkNegativeAmounts(string yuan, string words)
    {
        Assert.Equal(words, M.InWords(D(yuan)));
    }

    private static decimal D(string value) => decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture);
}
