namespace OnePlusX.Policies.Parameters;

/// <summary>Short constructors for parameter definitions; every default is in force from the pilot's start.</summary>
internal static class Define
{
    /// <summary>The pilot started in 2019 (国发〔2019〕4号); no policy parameter covers an earlier day.</summary>
    public static readonly DateOnly PilotStart = new(2019, 1, 1);

    public static ParameterDefinition Amount(string key, string ruleId, string value, string chinese, string english, bool sample = false) =>
        new(key, ruleId, ParameterKind.Amount, value, PilotStart, new(chinese, english), sample, []) { Minimum = 0, Maximum = Validation.FactCheck.MaxAmount };

    public static ParameterDefinition Count(string key, string ruleId, int value, string chinese, string english, int minimum = 0, int? maximum = null) =>
        new(key, ruleId, ParameterKind.Count, value.ToString(System.Globalization.CultureInfo.InvariantCulture), PilotStart, new(chinese, english), false, [])
        {
            Minimum = minimum,
            Maximum = maximum,
        };

    public static ParameterDefinition Number(string key, string ruleId, string value, string chinese, string english, decimal minimum = 0, decimal? maximum = null, bool sample = false) =>
        new(key, ruleId, ParameterKind.Number, value, PilotStart, new(chinese, english), sample, []) { Minimum = minimum, Maximum = maximum };

    public static ParameterDefinition Flag(string key, string ruleId, bool value, string chinese, string english) =>
        new(key, ruleId, ParameterKind.Flag, value ? "true" : "false", PilotStart, new(chinese, english), false, []);

    public static ParameterDefinition Choice(string key, string ruleId, string value, IReadOnlyList<string> choices, string chinese, string english) =>
        new(key, ruleId, ParameterKind.Choice, value, PilotStart, new(chinese, english), false, choices);

    public static ParameterDefinition Brackets(string key, string ruleId, string value, string chinese, string english, bool sample = false) =>
        new(key, ruleId, ParameterKind.Brackets, value, PilotStart, new(chinese, english), sample, []);

    /// <summary>The baseline's definitions with a school's added; a school definition with a baseline key replaces it.</summary>
    public static IReadOnlyList<ParameterDefinition> Merge(IReadOnlyList<ParameterDefinition> baseline, IReadOnlyList<ParameterDefinition> school)
    {
        var keys = school.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        return [.. baseline.Where(d => !keys.Contains(d.Key)), .. school];
    }
}
