using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OnePlusX.Silo.Tests.GraphQL;

/// <summary>What came back for one request (or how it failed to).</summary>
public sealed record FuzzOutcome(int Status, string? MediaType, string Allow, byte[] Body, TimeSpan Elapsed, string? TransportError, bool TimedOut)
{
    public string Excerpt(int max = 600)
    {
        var text = Encoding.UTF8.GetString(Body);
        return $"{Status} {MediaType} ({Body.Length} bytes, {Elapsed.TotalMilliseconds:F0} ms){(TransportError is null ? "" : " transport: " + TransportError)}"
            + (text.Length == 0 ? "" : "\n  " + (text.Length > max ? text[..max] + " …" : text));
    }
}

/// <summary>
/// The properties every answer must have: no 5xx, no hang, a 405 names what is allowed, and every answer is a
/// GraphQL response per GraphQL-over-HTTP (JSON object with data and/or well-formed errors, the right media type,
/// status consistent with graphql-response+json) without internals (stack frames, exception type names), no
/// resolver failing with an exception it did not mean to raise, no cursor for a negative position, and no tenant
/// data (a college's or station's global id) in the data of an answer to an anonymous request.
/// </summary>
public static partial class FuzzInvariants
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    /// <summary>
    /// Twice the gateway's default cost limit (OnePlusX:GraphQL:MaxComplexity, 250,000): the analysis counts every field
    /// times its list sizes (page size, else 50), so an answer it let through cannot hold many more values than that.
    /// </summary>
    public const int MaxValues = 500_000;

    /// <summary>How long a complete answer may take.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private static readonly HashSet<string> TopLevel = ["data", "errors", "extensions"];

    /// <summary>The broken invariants of one answer; <paramref name="tenantIds"/> are ids only a signed-in reader may see.</summary>
    public static List<(string Rule, string Detail)> Check(FuzzRequest request, FuzzOutcome outcome, IReadOnlySet<string> tenantIds)
    {
        var violations = new List<(string Rule, string Detail)>();
        if (outcome.TimedOut || outcome.Elapsed > Timeout)
        {
            violations.Add(("hang", $"no complete answer within {Timeout.TotalSeconds:F0} s ({outcome.Elapsed.TotalSeconds:F1} s)"));
            return violations;
        }

        if (outcome.TransportError is not null)
        {
            // Over the body limit, or over Kestrel's request-line (8 KB) and header (32 KB) limits, the server may
            // answer 413/414/431 and close before the client has sent everything.
            if (!request.IsOversized)
            {
                violations.Add(("transport", outcome.TransportError));
            }

            return violations;
        }

        if (outcome.Status >= 500)
        {
            violations.Add(($"5xx ({outcome.Status})", "the server failed"));
            return violations;
        }

        if (outcome.Status == 405 && outcome.Allow.Length == 0)
        {
            violations.Add(("405 without Allow", "a 405 must say which methods are allowed"));
        }

        // Answered by Kestrel before the application (request line or headers over its limits): no body at all.
        if (outcome.Status is 414 or 431 && outcome.Body.Length == 0)
        {
            return violations;
        }

        if (request.IsHead)
        {
            return violations;
        }

        if (outcome.Status == 413 && request.BodyLength > FuzzRequest.MaxRequestBodyBytes && outcome.MediaType == "application/problem+json")
        {
            return violations; // the host's documented answer for an announced oversized body (HttpShould covers its shape)
        }

        if (request.WantsIde && outcome.Status == 200 && outcome.MediaType == "text/html")
        {
            return violations; // the GraphiQL page for a browser
        }

        var body = Encoding.UTF8.GetString(outcome.Body);
        if (StackFrame().Match(body) is { Success: true } frame)
        {
            violations.Add(("internals", "the body shows a stack frame: " + frame.Value));
        }
        else if (TypeName().Match(body) is { Success: true } type)
        {
            violations.Add(("internals", "the body names an internal type: " + type.Value));
        }

        if (outcome.MediaType is not ("application/json" or GraphQLResponseJson))
        {
            violations.Add(("media type", $"'{outcome.MediaType}' is neither application/json nor {GraphQLResponseJson}"));
            return violations;
        }

        CheckBody(outcome, violations, request.CarriesToken ? null : tenantIds);
        return violations;
    }

    private static void CheckBody(FuzzOutcome outcome, List<(string Rule, string Detail)> violations, IReadOnlySet<string>? hidden)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(outcome.Body, new JsonDocumentOptions { MaxDepth = 1024 });
        }
        catch (JsonException ex)
        {
            violations.Add(("not JSON", ex.Message));
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                violations.Add(("shape", $"the body is a JSON {root.ValueKind}, not an object"));
                return;
            }

            var names = root.EnumerateObject().Select(p => p.Name).ToList();
            if (names.FirstOrDefault(n => !TopLevel.Contains(n)) is { } unknown)
            {
                violations.Add(("shape", $"unexpected top-level member '{unknown}'"));
            }

            var hasData = root.TryGetProperty("data", out var data);
            if (hidden is not null && hasData && FirstOf(data, hidden) is { } leaked)
            {
                violations.Add(("tenant data to anonymous", $"the data holds {leaked}, which only a signed-in reader may see"));
            }

            var hasErrors = root.TryGetProperty("errors", out var errors);
            if (!hasData && !hasErrors)
            {
                violations.Add(("shape", "neither 'data' nor 'errors'"));
            }

            if (hasErrors)
            {
                CheckErrors(errors, violations);
            }

            if (outcome.MediaType == GraphQLResponseJson && hasData != (outcome.Status is >= 200 and < 300))
            {
                violations.Add(("status", $"{GraphQLResponseJson} with {(hasData ? "data" : "no data")} must be {(hasData ? "2xx" : "4xx")}, not {outcome.Status}"));
            }

            var values = 0;
            Walk(root, violations, ref values);
            if (values > MaxValues)
            {
                violations.Add(("cost", $"the answer holds {values} values; the gateway's cost limit should keep it under {MaxValues}"));
            }
        }
    }

    private static void CheckErrors(JsonElement errors, List<(string Rule, string Detail)> violations)
    {
        if (errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0)
        {
            violations.Add(("errors", "'errors' must be a non-empty array"));
            return;
        }

        foreach (var error in errors.EnumerateArray())
        {
            if (error.ValueKind != JsonValueKind.Object || !error.TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.String)
            {
                violations.Add(("errors", "an error without a string 'message': " + error.GetRawText()));
                continue;
            }

            if (message.GetString()!.StartsWith("Error trying to resolve field", StringComparison.Ordinal))
            {
                var code = error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var c) ? c.ToString() : "?";
                violations.Add(($"unexpected resolver exception ({code})", error.GetRawText()));
            }

            if (error.TryGetProperty("locations", out var locations)
                && (locations.ValueKind != JsonValueKind.Array || locations.EnumerateArray().Any(l => !IsPositive(l, "line") || !IsPositive(l, "column"))))
            {
                violations.Add(("errors", "'locations' must be a list of {line, column} with positive ints: " + locations.GetRawText()));
            }

            if (error.TryGetProperty("path", out var path)
                && (path.ValueKind != JsonValueKind.Array || path.EnumerateArray().Any(p => p.ValueKind != JsonValueKind.String && !(p.ValueKind == JsonValueKind.Number && p.TryGetInt32(out _)))))
            {
                violations.Add(("errors", "'path' must be a list of strings and ints: " + path.GetRawText()));
            }
        }
    }

    private static bool IsPositive(JsonElement location, string name) =>
        location.ValueKind == JsonValueKind.Object && location.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number > 0;

    /// <summary>Counts the values of an answer, and checks that every cursor stands for a position in its list (0 or more).</summary>
    private static void Walk(JsonElement element, List<(string Rule, string Detail)> violations, ref int values)
    {
        values++;
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name is "cursor" or "startCursor" or "endCursor" && property.Value.ValueKind == JsonValueKind.String
                        && property.Value.GetString() is { Length: <= 64 } cursor && Base64Url.IsValid(cursor)
                        && Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)) is { } text && text.StartsWith("cursor:", StringComparison.Ordinal)
                        && !(int.TryParse(text.AsSpan(7), NumberStyles.None, CultureInfo.InvariantCulture, out var position) && position >= 0))
                    {
                        violations.Add(("cursor", $"{property.Name} '{cursor}' stands for '{text}'"));
                    }

                    Walk(property.Value, violations, ref values);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, violations, ref values);
                }

                break;
        }
    }

    /// <summary>The first string in <paramref name="element"/> that is one of <paramref name="values"/>, or null.</summary>
    private static string? FirstOf(JsonElement element, IReadOnlySet<string> values) => element.ValueKind switch
    {
        JsonValueKind.String when values.Contains(element.GetString()!) => element.GetString(),
        JsonValueKind.Object => element.EnumerateObject().Select(p => FirstOf(p.Value, values)).FirstOrDefault(v => v is not null),
        JsonValueKind.Array => element.EnumerateArray().Select(i => FirstOf(i, values)).FirstOrDefault(v => v is not null),
        _ => null,
    };

    [GeneratedRegex(@"\s{2,}at [\w.`<>|]+\.[\w`<>|]+\(")]
    private static partial Regex StackFrame();

    [GeneratedRegex(@"\b(?:System|Microsoft|GraphQL|GraphQLParser|OnePlusX|Orleans)\.[A-Z]\w*(?:\.[A-Z]\w*)*|\b[A-Z]\w*Exception\b")]
    private static partial Regex TypeName();
}
