namespace OnePlusX.Outcomes;

/// <summary>The four ways an expected command can fail; each is a value, never an exception.</summary>
public enum ErrorKind
{
    /// <summary>Input is malformed; <see cref="CommandError.Field"/> names the field.</summary>
    Validation,

    /// <summary>A policy rule refuses the command; <see cref="CommandError.RuleIds"/> names the rules.</summary>
    Refusal,

    /// <summary>The command conflicts with the current state (already exists, wrong lifecycle step).</summary>
    Conflict,

    /// <summary>The target does not exist (or belongs to another tenant: the two look the same).</summary>
    NotFound,
}

/// <summary>Why a command did not change anything.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.CommandError")]
public sealed record CommandError(
    [property: Id(0)] ErrorKind Kind,
    [property: Id(1)] string Code,
    [property: Id(2)] string Message,
    [property: Id(3)] string? Field,
    [property: Id(4)] IReadOnlyList<string> RuleIds)
{
    /// <summary>For a refusal, the policy's reason in both languages (the message is its English half).</summary>
    [Id(5)] public Policies.Explanation? Explanation { get; init; }

    public static CommandError Invalid(string field, string message) =>
        new(ErrorKind.Validation, "VALIDATION", message, field, []);

    public static CommandError NotFound(string what) =>
        new(ErrorKind.NotFound, "NOT_FOUND", $"{what} was not found.", null, []);

    public static CommandError Conflict(string code, string message) =>
        new(ErrorKind.Conflict, code, message, null, []);

    public static CommandError Refused(Policies.PolicyDecision decision) =>
        new(ErrorKind.Refusal, "REFUSED", decision.Explanation.English, null, decision.RuleIds) { Explanation = decision.Explanation };
}
