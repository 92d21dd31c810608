using OnePlusX.Outcomes;

namespace OnePlusX.Policies.Parameters;

/// <summary>
/// Picks, for each parameter, the value in force on a day: the tenant's latest value from on or before that day,
/// otherwise the policy's default when the day is on or after the default's start.
/// </summary>
internal static class ParameterResolver
{
    public static CommandResult<ParameterSet> Resolve(
        IReadOnlyList<ParameterDefinition> definitions, ParameterSchedule schedule, DateOnly on, string dateField)
    {
        var values = new Dictionary<string, ParameterSet.Resolved>(definitions.Count, StringComparer.Ordinal);
        var byKey = (schedule?.Values ?? [])
            .Where(v => v?.Key is not null && v.EffectiveFrom <= on)
            .GroupBy(v => v.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(v => v.EffectiveFrom)!, StringComparer.Ordinal);

        foreach (var definition in definitions)
        {
            if (byKey.TryGetValue(definition.Key, out var own) && ParameterText.Parse(definition, own.Value) is ({ } value, null))
            {
                values[definition.Key] = new(definition, own.Value.Trim(), value, own.EffectiveFrom, true);
            }
            else if (definition.DefaultFrom <= on)
            {
                var (defaultValue, _) = ParameterText.Parse(definition, definition.DefaultValue);
                values[definition.Key] = new(definition, definition.DefaultValue, defaultValue!, definition.DefaultFrom, false);
            }
            else
            {
                return CommandError.Invalid(
                    dateField,
                    $"{on:yyyy-MM-dd} is before parameter {definition.Key} is in force (from {definition.DefaultFrom:yyyy-MM-dd}); no policy parameter covers that date.");
            }
        }

        return CommandResult<ParameterSet>.Ok(new ParameterSet(on, values));
    }

    /// <summary>Checks a tenant's new value: known key, parse per kind, not before the parameter exists.</summary>
    public static CommandError? Validate(IReadOnlyList<ParameterDefinition> definitions, ParameterValue value)
    {
        var definition = definitions.FirstOrDefault(d => d.Key == value.Key);
        if (definition is null)
        {
            return CommandError.Invalid("key", $"'{value.Key}' is not a parameter of this policy.");
        }

        if (value.EffectiveFrom < definition.DefaultFrom)
        {
            return CommandError.Invalid("effectiveFrom", $"{value.EffectiveFrom:yyyy-MM-dd} is before {definition.Key} exists (from {definition.DefaultFrom:yyyy-MM-dd}).");
        }

        return ParameterText.Parse(definition, value.Value) is (_, { } error) ? CommandError.Invalid("value", error) : null;
    }
}
