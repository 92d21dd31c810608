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

    /// <summary>Whether the amount is whole fen (120.5 and 120.50 yes, 120.505 no).</summary>
    public static bool HasAtMostTwoDecimals(decimal yuan) => yuan * 100m % 1m == 0m;

    private static readonly string Digits = "零壹贰叁肆伍陆柒捌玖";
    private static readonly string[] SmallUnits = ["", "拾", "佰", "仟"];
    private static readonly string[] GroupUnits = ["", "万", "亿", "万亿"];

    /// <summary>
    /// The amount in capital Chinese numerals as written on finance forms (大写金额):
    /// 1,680.50 → 壹仟陆佰捌拾元伍角整; 800 → 捌佰元整; 0 → 零元整; negative amounts start with 负.
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

        if (fen > 0)
        {
            text.Append(Digits[fen]).Append('分');
        }
        else
        {
            text.Append('整');
        }

        return text.ToString();
    }

    private static string WholeInWords(decimal whole)
    {
        var digits = whole.ToString("0", System.Globalization.CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        var pendingZero = false;
        for (var i = 0; i < digits.Length; i++)
        {
            var position = digits.Length - 1 - i;
            var digit = digits[i] - '0';
            if (digit == 0)
            {
                pendingZero = text.Length > 0;
            }
            else
            {
                if (pendingZero)
                {
                    text.Append('零');
                    pendingZero = false;
                }

                text.Append(Digits[digit]).Append(SmallUnits[position % 4]);
            }

            if (position % 4 == 0 && position > 0 && GroupHasDigits(digits, i))
            {
                text.Append(GroupUnits[position / 4]);
            }
        }

        return text.ToString();
    }

    private static bool GroupHasDigits(string digits, int lastIndexOfGroup)
    {
        for (var j = lastIndexOfGroup; j >= 0 && j > lastIndexOfGroup - 4; j--)
        {
            if (digits[j] != '0')
            {
                return true;
            }
        }

        return false;
    }
}
