using OnePlusX.Outcomes;

namespace OnePlusX.Policies.Parameters;

/// <summary>
/// A policy's parameters with their defaults parsed once. Resolving picks, for each parameter, the value in force on
/// a day: the tenant's latest valid value from on or before that day, otherwise the policy's default when the day is
/// on or after the default's start. Without tenant values in force, the parsed defaults are shared, not rebuilt.
/// </summary>
internal sealed class ParameterResolver
{
    private readonly IReadOnlyList<ParameterDefinition> _definitions;
    private readonly Dictionary<string, ParameterSet.Resolved> _defaults;
    private readonly DateOnly _allDefaultsFrom;

    public ParameterResolver(IReadOnlyList<ParameterDefinition> definitions)
    {
        _definitions = definitions;
        _defaults = new(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            // A default that does not parse is a bug in the plugin: fail when the plugin is first used.
            var (value, error) = ParameterText.Parse(definition, definition.DefaultValue);
            _defaults[definition.Key] = error is null
                ? new(definition, definition.DefaultValue, value!, definition.DefaultFrom, false)
                : throw new InvalidOperationException($"The default of {definition.Key} is invalid: {error}");
        }

        _allDefaultsFrom = definitions.Count == 0 ? DateOnly.MinValue : definitions.Max(d => d.DefaultFrom);
    }

    public CommandResult<ParameterSet> Resolve(ParameterSchedule? schedule, DateOnly on, string dateField)
    {
        var own = (schedule?.Values ?? []).Where(v => v?.Key is not null && v.EffectiveFrom <= on && _defaults.ContainsKey(v.Key)).ToList();
        if (own.Count == 0 && on >= _allDefaultsFrom)
        {
            return CommandResult<ParameterSet>.Ok(new ParameterSet(on, _defaults));
        }

        var values = new Dictionary<string, ParameterSet.Resolved>(_defaults, StringComparer.Ordinal);
        foreach (var definition in _definitions.Where(d => d.DefaultFrom > on))
        {
            values.Remove(definition.Key);
        }

        // The latest of the tenant's values that still parses (a definition may have narrowed since it was set).
        foreach (var group in own.GroupBy(v => v.Key, StringComparer.Ordinal))
        {
            var definition = _defaults[group.Key].Definition;
            foreach (var value in group.OrderByDescending(v => v.EffectiveFrom))
            {
                if (ParameterText.Parse(definition, value.Value) is ({ } parsed, null))
                {
                    values[group.Key] = new(definition, value.Value.Trim(), parsed, value.EffectiveFrom, true);
                    break;
                }
            }
        }

        var missing = _definitions.FirstOrDefault(d => !values.ContainsKey(d.Key));
        return missing is null
            ? CommandResult<ParameterSet>.Ok(new ParameterSet(on, values))
            : CommandError.Invalid(
                dateField,
                $"{on:yyyy-MM-dd} is before parameter {missing.Key} is in force (from {missing.DefaultFrom:yyyy-MM-dd}); no policy parameter covers that date.");
    }

    /// <summary>Checks a tenant's new value: known key, parse per kind, not before the parameter exists.</summary>
    public CommandError? Validate(ParameterValue value)
    {
        if (value.Key is null || !_defaults.TryGetValue(value.Key, out var known))
        {
            return CommandError.Invalid("key", $"'{value.Key}' is not a parameter of this policy.");
        }

        var definition = known.Definition;
        if (value.EffectiveFrom < definition.DefaultFrom)
        {
            return CommandError.Invalid("effectiveFrom", $"{value.EffectiveFrom:yyyy-MM-dd} is before {definition.Key} exists (from {definition.DefaultFrom:yyyy-MM-dd}).");
        }

        return ParameterText.Parse(definition, value.Value) is (_, { } error) ? CommandError.Invalid("value", error) : null;
    }
}
