using System.Text;

namespace OnePlusX.Policies;

/// <summary>
/// Money is decimal yuan. Every amount a policy computes is rounded to the fen (0.01 yuan), half away from zero;
/// none of the four schools states another rule.
/// </summary>
public static class Money
{
    /// <summary>Rounds to the fen, half away from zero: 0.005 → 0.01, -0.005 → -0.01.</summary>
    public static decimal Round(decimal yuan) => Math.Round(yuan, 2, MidpointRounding.AwayFromZero);

    /// <summary>Whether the amount is whole fen (120.5 and 120.50 yes, 120.505 no); safe for every decimal.</summary>
    public static bool HasAtMostTwoDecimals(decimal yuan) => decimal.Round(yuan, 2) == yuan;

    private const string Digits = "零壹贰叁肆伍陆柒捌玖";
    private static readonly string[] SmallUnits = ["", "拾", "佰", "仟"];

    /// <summary>
    /// The amount in capital Chinese numerals as written on finance forms (大写金额, 《支付结算办法》附一):
    /// 1,680.50 → 壹仟陆佰捌拾元伍角整; 800 → 捌佰元整; 1005.07 → 壹仟零伍元零柒分; 0 → 零元整; negative amounts start with 负.
    /// </summary>
    public static string InWords(decimal yuan)
    {
        var rounded = Round(yuan);
        var negative = rounded < 0;
        rounded = Math.Abs(rounded);
        var whole = decimal.Truncate(rounded);
        var fen = (int)((rounded - whole) * 100m);
        var jiao = fen / 10;
        fen %= 10;

        var text = new StringBuilder(negative ? "负" : "");
        text.Append(whole == 0 ? "零" : WholeInWords(whole)).Append('元');
        if (jiao == 0 && fen == 0)
        {
            return text.Append('整').ToString();
        }

        if (jiao > 0)
        {
            text.Append(Digits[jiao]).Append('角');
        }
        else if (whole > 0)
        {
            text.Append('零');
        }

        return fen > 0 ? text.Append(Digits[fen]).Append('分').ToString() : text.Append('整').ToString();
    }

    /// <summary>
    /// A positive whole number in capitals: split at 亿 (10^8) and 万 (10^4), each part written on its own, with one
    /// 零 where the lower part starts with zeros (壹拾万零壹拾, 壹万贰仟叁佰肆拾伍亿, 壹万亿).
    /// </summary>
    private static string WholeInWords(decimal whole)
    {
        foreach (var (unit, size) in new[] { ("亿", 100_000_000m), ("万", 10_000m) })
        {
            if (whole >= size)
            {
                var high = decimal.Truncate(whole / size);
                var low = whole - high * size;
                // 零 marks zeros between digits: in the lower part's lead (壹拾万零壹拾) or at the upper part's end (壹佰万零壹仟).
                var zero = low < size / 10 || high % 10 == 0;
                var lowText = low == 0 ? "" : (zero ? "零" : "") + WholeInWords(low);
                return WholeInWords(high) + unit + lowText;
            }
        }

        var digits = ((int)whole).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        var pendingZero = false;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[i] - '0';
            if (digit == 0)
            {
                pendingZero = text.Length > 0;
                continue;
            }

            if (pendingZero)
            {
                text.Append('零');
                pendingZero = false;
            }

            text.Append(Digits[digit]).Append(SmallUnits[digits.Length - 1 - i]);
        }

        return text.ToString();
    }
}
