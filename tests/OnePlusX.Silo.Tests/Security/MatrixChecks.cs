using System.Security.Claims;
using OnePlusX.GraphQL.Conventions;

namespace OnePlusX.Silo.Tests.Security;

/// <summary>
/// The properties of the cross-tenant matrix, each as the list of its violations "(caller, call): why", so the
/// SQLite and the PostgreSQL runs check the same things and a failure names every (role, field) at fault.
/// </summary>
public static class MatrixChecks
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    /// <summary>A field a role is not admitted to answers AUTH_NOT_AUTHORIZED and no data, for both values.</summary>
    public static List<string> Refusals(GraphMatrix matrix) => matrix.Outcomes
        .Where(o => !Authorization.Allows(o.Call.Field, o.Caller.Principal))
        .Where(o => !MatrixJson.IsRefused(o.Other) || !MatrixJson.IsRefused(o.Missing))
        .Select(o => $"({o.Caller}, {o.Call.Name}): not refused with AUTH_NOT_AUTHORIZED: {Short(o.Other)}")
        .ToList();

    /// <summary>Every call a role is admitted to ran (a call rejected by validation or a limit would prove nothing).</summary>
    public static List<string> Rejections(GraphMatrix matrix) => matrix.Outcomes
        .Where(o => Authorization.Allows(o.Call.Field, o.Caller.Principal))
        .Where(o => !MatrixJson.IsExecuted(o.Other) || !MatrixJson.IsExecuted(o.Missing) || (o.Own is not null && !MatrixJson.IsExecuted(o.Own)))
        .Select(o => $"({o.Caller}, {o.Call.Name}): not executed: {Short(o.Other)}\n    {o.OtherValues.Apply(o.Call.Template)}")
        .ToList();

    /// <summary>
    /// No caller but a national one sees the other tenant's data, and its answer for the other tenant's values is
    /// the answer for values that exist nowhere. Province and city codes are public reference data (which provinces
    /// exist is no secret), so a real province may answer unlike a code that is none: for calls keyed by them only
    /// the data check holds; tenant codes and ids must always answer alike. The audit log is a live record that the
    /// matrix's own calls keep adding to, so two reads of it differ in time; it gets the data check only.
    /// </summary>
    public static List<string> Leaks(GraphMatrix matrix) => Leaks(
        matrix.Outcomes.Where(o => !o.Caller.National && Authorization.Allows(o.Call.Field, o.Caller.Principal))
            .Select(o => new Pair($"({o.Caller}, {o.Call.Name})", o.Other, o.OtherValues, o.Missing, o.MissingValues,
                o.Call.Kind is "Province" or "City" || o.Call.Field.Name == "auditEntries")));

    /// <summary>The same for REST; a route anonymous callers are let through (never 401 or 403) is public.</summary>
    public static List<string> Leaks(RestMatrix matrix)
    {
        var publicRoutes = matrix.Calls.Select(c => c.Route.ToString()).Distinct()
            .Where(route => matrix.Outcomes.Where(o => o.Caller.Name == "Anonymous" && o.Call.Route.ToString() == route)
                .All(o => !o.Own.StartsWith("401 ", StringComparison.Ordinal) && !o.Own.StartsWith("403 ", StringComparison.Ordinal)))
            .ToHashSet();
        return Leaks(matrix.Outcomes.Where(o => !o.Caller.National)
            .Select(o => new Pair($"({o.Caller}, {o.Call})", o.Other, o.OtherValues, o.Missing, o.MissingValues,
                publicRoutes.Contains(o.Call.Route.ToString()) && o.Call.Kind is "Province" or "City")));
    }

    /// <summary>
    /// The calls do reach data: every caller with a college or province sees its own college's data in some
    /// answer, and a national caller sees the other tenant's and gets answers that depend on its existence (so the
    /// comparison can tell). Without this, the properties above could hold because the calls never reach anything.
    /// </summary>
    public static List<string> Blindness(IEnumerable<(string Caller, bool National, Side? Own, string Other, MatrixJson.Values OtherValues, string Missing, MatrixJson.Values MissingValues, string? OwnAnswer)> outcomes)
    {
        var all = outcomes.ToList();
        var problems = new List<string>();
        foreach (var caller in all.GroupBy(o => o.Caller))
        {
            var first = caller.First();
            if (first.Own is { } own && !caller.Any(o => o.OwnAnswer is not null && MatrixJson.Reveals(o.OwnAnswer, own.Secret)))
            {
                problems.Add($"{caller.Key}: saw none of its own college's data with any call");
            }

            if (first.National && !caller.Any(o => MatrixJson.Reveals(o.Other, Side.Other.Secret)))
            {
                problems.Add($"{caller.Key}: a national caller saw none of {Side.Other.Tenant}'s data");
            }

            if (first.National && !caller.Any(o => MatrixJson.Normalise(o.Other, o.OtherValues) != MatrixJson.Normalise(o.Missing, o.MissingValues)))
            {
                problems.Add($"{caller.Key}: no answer to a national caller depended on {Side.Other.Tenant}'s existence");
            }
        }

        return problems;
    }

    public static List<string> Blindness(GraphMatrix matrix) =>
        Blindness(matrix.Outcomes.Select(o => (o.Caller.Name, o.Caller.National, o.Caller.Own, o.Other, o.OtherValues, o.Missing, o.MissingValues, o.Own)));

    public static List<string> Blindness(RestMatrix matrix) =>
        Blindness(matrix.Outcomes.Select(o => (o.Caller.Name, o.Caller.National, o.Caller.Own, o.Other, o.OtherValues, o.Missing, o.MissingValues, (string?)o.Own)));

    /// <summary>A failure message listing the violations (the first 60).</summary>
    public static string Report(List<string> violations) =>
        $"{violations.Count} (role, call) violations:\n" + string.Join("\n", violations.Take(60)) + (violations.Count > 60 ? $"\n… and {violations.Count - 60} more" : "");

    private static List<string> Leaks(IEnumerable<Pair> pairs)
    {
        var violations = new List<string>();
        foreach (var pair in pairs)
        {
            if (MatrixJson.Reveals(pair.Other, Side.Other.Secret))
            {
                violations.Add($"{pair.Name}: shows {Side.Other.Tenant}'s data: {Short(pair.Other)}");
                continue;
            }

            var other = WithoutProbeValues(MatrixJson.Normalise(pair.Other, pair.OtherValues), pair.MissingValues);
            var missing = WithoutProbeValues(MatrixJson.Normalise(pair.Missing, pair.MissingValues), pair.OtherValues);
            if (!pair.PublicReference && other != missing)
            {
                violations.Add($"{pair.Name}: {Side.Other.Tenant}'s values answer unlike values that exist nowhere:\n    other:   {Around(other, missing)}\n    missing: {Around(missing, other)}");
            }
        }

        return violations;
    }

    /// <summary>
    /// The matrix's own mutations add rows to the caller's college coded with the probe values of both runs (a
    /// school coded MXB and one coded MXZ, or coded with an ExamStation id of each side). A later read lists both,
    /// and each run masks only its own side's values; so the opposite side's tenant code and ids, as whole text
    /// values, are masked too. Any other difference still shows.
    /// </summary>
    private static string WithoutProbeValues(string normalised, MatrixJson.Values opposite)
    {
        var text = normalised.Replace($"\"{opposite.Side.Tenant}\"", $"\"{Marks.Tenant}\"", StringComparison.Ordinal);
        foreach (var (type, id) in opposite.Ids)
        {
            text = text.Replace($"\"{id}\"", $"\"{Marks.Id(type)}\"", StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>The text around where it first differs from <paramref name="than"/> (answers are long; the start is alike).</summary>
    private static string Around(string text, string than)
    {
        var at = 0;
        while (at < text.Length && at < than.Length && text[at] == than[at])
        {
            at++;
        }

        var start = Math.Max(0, at - 200);
        return (start > 0 ? "…" : "") + Short(text[start..]);
    }

    private static string Short(string text) => text.Length <= 400 ? text : text[..400] + "…";

    private sealed record Pair(string Name, string Other, MatrixJson.Values OtherValues, string Missing, MatrixJson.Values MissingValues, bool PublicReference);
}
