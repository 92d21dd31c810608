namespace OnePlusX.Policies;

/// <summary>A parameter as in force on a day for a college: its definition, value, and since when.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.PolicyParameterInForce")]
public sealed record PolicyParameterInForce(
    [property: Id(0)] ParameterDefinition Definition,
    [property: Id(1)] string Value,
    [property: Id(2)] DateOnly EffectiveFrom,
    [property: Id(3)] bool SetByTenant);
