using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OnePlusX.Silo.Tests.GraphQL;

/// <summary>Request bodies (well-formed, of the wrong shape, corrupted) and the header values the fuzzer chooses from.</summary>
public static class FuzzBodies
{
    public static readonly string?[] AcceptVariants =
    [
        null, "", " ", "application/json", "application/graphql-response+json", "*/*", "application/*", "*/*;q=0.1", "APPLICATION/JSON",
        "application/graphql-response+json, application/json;q=0.9", "application/json;q=0.9, application/graphql-response+json;q=1",
        "application/json;q=1, application/graphql-response+json;q=0.5", "application/graphql-response+json;q=0, application/json;q=0",
        "application/json;q=0", "application/json;q=0.0001", "application/json; charset=utf-8", "application/json; charset=latin1",
        "application/graphql-response+json; version=2", "application/json;q=abc", "application/json;q=2", "application/json;q=-1",
        "text/html", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "text/html, application/json", "application/xml",
        "text/plain", "text/event-stream", "multipart/mixed; deferSpec=20220824", "image/*", "*/json", "application", "application/",
        "/json", ";;;", ",,,", "application/json,,", "application/json;;q=1", "\"application/json\"", "application/json, 北京",
        "application/graphql-response+json;charset=utf-16", string.Join(", ", Enumerable.Range(0, 300).Select(i => $"type{i}/sub;q=0.{i % 10}")),
    ];

    public static readonly string?[] ContentTypeVariants =
    [
        null, "", "application/json", "application/json; charset=utf-8", "application/json;charset=UTF-8", "application/json; charset=\"utf-8\"",
        "application/json; charset=utf-16", "application/json; charset=latin1", "application/json; charset=", "application/json; foo=bar",
        "APPLICATION/JSON", "Application/Json; Charset=UTF-8", "application/graphql", "application/graphql-response+json", "text/plain",
        "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ";", "application/json;;", "application/json, text/plain",
        "application/jsonp", "application/json-patch+json", "*/*", "application/*", "json", "application/json; charset=北京",
        "application/json; charset=utf-8; charset=latin1", "application /json", " application/json ",
    ];

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static KeyValuePair<string, string>[] ExtraHeaders(FuzzValues values) =>
    [
        new("Content-Encoding", values.Pick(["gzip", "br", "identity", "x"])),
        new("Expect", "100-continue"),
        new("Origin", "http://evil.example"),
        new("Authorization", values.Pick(["Bearer x.y.z", "Basic !!!", "Bearer " + new string('a', 4000)])),
        new("Cookie", "a=b; c"),
        new("Accept-Charset", "latin1"),
        new("Accept-Encoding", values.Pick(["gzip", "br, deflate", "*", "identity;q=0"])),
        new("Accept-Language", "zh-CN,zh;q=0.9"),
        new("X-Forwarded-For", "1.2.3.4, 北京"),
        new("X-Fuzz", values.Chance(0.9) ? values.Ident() : new string('x', values.Random.Next(1_000, 40_000))),
        new("Range", "bytes=0-10"),
        new("If-None-Match", "*"),
        new("GraphQL-Preflight", "1"),
    ];

    /// <summary>The JSON request object for a payload, usually right, sometimes with members of the wrong type, duplicated, stringified or extra.</summary>
    public static string Json(FuzzValues values, FuzzPayload payload)
    {
        var members = new List<string>();
        if (payload.Query is not null || values.Chance(0.03))
        {
            members.Add("\"query\":" + (values.Chance(0.96) ? String(values, payload.Query) : values.Pick(["null", "1", "[]", "{}", "true", "[\"{__typename}\"]"])));
        }

        if (payload.Variables is not null)
        {
            var json = payload.Variables.ToJsonString(values.Chance(0.5) ? Relaxed : JsonSerializerOptions.Default);
            members.Add("\"variables\":" + (values.Random.Next(50) switch { 0 => String(values, json), 1 => "null", 2 => "[" + json + "]", 3 => "1", _ => json }));
        }

        if (payload.OperationName is not null || values.Chance(0.03))
        {
            members.Add("\"operationName\":" + (values.Chance(0.95) ? String(values, payload.OperationName) : values.Pick(["1", "{}", "[]", "false"])));
        }

        if (payload.DocumentId is not null)
        {
            members.Add("\"documentId\":" + (values.Chance(0.95) ? String(values, payload.DocumentId) : values.Pick(["1", "{}", "null"])));
        }

        if (values.Chance(0.08))
        {
            members.Add("\"extensions\":" + values.Pick(["{}", "null", "[]", "\"x\"", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"abc\"}}", "{\"a\":{\"b\":[1,2,{\"c\":null}]}}"]));
        }

        if (values.Chance(0.04) && members.Count > 0)
        {
            members.Add(values.Pick(members)); // duplicated member
        }

        if (values.Chance(0.04))
        {
            members.Add(String(values, values.Ident()) + ":" + String(values, values.Text()));
        }

        if (values.Chance(0.1))
        {
            members = [.. members.OrderBy(_ => values.Random.Next())];
        }

        return "{" + string.Join(values.Chance(0.9) ? "," : ",\n ", members) + "}";
    }

    /// <summary>A broken body: not JSON, JSON of the wrong shape, corrupted bytes, another encoding, huge or deep.</summary>
    public static (string Kind, byte[] Body, string? ContentType) Broken(FuzzValues values, FuzzPayload payload)
    {
        var json = "application/json";
        var random = values.Random;
        var good = Encoding.UTF8.GetBytes(Json(values, payload));
        switch (random.Next(12))
        {
            case 0 or 1:
                return ("corrupt", FuzzMutations.CorruptBytes(values, good), json);
            case 2:
                return ("shape", Encoding.UTF8.GetBytes(values.Pick([
                    "", " ", "\n", "null", "true", "1", "-1e999", "\"{provinces{code}}\"", "[]", "[{\"query\":\"{__typename}\"}]", "{}",
                    "{\"query\":{}}", "{\"variables\":{}}", "{\"query\":\"{__typename}\"", "{'query':'{__typename}'}", "query={__typename}",
                    "{__typename}", "{\"query\":\"{__typename}\"}{\"query\":\"{__typename}\"}", "{\"query\":\"\\ud800\"}", "{\"query\":\"\\u0000\"}",
                    "{\"query\":\"{__typename}\",\"variables\":{\"a\":1,\"a\":2}}", "{\"query\":\"{__typename}\",}", "{\"query\":\"{__typename}\"/*c*/}",
                ])), json);
            case 3:
                var depth = values.Pick([10, 63, 64, 65, 100, 1000, 100_000]);
                var open = values.Chance(0.5) ? "[" : "{\"a\":";
                var close = open == "[" ? "]" : "}";
                var deep = FuzzMutations.Repeat(open, depth) + "1" + FuzzMutations.Repeat(close, depth);
                return ("deep", Encoding.UTF8.GetBytes(values.Chance(0.5) ? deep : "{\"query\":\"{__typename}\",\"variables\":{\"v\":" + deep + "}}"), json);
            case 4:
                var size = values.Chance(0.7) ? random.Next(30_000, 500_000) : random.Next(1_000_000, 1_200_000);
                var huge = new string(values.Pick(['a', '{', '北', ' ']), size / 3);
                return (size > 1_048_576 ? "oversize" : "huge", Encoding.UTF8.GetBytes(values.Random.Next(3) switch
                {
                    0 => "{\"query\":\"" + huge + "\"}",
                    1 => "{\"query\":\"{__typename}\",\"variables\":{\"s\":\"" + huge + "\"}}",
                    _ => "{\"query\":\"{__typename}\",\"x\":\"" + huge + "\"}",
                }), json);
            case 5:
                var keys = string.Join(',', Enumerable.Range(0, values.Pick([1000, 20_000])).Select(i => $"\"k{(values.Chance(0.5) ? i : 0)}\":{i}"));
                return ("many-keys", Encoding.UTF8.GetBytes("{\"query\":\"{__typename}\",\"variables\":{" + keys + "}}"), json);
            case 6:
                return ("utf16", Encoding.Unicode.GetBytes(Json(values, payload)), values.Pick<string?>([json, "application/json; charset=utf-16", null]));
            case 7:
                return ("latin1", Encoding.Latin1.GetBytes(Json(values, payload)), values.Pick<string?>([json, "application/json; charset=latin1"]));
            case 8:
                return ("random-bytes", values.RandomBytes(random.Next(0, 4096)), values.Pick<string?>([json, null, "application/octet-stream"]));
            case 9:
                return ("graphql-body", Encoding.UTF8.GetBytes(payload.Query ?? "{__typename}"), values.Pick<string?>(["application/graphql", json, "text/plain"]));
            case 10:
                return ("form", Encoding.UTF8.GetBytes("query=" + System.Net.WebUtility.UrlEncode(payload.Query ?? "{__typename}")), values.Pick<string?>(["application/x-www-form-urlencoded", json]));
            default:
                return ("no-content-type", good, values.Pick<string?>([null, "", "text/plain", "application/xml"]));
        }
    }

    /// <summary>A JSON string for a value, escaping non-ASCII or not; lone surrogates come out escaped.</summary>
    private static string String(FuzzValues values, string? text) =>
        text is null ? "null" : JsonSerializer.Serialize(text, values.Chance(0.5) ? Relaxed : JsonSerializerOptions.Default);
}
