using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using OnePlusX.GraphQL.Conventions;

namespace OnePlusX.Silo.Tests.GraphQL;

/// <summary>
/// Random values for arguments and variables: mostly of the declared type and drawn from the real data (global ids,
/// cursors, codes), sometimes at the edges (int bounds, forged ids, broken cursors, NUL, emoji), sometimes wrong.
/// </summary>
public sealed class FuzzValues(Random random, FuzzSchema schema)
{
    private static readonly long[] Ints =
    [
        0, 1, 2, 3, 5, 10, 49, 50, 51, 99, 100, 101, 999, 1000, 1001, 65536, -1, -2, -1000, -1001,
        int.MaxValue, int.MaxValue - 1, int.MinValue, int.MinValue + 1, (long)int.MaxValue + 1, long.MaxValue,
    ];

    private static readonly string[] Pieces =
    [
        "a", "Z", "0", "9", " ", "-", "_", "/", ":", "%", "'", "\"", "\\", "{", "}", "$", "@", "#", ".", ",", "\n", "\t", "\r",
        "\0", "\u0001", "\u001f", "\u007f", "é", "ß", "北京", "吉林省", "长春市", "学院", "😀", "👨‍👩‍👧", "🇨🇳", "\u200b", "\u202e",
        "\u2028", "\ufeff", "\ufffd", "\uffff", "\ud800", "\udfff", "Ω", "א", "ا", "%00", "%FF", "\\u0000", "<script>", "' OR 1=1 --",
        "cursor:", "College:", "Province:", "ExamStation:", "JLJT", "22", "220100", "WEB-FE", "NAT",
    ];

    public Random Random => random;

    /// <summary>When set, values are of the declared type and in range (mostly small page sizes), so documents validate.</summary>
    public bool Strict { get; set; }

    public bool Chance(double p) => random.NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public long Int() => Strict
        ? Chance(0.7) ? random.Next(0, 60) : Pick(Ints.Where(i => i is >= int.MinValue and <= int.MaxValue).ToList())
        : Chance(0.8) ? Pick(Ints) : random.NextInt64(long.MinValue, long.MaxValue) >> random.Next(64);

    public string Ident() => Chance(0.7) ? $"{(char)('a' + random.Next(26))}{random.Next(100)}" : Pick(["alias", "x", "_", "__a", "cursor2", "id2", "Query", "on2", "true2"]);

    /// <summary>A string: a real code, a short or long mix of awkward pieces, or a huge run.</summary>
    public string Text()
    {
        if (Chance(0.35) && schema.Codes.Count > 0)
        {
            return Pick(schema.Codes);
        }

        var builder = new StringBuilder();
        var pieces = Chance(0.9) ? random.Next(0, 12) : random.Next(100, 3000);
        for (var i = 0; i < pieces; i++)
        {
            builder.Append(Pick(Pieces));
        }

        return Chance(0.02) ? new string(Pick(['a', '北', '\0', '\ud83d']), random.Next(10_000, 40_000)) : builder.ToString();
    }

    /// <summary>A global id: a real one, a forged one of a real or made-up type, or not an id at all.</summary>
    public string Id()
    {
        var roll = random.Next(10);
        return roll switch
        {
            < 4 when schema.Ids.Count > 0 => Pick(schema.Ids),
            < 6 => GlobalId.Encode(Chance(0.8) ? Pick(schema.NodeTypeNames.ToList()) : Ident(), Chance(0.5) ? Text() : Int().ToString(CultureInfo.InvariantCulture)),
            6 => Base64Url.EncodeToString(RandomBytes(random.Next(0, 600))),
            7 => GlobalId.Encode("ExamStation", Chance(0.5) ? "/" : Text() + "/" + Text()),
            8 => Text(),
            _ => Pick(["", "=", "====", "a", "Q29sbGVnZTo", "Q29sbGVnZTpKTEpU==", "////", "+/+/", "\0", "Q29sbGVnZTo\u00e9"]),
        };
    }

    /// <summary>A cursor: one the data gave out, one for an edge position (negative, huge), or garbage.</summary>
    public string Cursor()
    {
        var roll = random.Next(8);
        return roll switch
        {
            < 3 when schema.Cursors.Count > 0 => Pick(schema.Cursors),
            < 5 => Paging.Cursor((int)Math.Clamp(Int(), int.MinValue, int.MaxValue)),
            5 => Base64Url.EncodeToString(Encoding.UTF8.GetBytes("cursor:" + Pick(["", "-0", "+1", " 1", "1e3", "99999999999999999999", "0x10", "١٢", Text()]))),
            6 => Base64Url.EncodeToString(RandomBytes(random.Next(0, 100))),
            _ => Text(),
        };
    }

    public byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>A string literal in GraphQL syntax (escaped, occasionally a block string).</summary>
    public string StringLiteral(string text)
    {
        if (Chance(0.05) && !text.Contains('"', StringComparison.Ordinal) && !text.Contains('\\', StringComparison.Ordinal)
            && (!Strict || text.All(c => c >= ' ' || c is '\t' or '\n')))
        {
            return "\"\"\"" + text + "\"\"\"";
        }

        var escapeAll = Chance(0.1);
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                _ when c < 0x20 || (escapeAll && c > 0x7e) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A value literal for an input of the given type, appended as tokens.</summary>
    public void Literal(FuzzTypeRef type, string name, List<string> tokens, int depth = 0)
    {
        if ((!Strict && Chance(0.03)) || depth > 4)
        {
            tokens.Add(WrongLiteral());
            return;
        }

        switch (type.Kind)
        {
            case "NON_NULL":
                Literal(type.OfType!, name, tokens, depth);
                return;
            case "LIST":
                if (Chance(0.1))
                {
                    Literal(type.OfType!, name, tokens, depth + 1); // a single value where a list is expected is coerced
                    return;
                }

                tokens.Add("[");
                var count = name == "ids" && Chance(0.1) ? random.Next(90, 400) : random.Next(0, 5);
                for (var i = 0; i < count; i++)
                {
                    Literal(type.OfType!, name, tokens, depth + 1);
                }

                tokens.Add("]");
                return;
        }

        var named = schema.Types.GetValueOrDefault(type.Named);
        if (named?.Kind == "INPUT_OBJECT")
        {
            tokens.Add("{");
            foreach (var field in named.InputFields.Where(f => f.Type.Kind == "NON_NULL" || Chance(0.5)))
            {
                tokens.Add(field.Name);
                tokens.Add(":");
                Literal(field.Type, field.Name, tokens, depth + 1);
            }

            if (!Strict && Chance(0.05))
            {
                tokens.AddRange([Ident(), ":", "1"]);
            }

            tokens.Add("}");
            return;
        }

        tokens.Add(ScalarJson(type.Named, name) switch
        {
            null => "null",
            JsonValue v when v.TryGetValue<string>(out var s) => named?.Kind == "ENUM" ? s : StringLiteral(s),
            JsonValue v => v.ToJsonString(),
            var other => other.ToJsonString(),
        });
    }

    /// <summary>A JSON value for a variable of the given type (mostly right, sometimes of the wrong kind).</summary>
    public JsonNode? Json(FuzzTypeRef type, string name, int depth = 0)
    {
        if ((!Strict && Chance(0.04)) || depth > 4)
        {
            return WrongJson();
        }

        switch (type.Kind)
        {
            case "NON_NULL":
                return Json(type.OfType!, name, depth);
            case "LIST":
                var count = name == "ids" && Chance(0.1) ? random.Next(90, 2000) : random.Next(0, 5);
                return new JsonArray([.. Enumerable.Range(0, count).Select(_ => Json(type.OfType!, name, depth + 1))]);
        }

        var named = schema.Types.GetValueOrDefault(type.Named);
        if (named?.Kind == "INPUT_OBJECT")
        {
            var obj = new JsonObject();
            foreach (var field in named.InputFields.Where(f => f.Type.Kind == "NON_NULL" || Chance(0.5)))
            {
                obj[field.Name] = Json(field.Type, field.Name, depth + 1);
            }

            return obj;
        }

        return ScalarJson(type.Named, name);
    }

    private JsonNode? ScalarJson(string typeName, string name)
    {
        var named = schema.Types.GetValueOrDefault(typeName);
        if (named?.Kind == "ENUM")
        {
            return Strict || Chance(0.95) ? Pick(named.EnumValues) : Pick(["NOPE", "code_ascending", "null"]);
        }

        return typeName switch
        {
            "Int" => Int(),
            "Float" => Chance(0.5) ? random.NextDouble() * 1e6 : Int(),
            "Boolean" => Chance(0.5),
            "ID" when name is "after" or "before" => Cursor(),
            "ID" => Id(),
            _ when name is "after" or "before" => Cursor(),
            _ when name is "id" or "ids" => Id(),
            _ => Text(),
        };
    }

    private string WrongLiteral() => random.Next(8) switch
    {
        0 => "null",
        1 => Int().ToString(CultureInfo.InvariantCulture),
        2 => Pick(["1.5", "-0.0", "1e400", "-1e-400", "99999999999999999999999999", "0x1F", "00", "1.", ".5"]),
        3 => StringLiteral(Text()),
        4 => Pick(["true", "false", "NaN", "Infinity", "ELEMENTARY"]),
        5 => "[" + string.Join(' ', Enumerable.Range(0, random.Next(0, 3)).Select(_ => Int())) + "]",
        6 => "{ " + Ident() + ": " + Int() + " }",
        _ => "$" + Ident(),
    };

    private JsonNode? WrongJson() => random.Next(7) switch
    {
        0 => null,
        1 => Int(),
        2 => Pick<double>([1.5, -0.0, 1e300, double.Epsilon]),
        3 => Text(),
        4 => Chance(0.5),
        5 => new JsonArray(Int(), Text(), null),
        _ => new JsonObject { [Ident()] = Int() },
    };
}
