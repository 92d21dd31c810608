using System.Runtime.CompilerServices;
using System.Text.Json;
using GraphQL.Types;
using OnePlusX.GraphQL.Conventions;

namespace OnePlusX.Silo.Tests.Security;

/// <summary>One generated call made by one caller with the other tenant's values, with values that exist nowhere, and (queries) with its own.</summary>
public sealed record GraphOutcome(MatrixCaller Caller, GraphCall Call, MatrixJson.Values OtherValues, string Other, MatrixJson.Values MissingValues, string Missing, string? Own);

/// <summary>
/// Runs the generated GraphQL calls for every caller against the in-process gateway, once per silo: first the
/// baseline queries as the national monitor to harvest each side's global ids (any id whose key belongs to the side's
/// tenant, whatever its type), then every call with each side's values.
/// </summary>
public sealed class GraphMatrix
{
    private static readonly ConditionalWeakTable<CrossTenantSilo, Task<GraphMatrix>> Runs = new();

    private GraphMatrix(IReadOnlyList<GraphCall> calls, IReadOnlyDictionary<Side, Dictionary<string, string>> ids, IReadOnlyList<GraphOutcome> outcomes, ISchema schema)
    {
        Calls = calls;
        Ids = ids;
        Outcomes = outcomes;
        Schema = schema;
    }

    public IReadOnlyList<GraphCall> Calls { get; }

    /// <summary>Global ids by side and type name (the missing side's are the other side's with the tenant replaced).</summary>
    public IReadOnlyDictionary<Side, Dictionary<string, string>> Ids { get; }

    public IReadOnlyList<GraphOutcome> Outcomes { get; }

    public ISchema Schema { get; }

    public static Task<GraphMatrix> RunAsync(CrossTenantSilo silo) => Runs.GetValue(silo, s => RunOnceAsync(s));

    private static async Task<GraphMatrix> RunOnceAsync(CrossTenantSilo silo)
    {
        var gateway = silo.Gateway;
        var national = MatrixCaller.All.First(c => c.National);
        var ids = new Dictionary<Side, Dictionary<string, string>> { [Side.Own] = [], [Side.Other] = [] };
        foreach (var call in SchemaCalls.Generate(gateway.Schema, []).Where(c => !c.IsMutation && c.Kind == "Baseline"))
        {
            foreach (var side in new[] { Side.Own, Side.Other })
            {
                var answer = await gateway.ExecuteAsync(new MatrixJson.Values(side, "fill", new Dictionary<string, string>()).Apply(call.Template), national.Principal);
                Harvest(answer, side, ids[side]);
            }
        }

        ids[Side.Missing] = ids[Side.Other].ToDictionary(
            i => i.Key,
            i => GlobalId.TryDecode(i.Value, out var type, out var key) ? GlobalId.Encode(type, key.Replace(Side.Other.Tenant, Side.Missing.Tenant, StringComparison.Ordinal)) : i.Value);
        var types = ids[Side.Other].Keys.Intersect(ids[Side.Own].Keys).Order(StringComparer.Ordinal).ToList();
        var calls = SchemaCalls.Generate(gateway.Schema, types);

        var outcomes = new List<GraphOutcome>();
        var number = 0;
        foreach (var caller in MatrixCaller.All)
        {
            foreach (var call in calls)
            {
                number++;
                var other = new MatrixJson.Values(Side.Other, $"fx{number}b", ids[Side.Other]);
                var missing = new MatrixJson.Values(Side.Missing, $"fx{number}z", ids[Side.Missing]);
                var otherAnswer = await RunAsync(silo, other, call, caller);
                var missingAnswer = await RunAsync(silo, missing, call, caller);
                var ownAnswer = call.IsMutation || (caller.Own is null && !caller.National) ? null : await RunAsync(silo, new MatrixJson.Values(Side.Own, $"fx{number}a", ids[Side.Own]), call, caller);
                outcomes.Add(new GraphOutcome(caller, call, other, otherAnswer, missing, missingAnswer, ownAnswer));
            }
        }

        return new GraphMatrix(calls, ids, outcomes, gateway.Schema);
    }

    private static async Task<string> RunAsync(CrossTenantSilo silo, MatrixJson.Values values, GraphCall call, MatrixCaller caller) =>
        (await silo.Gateway.ExecuteAsync(values.Apply(call.Template), caller.Principal)).GetRawText();

    /// <summary>Every <c>id</c> in an answer whose global id's key is the side's tenant or starts with it, by type.</summary>
    private static void Harvest(JsonElement element, Side side, Dictionary<string, string> ids)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "id" && property.Value.ValueKind == JsonValueKind.String
                        && GlobalId.TryDecode(property.Value.GetString(), out var type, out var key)
                        && (key == side.Tenant || key.StartsWith(side.Tenant + "/", StringComparison.Ordinal)))
                    {
                        ids.TryAdd(type, property.Value.GetString()!);
                    }

                    Harvest(property.Value, side, ids);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Harvest(item, side, ids);
                }

                break;
        }
    }
}
