using System.Text;
using System.Text.Json.Nodes;

namespace OnePlusX.Silo.Tests.GraphQL;

/// <summary>A generated document as tokens (so it can be mutated token by token), with its variables and operation name.</summary>
public sealed class FuzzDocument
{
    public List<string> Tokens { get; } = [];

    public JsonObject Variables { get; } = [];

    public List<string> OperationNames { get; } = [];

    public string? OperationName { get; set; }

    /// <summary>The text, tokens separated by ignored characters (spaces, newlines, commas, comments, a BOM).</summary>
    public string Text(FuzzValues values)
    {
        var text = new StringBuilder(values.Chance(0.02) ? "\ufeff" : "");
        foreach (var token in Tokens)
        {
            text.Append(token).Append(values.Random.Next(40) switch
            {
                0 => "\n",
                1 => ",",
                2 => "\t",
                3 => " # a comment, with {braces} and \"quotes\"\n",
                4 => "\r\n",
                _ => " ",
            });
        }

        return text.ToString();
    }
}

/// <summary>
/// Valid-by-construction documents over the live schema's grammar: operations (query, sometimes mutation) with
/// variables, aliases, arguments from the real data, inline fragments, named fragments and directives. A small
/// share is invalid on purpose (a wrong value, a mismatched variable type), as real clients send.
/// </summary>
public sealed class FuzzDocuments(FuzzValues values, FuzzSchema schema)
{
    private readonly List<List<string>> _fragments = [];
    private readonly List<(string Name, string Type)> _variables = [];
    private FuzzDocument _document = new();
    private int _variableCount;

    public FuzzDocument Generate()
    {
        _document = new FuzzDocument();
        _fragments.Clear();
        _variableCount = 0;
        var operations = values.Chance(0.9) ? 1 : values.Random.Next(2, 4);
        for (var i = 0; i < operations; i++)
        {
            Operation(i, operations);
        }

        foreach (var fragment in _fragments)
        {
            _document.Tokens.AddRange(fragment);
        }

        var names = _document.OperationNames;
        _document.OperationName = values.Random.Next(10) switch
        {
            _ when values.Strict => names.Count > 0 && (operations > 1 || values.Chance(0.3)) ? values.Pick(names) : null,
            < 7 when operations > 1 || values.Chance(0.3) => names.Count > 0 ? values.Pick(names) : null,
            7 => values.Ident(),
            _ => null,
        };
        return _document;
    }

    private void Operation(int index, int count)
    {
        _variables.Clear();
        var isMutation = schema.MutationType is not null && values.Chance(0.08);
        var root = schema.Types[isMutation ? schema.MutationType! : schema.QueryType];
        var selection = new List<string>();
        var depth = values.Random.Next(10) switch { < 7 => values.Random.Next(1, 5), < 9 => values.Random.Next(5, 9), _ => values.Random.Next(9, 16) };
        if (!isMutation && values.Chance(0.04))
        {
            Introspection(selection);
        }
        else
        {
            SelectionSet(root, depth, selection);
        }

        var named = count > 1 || _variables.Count > 0 || isMutation || values.Chance(0.5);
        if (named)
        {
            var name = $"Op{index}{(values.Chance(0.1) ? "_" + values.Ident() : "")}";
            _document.OperationNames.Add(name);
            _document.Tokens.Add(isMutation ? "mutation" : "query");
            _document.Tokens.Add(name);
            if (_variables.Count > 0)
            {
                _document.Tokens.Add("(");
                foreach (var (variable, type) in _variables)
                {
                    _document.Tokens.AddRange(["$" + variable, ":", type]);
                }

                _document.Tokens.Add(")");
            }
        }

        _document.Tokens.AddRange(selection);
    }

    /// <summary>A selection set; <paramref name="scope"/> holds the response names already used where these fields merge.</summary>
    private void SelectionSet(FuzzType type, int depth, List<string> into, HashSet<string>? scope = null)
    {
        scope ??= [];
        into.Add("{");
        var count = values.Chance(0.95) ? values.Random.Next(1, 4) : values.Random.Next(4, 12);
        for (var i = 0; i < count; i++)
        {
            Selection(type, depth, into, scope);
        }

        into.Add("}");
    }

    private void Selection(FuzzType type, int depth, List<string> into, HashSet<string> scope)
    {
        var roll = values.Random.Next(20);
        if (roll == 0 || type.Fields.Count == 0)
        {
            into.Add("__typename");
            return;
        }

        if (roll < 3 || (roll < 5 && type.Kind == "INTERFACE"))
        {
            // Inline fragment: on itself, on a possible type, or (rarely) on an unrelated type.
            var on = type.PossibleTypes.Count > 0 && values.Chance(0.9)
                ? schema.Types[values.Pick(type.PossibleTypes)]
                : values.Strict || values.Chance(0.9) ? type : values.Pick(schema.Types.Values.Where(t => t.IsComposite).ToList());
            into.Add("...");
            if (on != type || values.Chance(0.5))
            {
                into.AddRange(["on", on.Name]);
            }

            Directive(into);
            SelectionSet(on, depth, into, scope);
            return;
        }

        if (roll == 5 && _fragments.Count < 6)
        {
            var name = $"F{_fragments.Count}";
            var fragment = new List<string> { "fragment", name, "on", type.Name };
            _fragments.Add(fragment);
            SelectionSet(type, depth, fragment, scope);
            into.AddRange(["...", name]);
            Directive(into);
            return;
        }

        Field(type, depth, into, scope);
    }

    private void Field(FuzzType type, int depth, List<string> into, HashSet<string> scope)
    {
        var candidates = depth > 0 ? type.Fields : type.Fields.Where(f => !IsComposite(f.Type)).ToList();
        if (candidates.Count == 0)
        {
            into.Add("__typename");
            return;
        }

        var field = values.Pick(candidates);
        var alias = values.Chance(0.15) ? values.Ident() : null;
        if (values.Strict && scope.Contains(alias ?? field.Name))
        {
            // A response name already used where these fields merge would have to agree on arguments: take another field.
            alias = null;
            var fresh = candidates.Where(f => !scope.Contains(f.Name)).ToList();
            if (fresh.Count == 0)
            {
                into.Add("__typename");
                return;
            }

            field = values.Pick(fresh);
        }

        scope.Add(alias ?? field.Name);
        if (alias is not null)
        {
            into.AddRange([alias, ":"]);
        }

        into.Add(field.Name);
        var args = field.Args.Where(a => (a.Type.Kind == "NON_NULL" && (values.Strict || values.Chance(0.97))) || values.Chance(0.4)).ToList();
        if (values.Strict && args.Any(a => a.Name == "first") && args.Any(a => a.Name == "last"))
        {
            var dropped = values.Chance(0.5) ? "first" : "last";
            args.RemoveAll(a => a.Name == dropped); // clients page one way at a time
        }

        if (args.Count > 0)
        {
            into.Add("(");
            foreach (var arg in args)
            {
                into.AddRange([arg.Name, ":"]);
                Argument(arg, into);
            }

            into.Add(")");
        }

        Directive(into);
        if (IsComposite(field.Type))
        {
            SelectionSet(schema.Types[field.Type.Named], depth - 1, into);
        }
    }

    /// <summary>An argument value: a literal, or (a quarter of the time) a variable declared on the operation.</summary>
    private void Argument(FuzzInput arg, List<string> into)
    {
        if (!values.Chance(0.25))
        {
            values.Literal(arg.Type, arg.Name, into);
            return;
        }

        var variable = $"v{_variableCount++}";
        var declared = values.Strict || values.Chance(0.92) ? arg.Type.ToString() : values.Pick(["Int", "String!", "[ID!]", "ID", "Boolean!", "CollegeFilter", "Nope"]);
        if (values.Chance(0.1))
        {
            var defaults = new List<string>();
            values.Literal(arg.Type, arg.Name, defaults);
            declared += " = " + string.Join(' ', defaults);
        }

        _variables.Add((variable, declared));
        into.Add("$" + variable);
        if (values.Strict || values.Chance(0.95))
        {
            _document.Variables[variable] = values.Json(arg.Type, arg.Name);
        }
    }

    private void Directive(List<string> into)
    {
        if (values.Chance(0.06))
        {
            into.AddRange([values.Chance(0.5) ? "@include" : "@skip", "(", "if", ":", values.Strict ? values.Pick(["true", "false"]) : values.Pick(["true", "false", "null", "1", "$nope"]), ")"]);
        }
        else if (!values.Strict && values.Chance(0.005))
        {
            into.AddRange(["@" + values.Ident(), "(", "a", ":", "1", ")"]);
        }
    }

    private void Introspection(List<string> into)
    {
        var type = values.Chance(0.8) ? values.Pick(schema.Types.Keys.ToList()) : values.Text();
        into.AddRange(values.Random.Next(3) switch
        {
            0 => ["{", "__schema", "{", "types", "{", "name", "kind", "}", "queryType", "{", "name", "}", "}", "}"],
            1 => ["{", "__type", "(", "name", ":", values.StringLiteral(type), ")", "{", "name", "fields", "{", "name", "args", "{", "name", "}", "}", "}", "}"],
            _ => ["{", "__type", "(", "name", ":", values.StringLiteral(type), ")", "{", "kind", "possibleTypes", "{", "name", "}", "enumValues", "{", "name", "}", "}", "}"],
        });
    }

    private bool IsComposite(FuzzTypeRef type) => schema.Types.TryGetValue(type.Named, out var named) && named.IsComposite;
}
