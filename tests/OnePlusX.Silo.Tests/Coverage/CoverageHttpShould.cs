using System.Net.Http.Json;
using System.Text.Json;
using OnePlusX.Silo.Storage;
using OnePlusX.Silo.Tests.Infrastructure;
using OnePlusX.Silo.Tests.Security;

namespace OnePlusX.Silo.Tests.Coverage;

/// <summary>
/// The coverage view end to end over real HTTP: a running embedded silo, a provincial coordinator made with the
/// accounts command and signed in through the form, a provincial client with a client-credentials token.
/// </summary>
public sealed class CoverageHttpShould
{
    private const string Document =
        """query ($province: String!) { stationCoverage(provinceCode: $province, year: 2025) { totals { cities gaps candidatesAffected } gaps(first: 1) { edges { node { cityName certificateCode candidatesAffected } } } } }""";

    [Fact]
    public async Task AnswerASignedInCoordinatorAndRefuseAnotherProvincesClient_NAT_STA_1()
    {
        await using var silo = await SiloProcess.StartEmbeddedAsync();
        await using (var database = new Database(new StorageOptions { Sqlite = $"Data Source={silo.DatabasePath}" }))
        {
            await CoverageFixture.SeedAsync(database);
        }

        var user = await Cli.RunAsync(silo.DatabasePath, ["accounts", "create-user", "--user", "coverage.jl", "--display", "吉林省协调", "--role", "ProvincialCoordinator", "--province", "22"]);
        Assert.True(user.ExitCode == 0, user.ToString());
        var client = await Cli.RunAsync(silo.DatabasePath, ["accounts", "create-client", "--display", "湖北省协调工具", "--scope", "province.read", "--province", "42"]);
        Assert.True(client.ExitCode == 0, client.ToString());

        using var coordinator = await SiloAccounts.SignInAsync(silo.BaseAddress, "coverage.jl", user.Value("initial password"));
        var own = await PostAsync(coordinator, "22");
        Assert.False(own.TryGetProperty("errors", out var errors), errors.ToString());
        var coverage = own.GetProperty("data").GetProperty("stationCoverage");
        Assert.Equal("""{"cities":3,"gaps":4,"candidatesAffected":16}""", coverage.GetProperty("totals").GetRawText());
        Assert.Equal("""{"cityName":"延边朝鲜族自治州","certificateCode":"WEB","candidatesAffected":6}""",
            JsonSerializer.Serialize(coverage.GetProperty("gaps").GetProperty("edges")[0].GetProperty("node"), Readable));

        using var hubei = await SiloAccounts.ClientCredentialsAsync(silo.BaseAddress, (client.Value("client_id"), client.Value("client_secret")), "province.read");
        var other = await PostAsync(hubei, "22");
        Assert.Equal("OUT_OF_SCOPE", other.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, other.GetProperty("data").GetProperty("stationCoverage").ValueKind);
        Assert.DoesNotContain("延边", other.GetRawText());
        var theirs = await PostAsync(hubei, "42");
        Assert.Equal(1, theirs.GetProperty("data").GetProperty("stationCoverage").GetProperty("totals").GetProperty("gaps").GetInt32());
    }

    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static async Task<JsonElement> PostAsync(HttpClient http, string province)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query = Document, variables = new { province } });
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
