using System.Globalization;
using System.Text.Json;

namespace OnePlusX.Silo.Tests.CreditBank;

/// <summary>Checks a JSON value against an OpenAPI 3.1 schema: the same properties, each required one present, and the JSON types and formats it allows.</summary>
public static class OpenApiShape
{
    public static void Match(JsonElement document, JsonElement schema, JsonElement value, string path, List<string> problems)
    {
        schema = Resolve(document, schema);
        var types = Types(schema);
        var kind = value.ValueKind switch
        {
            JsonValueKind.Object => "object",
            JsonValueKind.Array => "array",
            JsonValueKind.String => "string",
            JsonValueKind.Number => value.TryGetInt64(out _) ? "integer" : "number",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            _ => "null",
        };
        if (!types.Contains(kind) && !(kind == "integer" && types.Contains("number")))
        {
            problems.Add($"{path}: {kind} where the schema allows {string.Join("|", types)}");
            return;
        }

        if (kind == "string" && schema.TryGetProperty("format", out var format))
        {
            var text = value.GetString()!;
            var ok = format.GetString() switch
            {
                "date" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                "date-time" => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                _ => true,
            };
            if (!ok)
            {
                problems.Add($"{path}: '{text}' is not a {format.GetString()}");
            }
        }

        if (kind == "object")
        {
            var declared = schema.TryGetProperty("properties", out var properties) ? properties.EnumerateObject().Select(p => p.Name).ToHashSet() : [];
            var actual = value.EnumerateObject().Select(p => p.Name).ToHashSet();
            foreach (var missing in declared.Except(actual))
            {
                problems.Add($"{path}.{missing}: declared but not returned");
            }

            foreach (var extra in actual.Except(declared))
            {
                problems.Add($"{path}.{extra}: returned but not declared");
            }

            foreach (var required in schema.TryGetProperty("required", out var list) ? list.EnumerateArray().Select(r => r.GetString()!) : [])
            {
                if (!actual.Contains(required))
                {
                    problems.Add($"{path}.{required}: required but absent");
                }
            }

            foreach (var property in value.EnumerateObject().Where(p => declared.Contains(p.Name)))
            {
                Match(document, properties.GetProperty(property.Name), property.Value, $"{path}.{property.Name}", problems);
            }
        }

        if (kind == "array")
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Match(document, schema.GetProperty("items"), item, $"{path}[{index++}]", problems);
            }
        }
    }

    /// <summary>The schema a <c>$ref</c> points to (components/schemas only), or the schema itself.</summary>
    private static JsonElement Resolve(JsonElement document, JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!["#/components/schemas/".Length..])
            : schema;

    private static HashSet<string> Types(JsonElement schema) => !schema.TryGetProperty("type", out var type)
        ? ["object", "array", "string", "integer", "number", "boolean", "null"]
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToHashSet() : [type.GetString()!];
}
