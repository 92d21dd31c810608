namespace OnePlusX.Policies;

/// <summary>A one-line reason in both languages the product speaks.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.Explanation")]
public sealed record Explanation([property: Id(0)] string Chinese, [property: Id(1)] string English)
{
    public override string ToString() => $"{Chinese} / {English}";

    /// <summary>Appends the rule IDs the way a college officer reads them: "学生自费：第二个证书（JL-FUND-1）".</summary>
    public static Explanation Of(string chinese, string english, params IReadOnlyList<string> ruleIds) =>
        ruleIds.Count == 0
            ? new(chinese, english)
            : new($"{chinese}（{string.Join("、", ruleIds)}）", $"{english} ({string.Join(", ", ruleIds)})");

    /// <summary>The same reason citing other rules: the suffix <see cref="Of"/> appended for <paramref name="cited"/> is replaced.</summary>
    public Explanation Citing(IReadOnlyList<string> cited, IReadOnlyList<string> ruleIds)
    {
        var plain = Of("", "", cited);
        return Of(
            Chinese.EndsWith(plain.Chinese, StringComparison.Ordinal) ? Chinese[..^plain.Chinese.Length] : Chinese,
            English.EndsWith(plain.English, StringComparison.Ordinal) ? English[..^plain.English.Length] : English,
            ruleIds);
    }

    /// <summary>Several reasons in one line, in the order given.</summary>
    public static Explanation Join(IEnumerable<Explanation> parts)
    {
        var list = parts.ToList();
        return new(string.Join("；", list.Select(p => p.Chinese)), string.Join("; ", list.Select(p => p.English)));
    }
}

/// <summary>
/// A policy's answer: allowed or not, the rule IDs (from docs/rules.md) that produced it and why,
/// e.g. "学生自费：第二个证书（JL-FUND-1）".
/// </summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.PolicyDecision")]
public sealed record PolicyDecision(
    [property: Id(0)] bool Allowed,
    [property: Id(1)] IReadOnlyList<string> RuleIds,
    [property: Id(2)] Explanation Explanation)
{
    /// <summary>An allowing decision; the explanation gets the rule IDs appended.</summary>
    public static PolicyDecision Allow(string chinese, string english, params string[] ruleIds) =>
        new(true, ruleIds, Explanation.Of(chinese, english, ruleIds));

    /// <summary>A refusal; the explanation gets the rule IDs appended.</summary>
    public static PolicyDecision Refuse(string chinese, string english, params string[] ruleIds) =>
        new(false, ruleIds, Explanation.Of(chinese, english, ruleIds));

    /// <summary>
    /// Several checks as one decision: refused if any check refuses (with every refusal's rules and reasons,
    /// so the officer sees all of them at once), otherwise allowed with every check's rules and reasons.
    /// </summary>
    public static PolicyDecision All(params IEnumerable<PolicyDecision> checks)
    {
        var list = checks.ToList();
        var refused = list.Where(d => !d.Allowed).ToList();
        var deciding = refused.Count > 0 ? refused : list;
        return new(
            refused.Count == 0,
            deciding.SelectMany(d => d.RuleIds).Distinct(StringComparer.Ordinal).ToList(),
            Explanation.Join(deciding.Select(d => d.Explanation)));
    }
}
