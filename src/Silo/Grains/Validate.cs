using System.Text.RegularExpressions;
using OnePlusX.Outcomes;

namespace OnePlusX.Silo.Grains;

/// <summary>Input checks shared by the grains; each returns a validation error naming the field, or null.</summary>
internal static partial class Validate
{
    public static CommandError? Text(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return CommandError.Invalid(field, $"{field} is required.");
        }

        return value.Trim().Length > maxLength
            ? CommandError.Invalid(field, $"{field} is longer than {maxLength} characters.")
            : null;
    }

    public static CommandError? Code(string? value, string field) =>
        value is not null && CodePattern().IsMatch(value)
            ? null
            : CommandError.Invalid(field, $"{field} must be 1–32 letters, digits, '.', '_' or '-'.");

    public static CommandError? Range(int value, string field, int min, int max) =>
        value < min || value > max ? CommandError.Invalid(field, $"{field} must be between {min} and {max}.") : null;

    public static CommandError? Money(decimal value, string field)
    {
        if (value < 0)
        {
            return CommandError.Invalid(field, $"{field} may not be negative.");
        }

        return decimal.Round(value, 2) != value
            ? CommandError.Invalid(field, $"{field} has more than two decimals (yuan to the fen).")
            : null;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$")]
    private static partial Regex CodePattern();
}
