using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OnePlusX.GraphQL.Http;
using OnePlusX.Silo.Tests.Infrastructure;

namespace OnePlusX.Silo.Tests.GraphQL;

/// <summary>A silo whose gateway runs with tight limits, introspection off and trusted documents only.</summary>
public sealed class StrictGatewayFixture : IAsyncLifetime
{
    public SiloProcess Silo { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    /// <summary>A national client's tokens: the limits are checked on documents a reader may send.</summary>
    public Tokens Tokens { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Silo = await SiloProcess.StartEmbeddedAsync(new Dictionary<string, string>
        {
            ["OnePlusX:GraphQL:MaxDepth"] = "5",
            ["OnePlusX:GraphQL:MaxComplexity"] = "2000",
            ["OnePlusX:GraphQL:MaxAliases"] = "3",
            ["OnePlusX:GraphQL:MaxRootFields"] = "3",
            ["OnePlusX:GraphQL:MaxFields"] = "50",
            ["OnePlusX:GraphQL:MaxDocumentBytes"] = "600",
            ["OnePlusX:GraphQL:Introspection"] = "false",
        });
        Http = new HttpClient { BaseAddress = Silo.BaseAddress };
        Tokens = Tokens.NationalClient(Silo);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Silo.DisposeAsync();
    }
}

/// <summary>Every limit is enforced before execution, with an error that says which limit.</summary>
public sealed class ProtectionShould(StrictGatewayFixture fixture) : IClassFixture<StrictGatewayFixture>
{
    [Fact]
    public async Task AcceptAnOrdinaryQueryWithinTheLimits()
    {
        var (status, body) = await PostAsync("{ provinces { code } }");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(31, body.GetProperty("data").GetProperty("provinces").GetArrayLength());
    }

    [Theory]
    [InlineData("{ examStations(first: 1) { edges { node { college { city { province { name } } } } } } }", "depth")]
    [InlineData("{ examStations(first: 1000) { edges { node { code name college { code } } } } }", "complexity")]
    [InlineData("{ provinces { a: code b: code c: name d: name } }", "aliases")]
    [InlineData("{ provinces { code } certificates { totalCount } colleges { totalCount } examStations { totalCount } }", "root fields")]
    public async Task RefuseADocumentOverALimit(string query, string limit)
    {
        var (status, body) = await PostAsync(query, signedIn: true);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False(body.TryGetProperty("data", out _));
        var messages = body.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()!).ToList();
        Assert.Contains(limit, messages[0], StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(messages, m => m.StartsWith("You may not use", StringComparison.Ordinal));

        // Anonymously the same document is refused too (over the limit, or not allowed), never answered.
        var (anonymousStatus, anonymous) = await PostAsync(query);
        Assert.Equal(HttpStatusCode.BadRequest, anonymousStatus);
        Assert.False(anonymous.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task RefuseRepeatedFieldsBeforeValidatingThem()
    {
        var (status, body) = await PostAsync("{ provinces { " + string.Join(' ', Enumerable.Repeat("code", 60)) + " } }");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("at most 50 fields", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefuseAnOversizedDocumentWithoutParsingIt()
    {
        var (status, body) = await PostAsync("{ provinces { code " + new string(' ', 700) + "} }");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("600 bytes", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefuseIntrospectionWhereItIsSwitchedOff()
    {
        var (status, body) = await PostAsync("{ __schema { types { name } } }");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("introspection", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RefuseAMutationSentWithGet()
    {
        var response = await fixture.Http.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { addSchool(input: {code: \"A\", name: \"B\"}) { errors { message } } }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task RunATrustedDocumentByItsId()
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root, "src", "GraphQL", "TrustedDocuments", "ProvinceCities.graphql"));
        var response = await fixture.Http.PostAsJsonAsync("/graphql", new { documentId = TrustedDocuments.IdOf(text), variables = new { code = "42" } });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(body.GetProperty("data").GetProperty("province").GetProperty("cities").EnumerateArray(), c => c.GetProperty("name").GetString() == "十堰市");

        var unknown = await fixture.Http.PostAsJsonAsync("/graphql", new { documentId = "sha256:" + new string('0', 64) });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string query, bool signedIn = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd(GraphQLHttpEndpoint.GraphQLResponseJson);
        if (signedIn)
        {
            request.Headers.Authorization = await fixture.Tokens.BearerAsync();
        }

        var response = await fixture.Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

}
