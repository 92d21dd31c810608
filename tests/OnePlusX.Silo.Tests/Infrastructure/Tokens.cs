using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace OnePlusX.Silo.Tests.Infrastructure;

/// <summary>
/// Real bearer tokens for a test silo, obtained as an integration gets them: the system administrator registers a
/// client with the product's own command (<c>accounts create-client</c>, run against the silo's database), then the
/// client asks <c>/connect/token</c> with client credentials. The client is registered at the first request for a
/// token, and a token is reused until shortly before it expires.
/// </summary>
public sealed class Tokens(Uri baseAddress, string databasePath, string scope, string? province = null)
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Id, string Secret)? _client;
    private (string Token, DateTime RenewAt)? _current;

    /// <summary>A national client (<c>monitoring.export</c>: every province) of an embedded silo.</summary>
    public static Tokens NationalClient(SiloProcess silo) => new(silo.BaseAddress, silo.DatabasePath, "monitoring.export");

    /// <summary>A provincial client (<c>province.read</c>: that province only) of an embedded silo.</summary>
    public static Tokens ProvinceClient(SiloProcess silo, string province) => new(silo.BaseAddress, silo.DatabasePath, "province.read", province);

    /// <summary>The registered client's id (registers it if needed).</summary>
    public async Task<string> ClientIdAsync()
    {
        await AccessTokenAsync();
        return _client!.Value.Id;
    }

    /// <summary>A valid access token for the client.</summary>
    public async Task<string> AccessTokenAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_current is { } current && DateTime.UtcNow < current.RenewAt)
            {
                return current.Token;
            }

            _client ??= await RegisterAsync();
            var started = DateTime.UtcNow;
            using var response = await Http.PostAsync(new Uri(baseAddress, "/connect/token"), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = _client.Value.Id,
                ["client_secret"] = _client.Value.Secret,
                ["scope"] = scope,
            }));
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            if (!response.IsSuccessStatusCode || !body.TryGetProperty("access_token", out var token))
            {
                throw new InvalidOperationException($"/connect/token refused the test client ({(int)response.StatusCode}): {body}");
            }

            var lifetime = TimeSpan.FromSeconds(body.GetProperty("expires_in").GetInt32());
            _current = (token.GetString()!, started + (lifetime / 2));
            return _current.Value.Token;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The <c>Authorization</c> header value with a valid token.</summary>
    public async Task<AuthenticationHeaderValue> BearerAsync() => new("Bearer", await AccessTokenAsync());

    /// <summary>Sends a GET with a valid token.</summary>
    public async Task<HttpResponseMessage> GetAsync(HttpClient http, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = await BearerAsync();
        return await http.SendAsync(request);
    }

    private async Task<(string Id, string Secret)> RegisterAsync()
    {
        string[] arguments = province is null
            ? ["create-client", "--display", "test client", "--scope", scope]
            : ["create-client", "--display", "test client", "--scope", scope, "--province", province];
        var printed = await Cli.RunAsync(databasePath, ["accounts", .. arguments]);
        return printed.ExitCode == 0
            ? (printed.Value("client_id"), printed.Value("client_secret"))
            : throw new InvalidOperationException($"accounts {string.Join(' ', arguments)} failed: {printed}");
    }
}
