using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using OnePlusX.Silo.Tests.Infrastructure;

namespace OnePlusX.Silo.Tests.GraphQL;

/// <summary>A type reference as introspection gives it: a named type wrapped in NON_NULL and LIST.</summary>
public sealed record FuzzTypeRef(string Kind, string? Name, FuzzTypeRef? OfType)
{
    public string Named => Name ?? OfType!.Named;

    public override string ToString() => Kind switch
    {
        "NON_NULL" => $"{OfType}!",
        "LIST" => $"[{OfType}]",
        _ => Name!,
    };
}

/// <summary>An argument or an input field.</summary>
public sealed record FuzzInput(string Name, FuzzTypeRef Type);

public sealed record FuzzField(string Name, IReadOnlyList<FuzzInput> Args, FuzzTypeRef Type);

/// <summary>One named type of the live schema.</summary>
public sealed record FuzzType(
    string Kind, string Name, IReadOnlyList<FuzzField> Fields, IReadOnlyList<FuzzInput> InputFields,
    IReadOnlyList<string> EnumValues, IReadOnlyList<string> PossibleTypes)
{
    public bool IsComposite => Kind is "OBJECT" or "INTERFACE" or "UNION";
}

/// <summary>
/// The live gateway's schema, read by introspection one type at a time (the full introspection query is over the
/// gateway's limits), plus real values harvested from it: global ids, cursors and codes the data actually has.
/// </summary>
public sealed class FuzzSchema
{
    private const string TypeQuery =
        "fragment R on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } "
        + "query T($n: String!) { __type(name: $n) { kind name fields { name args { name type { ...R } } type { ...R } } "
        + "inputFields { name type { ...R } } enumValues { name } possibleTypes { name } } }";

    private const string HarvestQuery =
        "{ provinces { id code cities { id code } } certificates(first: 100) { edges { cursor node { id code evaluationOrganization { id code } } } } "
        + "colleges(first: 100) { edges { cursor node { id code } } } examStations(first: 100) { edges { cursor node { id code } } } }";

    public required IReadOnlyDictionary<string, FuzzType> Types { get; init; }

    public required string QueryType { get; init; }

    public string? MutationType { get; init; }

    /// <summary>Global ids the data has (provinces, cities, certificates, organizations, colleges, stations).</summary>
    public required IReadOnlyList<string> Ids { get; init; }

    public required IReadOnlyList<string> Cursors { get; init; }

    public required IReadOnlyList<string> Codes { get; init; }

    /// <summary>Global ids of colleges and exam stations: tenant data, which no anonymous answer may hold.</summary>
    public required IReadOnlySet<string> TenantIds { get; init; }

    /// <summary>What the requests are drawn from; a seed replays the same requests only where this is the same.</summary>
    public string Summary => $"{Types.Count} types, {Ids.Count} ids, {Cursors.Count} cursors, {Codes.Count} codes";

    /// <summary>Names of the object types that implement Node (for forged global ids).</summary>
    public IEnumerable<string> NodeTypeNames => Types.Values.Where(t => t.Kind == "OBJECT" && t.Fields.Any(f => f.Name == "id")).Select(t => t.Name);

    /// <summary>Reads the schema and the data as a signed-in reader (colleges and stations are not public).</summary>
    public static async Task<FuzzSchema> LoadAsync(HttpClient http, Tokens tokens, TimeSpan dataTimeout)
    {
        async Task<JsonNode> AskAsync(string query, JsonObject? variables) => await PostAsync(http, await tokens.AccessTokenAsync(), query, variables);

        var schema = (await AskAsync("{ __schema { queryType { name } mutationType { name } types { name kind } } }", null))["__schema"]!;
        var types = new Dictionary<string, FuzzType>(StringComparer.Ordinal);
        foreach (var entry in schema["types"]!.AsArray())
        {
            var name = (string)entry!["name"]!;
            if (!name.StartsWith("__", StringComparison.Ordinal))
            {
                types[name] = ReadType((await AskAsync(TypeQuery, new JsonObject { ["n"] = name }))["__type"]!);
            }
        }

        // The demo data is written by a background seeder and projected by the sweep: wait until colleges and stations
        // are there and two reads a second apart agree, so that a seed picks the same values on every run.
        var deadline = DateTime.UtcNow + dataTimeout;
        var harvest = await AskAsync(HarvestQuery, null);
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(1000);
            var again = await AskAsync(HarvestQuery, null);
            var settled = Count(again, "colleges") > 0 && Count(again, "examStations") > 0 && again.ToJsonString() == harvest.ToJsonString();
            harvest = again;
            if (settled)
            {
                break;
            }
        }

        return new FuzzSchema
        {
            Types = types,
            QueryType = (string)schema["queryType"]!["name"]!,
            MutationType = (string?)schema["mutationType"]?["name"],
            Ids = Collect(harvest, "id"),
            Cursors = Collect(harvest, "cursor"),
            Codes = Collect(harvest, "code"),
            TenantIds = new HashSet<string>([.. Collect(harvest["colleges"]!, "id"), .. Collect(harvest["examStations"]!, "id")], StringComparer.Ordinal),
        };
    }

    private static int Count(JsonNode data, string field) => data[field]?["edges"]?.AsArray().Count ?? 0;

    private static async Task<JsonNode> PostAsync(HttpClient http, string token, string query, JsonObject? variables)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new JsonObject { ["query"] = query, ["variables"] = variables }) };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonNode>();
        return body?["errors"] is null && body?["data"] is { } data
            ? data
            : throw new InvalidOperationException($"The gateway refused a set-up query ({(int)response.StatusCode}): {body?.ToJsonString()}\n{query}");
    }

    private static FuzzType ReadType(JsonNode type) => new(
        (string)type["kind"]!,
        (string)type["name"]!,
        type["fields"]?.AsArray().Select(f => new FuzzField((string)f!["name"]!, Inputs(f["args"]), Ref(f["type"]!))).ToList() ?? [],
        Inputs(type["inputFields"]),
        type["enumValues"]?.AsArray().Select(e => (string)e!["name"]!).ToList() ?? [],
        type["possibleTypes"]?.AsArray().Select(p => (string)p!["name"]!).ToList() ?? []);

    private static List<FuzzInput> Inputs(JsonNode? inputs) =>
        inputs?.AsArray().Select(a => new FuzzInput((string)a!["name"]!, Ref(a["type"]!))).ToList() ?? [];

    private static FuzzTypeRef Ref(JsonNode type) =>
        new((string)type["kind"]!, (string?)type["name"], type["ofType"] is { } inner ? Ref(inner) : null);

    private static List<string> Collect(JsonNode node, string property)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        Walk(node);
        return [.. found];

        void Walk(JsonNode? current)
        {
            switch (current)
            {
                case JsonObject obj:
                    foreach (var (name, value) in obj)
                    {
                        if (name == property && value is JsonValue v && v.GetValueKind() == JsonValueKind.String)
                        {
                            found.Add(v.GetValue<string>());
                        }

                        Walk(value);
                    }

                    break;
                case JsonArray array:
                    foreach (var item in array)
                    {
                        Walk(item);
                    }

                    break;
            }
        }
    }
}
