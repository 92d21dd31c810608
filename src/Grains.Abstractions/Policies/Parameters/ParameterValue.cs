namespace OnePlusX.Policies;

/// <summary>A tenant's value for a parameter, in force from a date until the next value of the same key.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.ParameterValue")]
public sealed record ParameterValue(
    [property: Id(0)] string Key,
    [property: Id(1)] DateOnly EffectiveFrom,
    [property: Id(2)] string Value);

/// <summary>Every value a tenant has set for its policy's parameters; keys it never set keep the policy's defaults.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.ParameterSchedule")]
public sealed record ParameterSchedule([property: Id(0)] IReadOnlyList<ParameterValue> Values)
{
    /// <summary>No tenant values: every parameter at its default.</summary>
    public static ParameterSchedule Defaults { get; } = new([]);
}

/// <summary>
/// A parameter as a computation used it: kept with fee tables and funding decisions so that a later change
/// of rate never rewrites what was computed.
/// </summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.UsedParameter")]
public sealed record UsedParameter(
    [property: Id(0)] string Key,
    [property: Id(1)] string Value,
    [property: Id(2)] DateOnly EffectiveFrom,
    [property: Id(3)] bool SetByTenant,
    [property: Id(4)] bool IsSample);
