using System.Text.Json.Nodes;

namespace OnePlusX.Silo.Tests.Security;

/// <summary>
/// Comparing the answer for another tenant's values with the answer for values that exist nowhere: each answer has
/// its own side's values put back as marks, so the two are equal exactly when nothing in them depends on whether
/// the other tenant's data exists.
/// </summary>
public static class MatrixJson
{
    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The values one call used: the side, the call's fill text and the side's global ids by type.</summary>
    public sealed record Values(Side Side, string Fill, IReadOnlyDictionary<string, string> Ids)
    {
        /// <summary>A call template with its marks replaced by these values.</summary>
        public string Apply(string template)
        {
            var text = template.Replace(Marks.Tenant, Side.Tenant, StringComparison.Ordinal)
                .Replace(Marks.Province, Side.Province, StringComparison.Ordinal)
                .Replace(Marks.City, Side.City, StringComparison.Ordinal)
                .Replace(Marks.Fill, Fill, StringComparison.Ordinal);
            foreach (var (type, id) in Ids)
            {
                text = text.Replace(Marks.Id(type), id, StringComparison.Ordinal);
            }

            return text;
        }

        /// <summary>
        /// A text with these values replaced by their marks. Province and city codes are short and appear in public
        /// reference data (a list of provinces holds 42 but not 99), so they are replaced only where a message quotes
        /// them ('42', "42", /42/), not as whole values.
        /// </summary>
        public string Unapply(string text)
        {
            foreach (var (type, id) in Ids.OrderByDescending(i => i.Value.Length))
            {
                text = text.Replace(id, Marks.Id(type), StringComparison.Ordinal);
            }

            foreach (var quote in new[] { "'", "\"", "/" })
            {
                text = text.Replace(quote + Side.Province + quote, quote + Marks.Province + quote, StringComparison.Ordinal)
                    .Replace(quote + Side.City + quote, quote + Marks.City + quote, StringComparison.Ordinal);
            }

            return text.Replace(Fill, Marks.Fill, StringComparison.Ordinal).Replace(Side.Tenant, Marks.Tenant, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// A JSON answer with the values of its side replaced by marks and per-request noise (trace ids) removed; a body
    /// that is not JSON is compared as text. A leading HTTP status ("404 {...}") is kept as it is.
    /// </summary>
    public static string Normalise(string body, Values values)
    {
        if (body.Length > 4 && body[3] == ' ' && body[..3].All(char.IsAsciiDigit))
        {
            return body[..4] + Normalise(body[4..], values);
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(body);
        }
        catch (System.Text.Json.JsonException)
        {
            return values.Unapply(body);
        }

        return Rewrite(node, values)?.ToJsonString(Readable) ?? "null";
    }

    /// <summary>True when any text of the answer (decoded: JSON escapes non-ASCII) contains <paramref name="secret"/>.</summary>
    public static bool Reveals(string body, string secret)
    {
        if (body.Contains(secret, StringComparison.Ordinal))
        {
            return true;
        }

        if (body.Length > 4 && body[3] == ' ' && body[..3].All(char.IsAsciiDigit))
        {
            body = body[4..];
        }

        try
        {
            return Texts(JsonNode.Parse(body)).Any(t => t.Contains(secret, StringComparison.Ordinal));
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    /// <summary>The codes (<c>extensions.code</c>) of a GraphQL answer's errors.</summary>
    public static IReadOnlyList<string> ErrorCodes(string body) =>
        JsonNode.Parse(body)?["errors"]?.AsArray().Select(e => (string?)e?["extensions"]?["code"] ?? "").ToList() ?? [];

    /// <summary>True when a GraphQL document passed validation and ran (the answer has data, possibly with field errors).</summary>
    public static bool IsExecuted(string body) => JsonNode.Parse(body)?["data"] is not null;

    /// <summary>True when a GraphQL answer refused the document (AUTH_NOT_AUTHORIZED) and returned no data.</summary>
    public static bool IsRefused(string body) =>
        ErrorCodes(body).Contains("AUTH_NOT_AUTHORIZED") && JsonNode.Parse(body)?["data"] is null;

    private static JsonNode? Rewrite(JsonNode? node, Values values)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    if (key != "traceId")
                    {
                        copy[key] = Rewrite(value, values);
                    }
                }

                return copy;
            case JsonArray array:
                return new JsonArray(array.Select(item => Rewrite(item, values)).ToArray());
            case JsonValue value when value.TryGetValue<string>(out var text):
                return JsonValue.Create(values.Unapply(text));
            default:
                return node?.DeepClone();
        }
    }

    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Texts(p.Value).Prepend(p.Key)),
        JsonArray array => array.SelectMany(Texts),
        JsonValue value when value.TryGetValue<string>(out var text) => [text],
        _ => [],
    };
}
