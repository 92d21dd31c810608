using System.Globalization;
using OnePlusX.Outcomes;

namespace OnePlusX.Silo.Grains.CertificateProjects;

/// <summary>
/// The 18-character citizen identification number (居民身份证号码) of GB 11643-1999: a 6-digit address code, the
/// birth date yyyyMMdd, a 3-digit sequence and a check character (ISO 7064 MOD 11-2: 0–9 or X).
/// </summary>
internal static class ResidentIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>The number as stored: trimmed, with a lower-case check character x upper-cased.</summary>
    public static string Normalise(string value) => value.Trim().ToUpperInvariant();

    /// <summary>A validation error naming <paramref name="field"/> when the number is not a valid one born by <paramref name="today"/>; null otherwise.</summary>
    public static CommandError? Check(string? value, string field, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return CommandError.Invalid(field, $"{field} is required.");
        }

        var id = Normalise(value);
        if (id.Length != 18 || !id[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(id[17]) || id[17] == 'X'))
        {
            return CommandError.Invalid(field, $"{field} must be 18 characters: 17 digits and a check digit or X (GB 11643).");
        }

        if (id[0] == '0'
            || !DateOnly.TryParseExact(id[6..14], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var born)
            || born.Year < 1900 || born > today)
        {
            return CommandError.Invalid(field, $"{field} does not hold a valid address code and birth date (GB 11643).");
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (id[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11] == id[17]
            ? null
            : CommandError.Invalid(field, $"{field} has a wrong check character (GB 11643): please check the number.");
    }

    /// <summary>All but the last 4 characters hidden, for showing inside the college.</summary>
    public static string Mask(string id) => new string('*', Math.Max(0, id.Length - 4)) + id[Math.Max(0, id.Length - 4)..];
}
