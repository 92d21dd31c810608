using System.Text;
using System.Text.Json.Nodes;

namespace OnePlusX.Silo.Tests.GraphQL;

/// <summary>
/// Breaks documents: token edits of generated documents (delete, insert, duplicate, swap, replace, truncate) and
/// hand-shaped pathological documents aimed at the parser and the gateway's limits (deep nesting, thousands of
/// aliases, huge id lists, huge page sizes, huge literals, fragment cycles, odd characters).
/// </summary>
public static class FuzzMutations
{
    private static readonly string[] Punctuators = ["{", "}", "(", ")", "[", "]", ":", "!", "$", "@", "...", "..", "=", "|", "&", ",", "\"", "\"\"\"", "#", "-", "+", "."];

    private static readonly string[] Keywords =
        ["query", "mutation", "subscription", "fragment", "on", "true", "false", "null", "schema", "type", "directive", "extend", "__typename", "__schema", "__type", "input", "scalar"];

    private static readonly string[] Oddities =
        ["\0", "\u0001", "\u007f", "\u0085", "\u00a0", "\u2028", "\u2029", "\ufeff", "\ufffe", "\uffff", "\ud800", "\udc00", "😀", "北京", "é", "\r", "\u000b", "\\", "`", "'", "%", "^", "~", "?", ";", "<", ">"];

    /// <summary>Applies one to six random token edits in place.</summary>
    public static void Mutate(FuzzValues values, List<string> tokens)
    {
        var random = values.Random;
        var edits = random.Next(1, 7);
        for (var e = 0; e < edits && tokens.Count > 0; e++)
        {
            var at = random.Next(tokens.Count);
            switch (random.Next(8))
            {
                case 0:
                    tokens.RemoveAt(at);
                    break;
                case 1:
                    tokens.Insert(at, RandomToken(values, tokens));
                    break;
                case 2:
                    var length = Math.Min(random.Next(1, 12), tokens.Count - at);
                    var times = values.Chance(0.9) ? 1 : random.Next(2, 200);
                    var range = tokens.GetRange(at, length);
                    for (var t = 0; t < times; t++)
                    {
                        tokens.InsertRange(at, range);
                    }

                    break;
                case 3:
                    var other = random.Next(tokens.Count);
                    (tokens[at], tokens[other]) = (tokens[other], tokens[at]);
                    break;
                case 4:
                    tokens[at] = RandomToken(values, tokens);
                    break;
                case 5:
                    tokens.RemoveRange(at, tokens.Count - at);
                    break;
                case 6:
                    var chars = tokens[at].ToCharArray();
                    if (chars.Length > 0)
                    {
                        chars[random.Next(chars.Length)] = (char)random.Next(0, 0x3000);
                        tokens[at] = new string(chars);
                    }

                    break;
                default:
                    tokens[at] += values.Pick(Oddities);
                    break;
            }
        }
    }

    public static string RandomToken(FuzzValues values, List<string> tokens) => values.Random.Next(9) switch
    {
        0 or 1 => values.Pick(Punctuators),
        2 => values.Pick(Keywords),
        3 => tokens.Count > 0 ? values.Pick(tokens) : "{",
        4 => values.Ident(),
        5 => values.Pick(["0", "-0", "1e999", "-1e-999", "99999999999999999999999999999", "0x1F", "01", "1.", ".5", "1e", "NaN", "2147483648", "-2147483649"]),
        6 => values.Pick(["\"unterminated", "\"bad \\x escape\"", "\"\\u12\"", "\"\\uD800\"", "\"raw\nnewline\"", "\"\"\"block", values.StringLiteral(values.Text())]),
        7 => values.Pick(Oddities),
        _ => new string((char)values.Random.Next(1, 0xFFFF), values.Random.Next(1, 4)),
    };

    /// <summary>A document aimed at a parser or gateway limit, with variables when it needs them.</summary>
    public static (string Text, JsonObject? Variables, string Kind) Pathological(FuzzValues values, FuzzSchema schema)
    {
        var random = values.Random;
        var n = values.Pick([2, 10, 12, 13, 20, 31, 50, 63, 64, 65, 100, 128, 129, 200, 500, 1000, 2000, 5000, 20_000]);
        var id = () => schema.Ids.Count > 0 && values.Chance(0.8) ? schema.Ids[random.Next(schema.Ids.Count)] : values.Id();
        switch (random.Next(17))
        {
            case 0:
                return ("{" + Repeat("a{", n) + "a" + Repeat("}", n + 1), null, "deep-selection");
            case 1:
                var chain = new StringBuilder("{provinces{");
                for (var i = 0; i < Math.Min(n, 400); i++)
                {
                    chain.Append(i % 2 == 0 ? "cities{" : "province{");
                }

                return (chain.Append("code").Append(Repeat("}", Math.Min(n, 400) + 2)).ToString(), null, "deep-real-selection");
            case 2:
                return ("{node(id:" + Repeat("[", n) + "\"x\"" + Repeat("]", n) + "){id}}", null, "deep-list-literal");
            case 3:
                return ("{colleges(where:" + Repeat("{a:", n) + "1" + Repeat("}", n) + "){totalCount}}", null, "deep-object-literal");
            case 4:
                var field = values.Pick(["__typename", "provinces{code}", "certificates{totalCount}", "node(id:\"x\"){id}"]);
                var aliases = string.Join(' ', Enumerable.Range(0, n).Select(i => $"a{i}:{field}"));
                return (values.Chance(0.5) ? "{" + aliases + "}" : "{provinces{" + aliases.Replace(field, "code", StringComparison.Ordinal) + "}}", null, "many-aliases");
            case 5:
                return ("{" + Repeat(values.Pick(["provinces{code} ", "__typename ", "certificates(first:1000){totalCount} "]), n) + "}", null, "many-root-fields");
            case 6:
                return ("{nodes(ids:[" + string.Join(',', Enumerable.Range(0, Math.Min(n, 1500)).Select(_ => "\"" + id() + "\"")) + "]){id __typename}}", null, "inline-id-list");
            case 7:
                var ids = new JsonArray([.. Enumerable.Range(0, Math.Min(n * 3, 45_000)).Select(_ => (JsonNode?)id())]);
                return ("query($ids:[ID!]!){nodes(ids:$ids){id ... on College {code province {name}}}}", new JsonObject { ["ids"] = ids }, "variable-id-list");
            case 8:
                // With an expensive sibling, the cost analysis must still refuse the whole operation whatever the page size says.
                var sibling = values.Chance(0.3) ? " provinces{cities{province{cities{province{cities{province{cities{code}}}}}}}}" : "";
                var size = values.Pick<string>(sibling.Length > 0 ? ["-2147483648", "-1", "1000", "2147483647"] : ["1000", "1001", "2147483647", "-2147483648", "-1", "-1000", "99999999999", "0"]);
                var arg = values.Pick(["first", "last"]);
                var after = values.Chance(0.5) ? $",after:\"{values.Cursor()}\"" : values.Chance(0.5) ? $",before:\"{values.Cursor()}\"" : "";
                var list = values.Pick(["certificates", "colleges", "examStations"]);
                var nested = list == "certificates" ? "evaluationOrganization{code}" : list == "colleges" ? "province{cities{province{cities{code}}}}" : "college{province{cities{code}}} certificate{levels}";
                return ($"{{{list}({arg}:{size}{after}){{totalCount pageInfo{{hasNextPage endCursor}} edges{{cursor node{{id {nested}}}}}}}{sibling}}}", null, "large-page");
            case 9:
                return ("{province(code:\"" + new string(values.Pick(['x', '北', '\ud83d']), n * 20) + "\"){code}}", null, "huge-literal");
            case 10:
                var operations = string.Join(' ', Enumerable.Range(0, n).Select(i => $"query Q{i}{{__typename}}"));
                return (operations, null, "many-operations");
            case 11:
                var spreads = string.Join(' ', Enumerable.Range(0, Math.Min(n, 2000)).Select(i => $"fragment F{i} on Query{{__typename ...F{i + 1}}}"));
                var last = values.Chance(0.5) ? $"fragment F{Math.Min(n, 2000)} on Query{{...F0}}" : $"fragment F{Math.Min(n, 2000)} on Query{{__typename}}";
                return ("{...F0} " + spreads + " " + last, null, "fragment-chain");
            case 12:
                var definitions = string.Join(' ', Enumerable.Range(0, n).Select(i => $"$v{i}:Int"));
                return ($"query({definitions}){{certificates(first:$v0){{totalCount}}}}", new JsonObject { ["v0"] = 1 }, "many-variables");
            case 13:
                return ("{__typename" + Repeat(" @include(if:true)", n) + "}", null, "many-directives");
            case 14:
                return (values.Pick(["{ prov\0inces { code } }", "{ 省份 { code } }", "{ 😀 }", "\ufeff{provinces{code}}", "{provinces{code}}\0", "{\u2028provinces{code}}",
                    "{ province(code: \"\0\") { code } }", "{ province(code: \"\\u0000😀\") { code } }", "\"\"\"\ud800\"\"\" {__typename}", "{__typename}" + Repeat("\n", n)]), null, "odd-characters");
            case 15:
                return ("{" + Repeat("...on Query{", Math.Min(n, 5000)) + "__typename" + Repeat("}", Math.Min(n, 5000) + 1), null, "deep-inline-fragments");
            default:
                return ("{" + Repeat($"{values.Pick(["certificates", "colleges", "examStations"])}(first:{values.Pick(["1000", "500", "50"])}){{edges{{node{{id}}}}}} ", Math.Min(n, 20)) + "}", null, "complexity");
        }
    }

    /// <summary>Corrupts JSON bytes: truncation, flipped bytes, invalid UTF-8, NUL, a BOM, trailing garbage.</summary>
    public static byte[] CorruptBytes(FuzzValues values, byte[] bytes)
    {
        var list = bytes.ToList();
        var random = values.Random;
        for (var e = random.Next(1, 4); e > 0; e--)
        {
            var at = list.Count == 0 ? 0 : random.Next(list.Count);
            switch (random.Next(7))
            {
                case 0:
                    list.RemoveRange(at, list.Count - at);
                    break;
                case 1 when list.Count > 0:
                    list[at] = (byte)random.Next(256);
                    break;
                case 2:
                    list.InsertRange(at, values.Pick<byte[]>([[0xFF], [0xFE], [0xC0, 0x80], [0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x00]]));
                    break;
                case 3:
                    list.InsertRange(0, [0xEF, 0xBB, 0xBF]);
                    break;
                case 4:
                    list.AddRange(Encoding.UTF8.GetBytes(values.Pick([",", "}", "]", "garbage", "{}", " // comment", "\0"])));
                    break;
                case 5:
                    list.InsertRange(at, values.RandomBytes(random.Next(1, 16)));
                    break;
                default:
                    list.InsertRange(at, Encoding.UTF8.GetBytes(values.Pick(["'", ",", ",,", "NaN", "\\", "\"", "/*x*/"])));
                    break;
            }
        }

        return [.. list];
    }

    public static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
