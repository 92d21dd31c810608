using OnePlusX.Outcomes;

namespace OnePlusX.Policies.Tests.Support;

/// <summary>Assertions on policy outcomes that print the explanation when they fail.</summary>
internal static class Expect
{
    /// <summary>The evaluation succeeded; returns its value.</summary>
    public static T Ok<T>(CommandResult<T> result)
    {
        Assert.True(result.Succeeded, $"Expected a value but got {result.Error}");
        return result.Value!;
    }

    /// <summary>The decision allows, citing <paramref name="ruleId"/>.</summary>
    public static PolicyDecision Allowed(CommandResult<PolicyDecision> result, string ruleId)
    {
        var decision = Ok(result);
        Assert.True(decision.Allowed, $"Expected allowed by {ruleId} but refused: {decision.Explanation}");
        Assert.Contains(ruleId, decision.RuleIds);
        return decision;
    }

    /// <summary>The decision refuses, citing <paramref name="ruleId"/>, and its explanation names the rule in both languages.</summary>
    public static PolicyDecision Refused(CommandResult<PolicyDecision> result, string ruleId)
    {
        var decision = Ok(result);
        Assert.False(decision.Allowed, $"Expected a refusal by {ruleId} but allowed: {decision.Explanation}");
        Assert.Contains(ruleId, decision.RuleIds);
        Assert.Contains(ruleId, decision.Explanation.Chinese);
        Assert.Contains(ruleId, decision.Explanation.English);
        return decision;
    }

    /// <summary>The evaluation is a validation error naming <paramref name="field"/>.</summary>
    public static CommandError Invalid<T>(CommandResult<T> result, string field)
    {
        Assert.False(result.Succeeded, $"Expected a validation error on {field} but got {result.Value}");
        Assert.Equal(ErrorKind.Validation, result.Error!.Kind);
        Assert.Equal(field, result.Error.Field);
        return result.Error;
    }
}
