using System.Globalization;

namespace OnePlusX.Policies.Parameters;

/// <summary>Reads and checks a parameter's text value against its kind; the only parser of parameter text.</summary>
internal static class ParameterText
{
    private const NumberStyles NumberStyle = NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign;

    /// <summary>The value as the definition's kind, or an error message saying what is wrong with it.</summary>
    public static (object? Value, string? Error) Parse(ParameterDefinition definition, string? text)
    {
        text = text?.Trim() ?? "";
        switch (definition.Kind)
        {
            case ParameterKind.Amount:
                if (!decimal.TryParse(text, NumberStyle, CultureInfo.InvariantCulture, out var amount) || amount < 0)
                {
                    return (null, $"'{text}' is not an amount in yuan (a number not below 0, e.g. 120.50).");
                }

                return !Money.HasAtMostTwoDecimals(amount)
                    ? (null, $"'{text}' has more than two decimals; amounts are in yuan to the fen.")
                    : InRange(definition, amount);
            case ParameterKind.Count:
                return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                    ? InRange(definition, count)
                    : (null, $"'{text}' is not a whole number of at least 0.");
            case ParameterKind.Number:
                return decimal.TryParse(text, NumberStyle, CultureInfo.InvariantCulture, out var number)
                    ? InRange(definition, number)
                    : (null, $"'{text}' is not a number (e.g. 0.3).");
            case ParameterKind.Flag:
                return text is "true" or "false" ? (text == "true", null) : (null, $"'{text}' is not true or false.");
            case ParameterKind.Choice:
                return definition.Choices.Contains(text)
                    ? (text, null)
                    : (null, $"'{text}' is not one of: {string.Join(", ", definition.Choices)}.");
            case ParameterKind.Brackets:
                return ParseBrackets(text);
            default:
                return (null, $"Parameter kind {definition.Kind} is unknown.");
        }
    }

    private static (object?, string?) InRange(ParameterDefinition definition, decimal value)
    {
        if (value < definition.Minimum)
        {
            return (null, $"{value.ToString(CultureInfo.InvariantCulture)} is below the smallest allowed value {definition.Minimum.Value.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (value > definition.Maximum)
        {
            return (null, $"{value.ToString(CultureInfo.InvariantCulture)} is above the largest allowed value {definition.Maximum.Value.ToString(CultureInfo.InvariantCulture)}.");
        }

        return definition.Kind == ParameterKind.Count ? ((int)value, null) : (value, null);
    }

    private static (object?, string?) ParseBrackets(string text)
    {
        var steps = new List<Bracket>();
        foreach (var part in text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var pair = part.Split(':', StringSplitOptions.TrimEntries);
            if (pair.Length != 2
                || !int.TryParse(pair[0], NumberStyles.None, CultureInfo.InvariantCulture, out var from)
                || !decimal.TryParse(pair[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                return (null, $"'{part}' is not 'threshold:value' (e.g. 41:1.1).");
            }

            if (value > 100m)
            {
                return (null, $"'{part}': a coefficient above 100 is a typing mistake.");
            }

            if (steps.Count == 0 ? from != 1 : from <= steps[^1].From)
            {
                return (null, "Thresholds must start at 1 and ascend (e.g. 1:1.0;41:1.1;61:1.2).");
            }

            steps.Add(new Bracket(from, value));
        }

        return steps.Count == 0 ? (null, "A table needs at least one step (e.g. 1:1.0).") : (new BracketTable(steps), null);
    }
}

/// <summary>One step of a <see cref="BracketTable"/>: from this whole number on, this value.</summary>
public sealed record Bracket(int From, decimal Value);

/// <summary>A step table such as the student-number coefficient of JL-PAY-1.</summary>
public sealed record BracketTable(IReadOnlyList<Bracket> Steps)
{
    /// <summary>The value of the last step whose threshold is at most <paramref name="count"/>.</summary>
    public decimal For(int count) => Steps.Last(s => s.From <= Math.Max(count, 1)).Value;
}
