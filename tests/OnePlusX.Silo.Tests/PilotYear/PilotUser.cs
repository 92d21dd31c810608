using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace OnePlusX.Silo.Tests.PilotYear;

/// <summary>
/// One person (or the anonymous public) calling a running silo over real HTTP: <c>POST /graphql</c> with a JSON
/// body, carrying the session cookie of a user who signed in through the sign-in form, and REST downloads.
/// </summary>
public sealed class PilotUser(HttpClient http, string userName) : IDisposable
{
    /// <summary>The JSON the script sends: GraphQL variables as the schema spells them.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The sign-in name: the actor every change and approval step records.</summary>
    public string UserName { get; } = userName;

    /// <summary>Runs a document and returns its <c>data</c>, failing the test on a non-200 answer or any top-level error.</summary>
    public async Task<JsonElement> DataAsync(string document, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = document, variables }, options: Json) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(
            response.IsSuccessStatusCode && !body.TryGetProperty("errors", out _),
            $"{UserName} got {(int)response.StatusCode} for {document[..Math.Min(120, document.Length)]}…: {body}");
        return body.GetProperty("data");
    }

    /// <summary>Runs a mutation with one <c>$input</c> of the given type and returns the payload of <paramref name="field"/>.</summary>
    public async Task<JsonElement> MutateAsync(string field, string inputType, object input, string selection) =>
        (await DataAsync($"mutation($input: {inputType}!) {{ {field}(input: $input) {{ {selection} }} }}", new { input })).GetProperty(field);

    /// <summary>As <see cref="MutateAsync"/>, asserting the payload has no errors.</summary>
    public async Task<JsonElement> OkAsync(string field, string inputType, object input, string selection)
    {
        var payload = await MutateAsync(field, inputType, input, selection);
        PilotAssert.NoErrors(payload, $"{UserName}: {field}");
        return payload;
    }

    /// <summary>A REST GET (form downloads).</summary>
    public Task<HttpResponseMessage> GetAsync(string path) => http.GetAsync(path);

    public void Dispose() => http.Dispose();
}

/// <summary>Assertions on GraphQL payloads the script makes over and over.</summary>
public static class PilotAssert
{
    public const string Errors = "errors { __typename code message ... on ValidationError { field } ... on RefusalError { ruleIds explanation { chinese english } } }";

    public static void NoErrors(JsonElement payload, string what) =>
        Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, $"{what}: {payload.GetProperty("errors")}");

    /// <summary>The only error of a payload or row, of the type given.</summary>
    public static JsonElement Single(JsonElement payload, string typeName)
    {
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(typeName, error.GetProperty("__typename").GetString());
        return error;
    }

    /// <summary>A refusal naming exactly the rules given, in order.</summary>
    public static JsonElement Refused(JsonElement payload, params string[] ruleIds)
    {
        var error = Single(payload, "RefusalError");
        Assert.Equal(ruleIds, Strings(error.GetProperty("ruleIds")));
        return error;
    }

    public static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    public static string Text(JsonElement element, string property) => element.GetProperty(property).GetString()!;
}
