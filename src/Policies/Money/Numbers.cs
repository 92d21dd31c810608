using System.Globalization;

namespace OnePlusX.Policies;

/// <summary>Numbers in explanations are written the same whatever the server's culture.</summary>
internal static class Numbers
{
    /// <summary>A quantity without trailing zeros: 7.5, 40, 0.3.</summary>
    public static string N(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Yuan to the fen: 1680.50.</summary>
    public static string Yuan(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A share as a percentage: 0.3 → 30%.</summary>
    public static string Percent(decimal share) => (share * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
