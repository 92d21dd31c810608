namespace OnePlusX.Policies;

/// <summary>A one-line reason in both languages the product speaks.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.Explanation")]
public sealed record Explanation([property: Id(0)] string Chinese, [property: Id(1)] string English)
{
    public override string ToString() => $"{Chinese} / {English}";
}

/// <summary>
/// A policy's answer: allowed or not, the rule IDs (from docs/rules.md) that produced it and why,
/// e.g. "学生自费：第二个证书" with the school rule that says so.
/// </summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.PolicyDecision")]
public sealed record PolicyDecision(
    [property: Id(0)] bool Allowed,
    [property: Id(1)] IReadOnlyList<string> RuleIds,
    [property: Id(2)] Explanation Explanation)
{
    public static PolicyDecision Allow(Explanation why, params string[] ruleIds) => new(true, ruleIds, why);

    public static PolicyDecision Refuse(Explanation why, params string[] ruleIds) => new(false, ruleIds, why);
}
