namespace OnePlusX.Policies;

/// <summary>What a parameter's text value means and how it is checked.</summary>
public enum ParameterKind
{
    /// <summary>Yuan, at most two decimals, never negative: <c>800</c>, <c>120.50</c>.</summary>
    Amount = 1,

    /// <summary>A whole number, never negative: <c>2</c>.</summary>
    Count = 2,

    /// <summary>A decimal number such as a ratio or coefficient: <c>0.3</c>.</summary>
    Number = 3,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Flag = 4,

    /// <summary>One of the definition's <see cref="ParameterDefinition.Choices"/>.</summary>
    Choice = 5,

    /// <summary>
    /// A step table from a whole-number threshold to a number, thresholds ascending from 1:
    /// <c>1:1.0;41:1.1;61:1.2</c> reads "1–40 → 1.0, 41–60 → 1.1, 61 and more → 1.2".
    /// </summary>
    Brackets = 6,
}

/// <summary>
/// A rate, cap, coefficient, limit or switch of a policy: its key, the rule it serves, its default and since when.
/// Tenants override it with effective-dated <see cref="ParameterValue"/>s.
/// </summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.ParameterDefinition")]
public sealed record ParameterDefinition(
    [property: Id(0)] string Key,
    [property: Id(1)] string RuleId,
    [property: Id(2)] ParameterKind Kind,
    [property: Id(3)] string DefaultValue,
    [property: Id(4)] DateOnly DefaultFrom,
    [property: Id(5)] Explanation Description,
    [property: Id(6)] bool IsSample,
    [property: Id(7)] IReadOnlyList<string> Choices)
{
    /// <summary>The smallest value allowed (for Amount, Count, Number), when there is one.</summary>
    [Id(8)] public decimal? Minimum { get; init; }

    /// <summary>The largest value allowed (for Amount, Count, Number), when there is one.</summary>
    [Id(9)] public decimal? Maximum { get; init; }
}
