using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using OnePlusX.Silo.Tests.Infrastructure;

namespace OnePlusX.Silo.Tests.Accounts;

/// <summary>
/// OAuth signing keys are kept in the database, not made per process: a restarted silo signs with the same key; once
/// the newest key is older than the rotation period a new one signs, the old one stays published, and a token it
/// signed still passes (issue 5: keys persisted and rotated).
/// </summary>
public sealed class SigningKeysShould : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("oneplusx-keys-").FullName;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task KeepTheKeyAcrossRestartsAndRotateItWhenDue()
    {
        var database = Path.Combine(_folder, "oneplusx.db");
        var client = await Cli.RunAsync(database, ["accounts", "create-client", "--display", "key test", "--scope", "monitoring.export"]);
        Assert.True(client.ExitCode == 0, client.ToString());
        var credentials = (client.Value("client_id"), client.Value("client_secret"));

        var (firstKeys, firstToken) = await RunAsync(database, rotation: "90.00:00:00", credentials, async (http, token) => Assert.Equal(HttpStatusCode.OK, await StatusAsync(http, token)));
        var (sameKeys, _) = await RunAsync(database, rotation: "90.00:00:00", credentials, async (http, _) => Assert.Equal(HttpStatusCode.OK, await StatusAsync(http, firstToken)));
        Assert.Equal(firstKeys, sameKeys);

        // With a rotation period of one second, the next start finds the key due and makes a new one.
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var (rotatedKeys, rotatedToken) = await RunAsync(database, rotation: "00:00:01", credentials, async (http, token) =>
        {
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(http, firstToken)); // signed by the old key, still published
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(http, token));
        });

        Assert.Equal(2, rotatedKeys.Count);
        Assert.Contains(firstKeys.Single(), rotatedKeys);
        Assert.NotEqual(KeyId(firstToken), KeyId(rotatedToken));
        Assert.Contains(KeyId(rotatedToken), rotatedKeys);
    }

    /// <summary>Starts a silo on the database, reads its JWKS key ids and gets a token, runs the checks, stops it.</summary>
    private async Task<(List<string> Keys, string Token)> RunAsync(string database, string rotation, (string Id, string Secret) client, Func<HttpClient, string, Task> check)
    {
        await using var silo = await SiloProcess.StartAsync(
            new Dictionary<string, string>
            {
                ["ConnectionStrings:Sqlite"] = $"Data Source={database}",
                ["OnePlusX:Silo:SeedDemoData"] = "false",
                ["OnePlusX:Auth:SigningKeyRotation"] = rotation,

                // One issuer across restarts (each start listens on another port), as production fixes it.
                ["OnePlusX:Auth:Issuer"] = "http://oneplusx.test/",
            },
            _folder);
        using var http = new HttpClient { BaseAddress = silo.BaseAddress };
        var jwks = await http.GetFromJsonAsync<JsonElement>("/.well-known/jwks");
        var keys = jwks.GetProperty("keys").EnumerateArray().Where(k => k.GetProperty("use").GetString() == "sig").Select(k => k.GetProperty("kid").GetString()!).Order().ToList();
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = client.Id, ["client_secret"] = client.Secret, ["scope"] = "monitoring.export",
        }));
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
        await check(http, token);
        return (keys, token);
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient http, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/colleges?limit=1");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    private static string KeyId(string token)
    {
        var header = token.Split('.')[0].Replace('-', '+').Replace('_', '/');
        var json = Convert.FromBase64String(header.PadRight(header.Length + ((4 - (header.Length % 4)) % 4), '='));
        return JsonDocument.Parse(json).RootElement.GetProperty("kid").GetString()!;
    }
}

/// <summary>Production settings the silo insists on before it serves anything.</summary>
public sealed class ProductionSettingsShould
{
    [Fact]
    public async Task RefuseToStartWithoutAFixedTokenIssuer()
    {
        // HTTPS-only (production) with no issuer: tokens would otherwise name whatever Host header a request carried.
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            SiloProcess.StartEmbeddedAsync(new Dictionary<string, string> { ["OnePlusX:Auth:AllowHttp"] = "false" }));

        Assert.Contains("OnePlusX:Auth:Issuer must be set", failure.Message, StringComparison.Ordinal);
    }
}
