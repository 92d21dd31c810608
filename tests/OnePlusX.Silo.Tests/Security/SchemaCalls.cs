using System.Text.Json;
using GraphQL;
using GraphQL.Types;

namespace OnePlusX.Silo.Tests.Security;

/// <summary>
/// One generated GraphQL call: a document template whose marks (<see cref="Marks"/>) a <see cref="Side"/> fills in,
/// for one root field, with one argument slot set to one kind of identifying value (or none: the baseline).
/// </summary>
public sealed record GraphCall(bool IsMutation, IFieldType Field, string Probe, string Template, string Kind)
{
    public string Name => $"{(IsMutation ? "Mutation" : "Query")}.{Field.Name} [{Probe}]";
}

/// <summary>The marks a call template holds, replaced by a side's values before it runs.</summary>
public static class Marks
{
    public const string Tenant = "«tenant»";
    public const string Province = "«province»";
    public const string City = "«city»";

    /// <summary>Any other required text: different for each side and each call, so a mutation never collides with itself.</summary>
    public const string Fill = "«fill»";

    public static string Id(string typeName) => $"«id:{typeName}»";
}

/// <summary>
/// Generates the calls of the matrix from the schema itself, so a new root field, argument or filter is covered
/// without touching the test: for every root query and mutation field, a baseline call (required arguments only),
/// then one call per argument slot — every String or ID leaf, inside input objects and lists too — set to each kind
/// of identifying value (tenant code, province code, city code, the global id of each tenant object type), and one
/// call with every such slot set to the tenant code at once (for lookups keyed by several codes). The selection takes
/// every field without required arguments, three composite levels deep, with every possible type of interfaces.
/// </summary>
public static class SchemaCalls
{
    private const int SelectionDepth = 3;
    private const int InputDepth = 4;

    public static IReadOnlyList<GraphCall> Generate(ISchema schema, IReadOnlyCollection<string> idTypes)
    {
        schema.Initialize();
        var calls = new List<GraphCall>();
        foreach (var (root, mutation) in new[] { (schema.Query, false), (schema.Mutation, true) })
        {
            foreach (var field in root?.Fields ?? [])
            {
                if (!field.Name.StartsWith("__", StringComparison.Ordinal))
                {
                    calls.AddRange(ForField(field, mutation, idTypes));
                }
            }
        }

        return calls;
    }

    private static IEnumerable<GraphCall> ForField(IFieldType field, bool mutation, IReadOnlyCollection<string> idTypes)
    {
        var arguments = field.Arguments?.ToList() ?? [];
        var slots = arguments.SelectMany(a => Slots(a.ResolvedType!, a.Name, 0)).ToList();
        var selection = Selection(field.ResolvedType!, SelectionDepth, new HashSet<string>(), mutation);
        GraphCall Make(string probe, string kind, IReadOnlyDictionary<string, string> overrides) =>
            new(mutation, field, probe, Document(mutation, field.Name, arguments, overrides, selection), kind);

        yield return Make("baseline", "Baseline", new Dictionary<string, string>());
        var marks = new List<(string Kind, string Mark)> { ("Tenant", Marks.Tenant), ("Province", Marks.Province), ("City", Marks.City) };
        marks.AddRange(idTypes.Select(t => ("Id", Marks.Id(t))));
        foreach (var slot in slots)
        {
            foreach (var (kind, mark) in marks)
            {
                yield return Make($"{slot} = {mark}", kind, new Dictionary<string, string> { [slot] = Quote(mark) });
            }
        }

        if (slots.Count > 1)
        {
            yield return Make($"all = {Marks.Tenant}", "Tenant", slots.ToDictionary(s => s, _ => Quote(Marks.Tenant)));
        }
    }

    /// <summary>Paths of the String and ID leaves under an argument: <c>where.provinceCode</c>, <c>ids[]</c>.</summary>
    private static IEnumerable<string> Slots(IGraphType type, string path, int depth) => type switch
    {
        NonNullGraphType nonNull => Slots(nonNull.ResolvedType!, path, depth),
        ListGraphType list => Slots(list.ResolvedType!, path + "[]", depth),
        IInputObjectGraphType input when depth < InputDepth => input.Fields.SelectMany(f => Slots(f.ResolvedType!, $"{path}.{f.Name}", depth + 1)),
        StringGraphType or IdGraphType => [path],
        _ => [],
    };

    private static string Document(bool mutation, string field, IReadOnlyList<QueryArgument> arguments, IReadOnlyDictionary<string, string> overrides, string selection)
    {
        var given = arguments
            .Select(a => (a.Name, Value: Value(a.ResolvedType!, a.Name, overrides, required: false, depth: 0)))
            .Where(a => a.Value is not null)
            .Select(a => $"{a.Name}: {a.Value}")
            .ToList();
        var args = given.Count == 0 ? "" : $"({string.Join(", ", given)})";
        var body = selection.Length == 0 ? "" : $" {{ {selection} }}";
        return $"{(mutation ? "mutation" : "query")} {{ {field}{args}{body} }}";
    }

    /// <summary>A literal for a value at <paramref name="path"/>, or null to leave an optional one out.</summary>
    private static string? Value(IGraphType type, string path, IReadOnlyDictionary<string, string> overrides, bool required, int depth)
    {
        switch (type)
        {
            case NonNullGraphType nonNull:
                return Value(nonNull.ResolvedType!, path, overrides, required: true, depth);
            case ListGraphType list:
                var item = Value(list.ResolvedType!, path + "[]", overrides, required, depth);
                return item is null ? null : $"[{item}]";
        }

        if (overrides.TryGetValue(path, out var given))
        {
            return given;
        }

        if (type is IInputObjectGraphType input)
        {
            var fields = depth >= InputDepth ? [] : input.Fields
                .Select(f => (f.Name, Value: Value(f.ResolvedType!, $"{path}.{f.Name}", overrides, required: false, depth + 1)))
                .Where(f => f.Value is not null)
                .Select(f => $"{f.Name}: {f.Value}")
                .ToList();
            return fields.Count > 0 || required ? $"{{ {string.Join(", ", fields)} }}" : null;
        }

        return !required ? null : type switch
        {
            EnumerationGraphType enumeration => enumeration.Values.First().Name,
            IntGraphType or LongGraphType or ShortGraphType or UIntGraphType or ULongGraphType or UShortGraphType or ByteGraphType or SByteGraphType => "1",
            FloatGraphType or DecimalGraphType => "1.5",
            BooleanGraphType => "false",
            DateOnlyGraphType => "\"2025-03-01\"",
            DateTimeGraphType or DateTimeOffsetGraphType => "\"2025-03-01T00:00:00Z\"",
            _ => Quote(Marks.Fill),
        };
    }

    /// <summary>
    /// Every field without required arguments; composite ones <paramref name="depth"/> levels down, except back into
    /// a type already on the path (a city's province's cities), which only repeats what the answer holds.
    /// </summary>
    private static string Selection(IGraphType type, int depth, IReadOnlySet<string> path, bool mutation)
    {
        var named = type.GetNamedType();
        path = new HashSet<string>(path) { named.Name };
        switch (named)
        {
            case IInterfaceGraphType or UnionGraphType:
                var possible = named is IInterfaceGraphType face ? face.PossibleTypes.ToList() : ((UnionGraphType)named).PossibleTypes.ToList();
                var common = named is IComplexGraphType complex ? Fields(complex, depth, path, mutation) : "";
                var fragments = possible.Select(p => $"... on {p.Name} {{ {Fields(p, depth, new HashSet<string>(path) { p.Name }, mutation)} }}");
                return string.Join(" ", new[] { "__typename", common }.Concat(fragments).Where(s => s.Length > 0));
            case IComplexGraphType objectType:
                return Fields(objectType, depth, path, mutation);
            default:
                return "";
        }
    }

    private static string Fields(IComplexGraphType type, int depth, IReadOnlySet<string> path, bool mutation)
    {
        var parts = new List<string>();
        foreach (var field in type.Fields)
        {
            // Nested fields narrower than their parent (a fee table only finance and officers read) are left out of the
            // generated selections, which every role of the parent shares; their own tests check who may read them.
            if (field.Arguments?.Any(a => a.ResolvedType is NonNullGraphType) == true
                || field.GetMetadata(OnePlusX.GraphQL.Conventions.Authorization.RolesKey, (string[]?)null) is not null)
            {
                continue;
            }

            // A mutation's payload is checked for what the mutation did (its errors, the changed object's own fields).
            // The lists under that object are what the query calls check. The matrix's own mutations of one call
            // (the other run's, then the missing run's) grow such lists between the two runs, so two answers
            // compared there would differ for a reason that is not a leak.
            var named = field.ResolvedType!.GetNamedType();
            if (mutation && named.Name.EndsWith("Connection", StringComparison.Ordinal))
            {
                continue;
            }

            if (named is ScalarGraphType or EnumerationGraphType)
            {
                parts.Add(field.Name);
            }
            else if (depth > 0 && !path.Contains(named.Name) && Selection(field.ResolvedType!, depth - 1, path, mutation) is { Length: > 0 } inner)
            {
                parts.Add($"{field.Name} {{ {inner} }}");
            }
        }

        return string.Join(" ", parts);
    }

    private static string Quote(string text) => JsonSerializer.Serialize(text, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
