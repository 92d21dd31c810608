using System.Text;
using System.Text.Json.Nodes;

namespace OnePlusX.Silo.Tests.GraphQL;

/// <summary>What a request carries at the GraphQL level, before it is put into an HTTP shape.</summary>
public sealed record FuzzPayload(string Kind, string? Query, JsonObject? Variables, string? OperationName, string? DocumentId);

/// <summary>
/// Request number <c>i</c> of a run with seed <c>s</c>, always the same one: a payload (valid, mutated or
/// pathological document, a trusted document id, or none) put into an HTTP shape (POST with JSON, GET with a
/// query string, an odd method, a broken body, odd headers).
/// </summary>
public sealed class FuzzRequests(FuzzSchema schema, IReadOnlyList<string> trustedIds)
{
    private static readonly string[] OddMethods = ["PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "QUERY", "PROPFIND", "get", "post", "Post", "FOO"];

    /// <summary>The share of requests sent with the test client's token; the rest are anonymous.</summary>
    public const int SignedInPercent = 80;

    public FuzzRequest Create(long seed, int index)
    {
        try
        {
            // Whether it signs in comes from a stream of its own, so the requests are the same as before tokens existed.
            var signedIn = (uint)Mix(~seed, index) % 100 < SignedInPercent;
            return Create(new FuzzValues(new Random(Mix(seed, index)), schema), index) with { SignedIn = signedIn };
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException($"The fuzzer itself failed to make request #{index} of seed {seed}.", ex);
        }
    }

    private FuzzRequest Create(FuzzValues values, int index)
    {
        var payload = Payload(values);
        var roll = values.Random.Next(100);
        return roll switch
        {
            < 45 => Post(values, index, "post", payload, oddHeaders: values.Chance(0.1)),
            < 65 => Get(values, index, payload),
            < 75 => OddMethod(values, index, payload),
            < 90 => BrokenBody(values, index, payload),
            _ => values.Chance(0.5) ? Post(values, index, "headers-post", payload, oddHeaders: true) : Get(values, index, payload, oddHeaders: true),
        };
    }

    /// <summary>SplitMix64 of (seed, index): independent, reproducible streams per request.</summary>
    public static int Mix(long seed, int index)
    {
        var z = unchecked((ulong)seed + (0x9E3779B97F4A7C15UL * (ulong)(index + 1)));
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return unchecked((int)(z ^ (z >> 31)));
    }

    private FuzzPayload Payload(FuzzValues values)
    {
        var roll = values.Random.Next(100);
        if (roll < 75)
        {
            // valid: strict generation; sloppy: now and then a wrong value, variable or directive; mutated: valid, then broken.
            var kind = roll switch { < 38 => "valid", < 48 => "sloppy", _ => "mutated" };
            values.Strict = kind != "sloppy";
            var document = new FuzzDocuments(values, schema).Generate();
            values.Strict = false;
            if (kind == "mutated")
            {
                FuzzMutations.Mutate(values, document.Tokens);
            }

            return new FuzzPayload(kind, document.Text(values), document.Variables.Count > 0 || values.Chance(0.1) ? document.Variables : null,
                document.OperationName, null);
        }

        if (roll < 92)
        {
            var (text, variables, kind) = FuzzMutations.Pathological(values, schema);
            return new FuzzPayload("pathological:" + kind, text, variables, values.Chance(0.1) ? "Q1" : null, null);
        }

        if (roll < 96)
        {
            var id = values.Chance(0.6) && trustedIds.Count > 0
                ? values.Pick(trustedIds)
                : values.Pick(["sha256:" + new string('0', 64), "sha256:", ":", "nocolon", "x:y", "sha256:" + values.Text(), values.Text()]);
            var variables = new JsonObject { ["code"] = values.Chance(0.7) ? values.Pick(["22", "11", "99", ""]) : values.Text() };
            return new FuzzPayload("trusted", values.Chance(0.1) ? "{__typename}" : null, values.Chance(0.8) ? variables : null,
                values.Chance(0.2) ? values.Pick(["ProvinceCities", "Nope"]) : null, id);
        }

        return new FuzzPayload("empty", values.Pick<string?>([null, "", " ", "\n", "# only a comment", "\ufeff", "\0", "{}", "query", "{"]), null, null, null);
    }

    private FuzzRequest Post(FuzzValues values, int index, string kind, FuzzPayload payload, bool oddHeaders)
    {
        var headers = new List<KeyValuePair<string, string>>();
        Accept(values, headers, oddHeaders);
        ContentType(values, headers, oddHeaders);
        Extra(values, headers);
        var target = values.Chance(0.03) ? "/graphql?" + QueryString(values, payload) : "/graphql";
        return new FuzzRequest(index, $"{kind}/{payload.Kind}", "POST", target, headers, Encoding.UTF8.GetBytes(FuzzBodies.Json(values, payload)), values.Chance(0.1));
    }

    private static FuzzRequest Get(FuzzValues values, int index, FuzzPayload payload, bool oddHeaders = false)
    {
        var headers = new List<KeyValuePair<string, string>>();
        Accept(values, headers, oddHeaders || values.Chance(0.1));
        Extra(values, headers);
        if (values.Chance(0.03))
        {
            ContentType(values, headers, oddHeaders: true);
        }

        var body = values.Chance(0.03) ? Encoding.UTF8.GetBytes(FuzzBodies.Json(values, payload)) : null;
        return new FuzzRequest(index, $"{(oddHeaders ? "headers-get" : "get")}/{payload.Kind}", "GET", "/graphql?" + QueryString(values, payload), headers, body, false);
    }

    private static FuzzRequest OddMethod(FuzzValues values, int index, FuzzPayload payload)
    {
        var method = values.Pick(OddMethods);
        var headers = new List<KeyValuePair<string, string>>();
        Accept(values, headers, values.Chance(0.3));
        byte[]? body = null;
        if (method != "TRACE" && values.Chance(0.6))
        {
            ContentType(values, headers, values.Chance(0.2));
            body = Encoding.UTF8.GetBytes(FuzzBodies.Json(values, payload));
        }

        var target = values.Chance(0.5) ? "/graphql?" + QueryString(values, payload) : "/graphql";
        return new FuzzRequest(index, $"method/{payload.Kind}", method, target, headers, body, body is not null && values.Chance(0.1));
    }

    private static FuzzRequest BrokenBody(FuzzValues values, int index, FuzzPayload payload)
    {
        var headers = new List<KeyValuePair<string, string>>();
        Accept(values, headers, values.Chance(0.2));
        var (kind, body, contentType) = FuzzBodies.Broken(values, payload);
        if (contentType is not null)
        {
            headers.Add(new("Content-Type", contentType));
        }

        return new FuzzRequest(index, $"body:{kind}/{payload.Kind}", "POST", "/graphql", headers, body, values.Chance(0.15));
    }

    /// <summary>query, variables, operationName, extensions and documentId as a query string, sometimes repeated, empty or malformed.</summary>
    private static string QueryString(FuzzValues values, FuzzPayload payload)
    {
        var parameters = new List<(string Key, string? Value)>();
        if (payload.Query is not null)
        {
            parameters.Add(("query", payload.Query));
        }

        if (payload.Variables is not null || values.Chance(0.05))
        {
            parameters.Add(("variables", values.Chance(0.85) && payload.Variables is not null
                ? payload.Variables.ToJsonString()
                : values.Pick(["abc", "[1]", "1", "{", "null", "\"{}\"", "{\"a\":1e400}", "{}", "{\"a\":{\"b\":[[[[[[[[]]]]]]]]}}", "%7B"])));
        }

        if (payload.OperationName is not null)
        {
            parameters.Add(("operationName", payload.OperationName));
        }

        if (payload.DocumentId is not null)
        {
            parameters.Add(("documentId", payload.DocumentId));
        }

        if (values.Chance(0.05))
        {
            parameters.Add(("extensions", values.Pick(["{}", "[]", "x", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"00\"}}"])));
        }

        if (values.Chance(0.1) && parameters.Count > 0)
        {
            var repeated = values.Pick(parameters);
            parameters.Insert(values.Random.Next(parameters.Count + 1), (repeated.Key, values.Chance(0.5) ? repeated.Value : values.Pick(["", "{__typename}", "mutation{addSchool(input:{code:\"A\",name:\"B\"}){errors{code}}}", "x"])));
        }

        if (values.Chance(0.05))
        {
            parameters.Add((values.Pick(["q", "Query", "QUERY", "query[]", "query ", "", "operationname", "variables[a]"]), values.Chance(0.5) ? null : values.Text()));
        }

        if (values.Chance(0.1))
        {
            parameters = [.. parameters.OrderBy(_ => values.Random.Next())];
        }

        var plus = values.Chance(0.1);
        var text = string.Join('&', parameters.Select(p => p.Value is null ? Escape(p.Key, plus) : Escape(p.Key, plus) + "=" + Escape(p.Value, plus)));
        return values.Chance(0.04) ? text + values.Pick(["%", "%Z1", "&%FF%FE", "&query=%C0%80", "%00", "&=", "&&&", "#fragment", "&query=%E2%82"]) : text;
    }

    /// <summary>Percent-encodes the UTF-8 bytes (a lone surrogate becomes U+FFFD), spaces as '+' when asked.</summary>
    private static string Escape(string text, bool plus)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~' ? c.ToString() : plus && c == ' ' ? "+" : $"%{b:X2}");
        }

        return builder.ToString();
    }

    private static void Accept(FuzzValues values, List<KeyValuePair<string, string>> headers, bool odd)
    {
        var count = odd && values.Chance(0.15) ? 2 : 1;
        for (var i = 0; i < count; i++)
        {
            var accept = odd ? values.Pick(FuzzBodies.AcceptVariants) : values.Pick<string?>([null, null, "application/graphql-response+json", "application/json", "application/graphql-response+json, application/json;q=0.9"]);
            if (accept is not null)
            {
                headers.Add(new("Accept", accept));
            }
        }
    }

    private static void ContentType(FuzzValues values, List<KeyValuePair<string, string>> headers, bool oddHeaders)
    {
        var count = oddHeaders && values.Chance(0.1) ? 2 : 1;
        for (var i = 0; i < count; i++)
        {
            var contentType = oddHeaders ? values.Pick(FuzzBodies.ContentTypeVariants) : values.Pick(["application/json", "application/json; charset=utf-8"]);
            if (contentType is not null)
            {
                headers.Add(new("Content-Type", contentType));
            }
        }
    }

    private static void Extra(FuzzValues values, List<KeyValuePair<string, string>> headers)
    {
        if (values.Chance(0.08))
        {
            headers.Add(values.Pick(FuzzBodies.ExtraHeaders(values)));
        }
    }
}
