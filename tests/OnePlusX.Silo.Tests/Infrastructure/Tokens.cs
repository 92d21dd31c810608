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
public sealed class Tokens(Uri baseAddress, IReadOnlyDictionary<string, string> settings, string scope, string? province = null)
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Id, string Secret)? _client;
    private (string Token, DateTime RenewAt)? _current;

    /// <summary>A national client (<c>monitoring.export</c>: every province) of an embedded silo.</summary>
    public static Tokens NationalClient(SiloProcess silo) => new(silo.BaseAddress, EmbeddedSettings(silo), "monitoring.export");

    /// <summary>A provincial client (<c>province.read</c>: that province only) of an embedded silo.</summary>
    public static Tokens ProvinceClient(SiloProcess silo, string province) => new(silo.BaseAddress, EmbeddedSettings(silo), "province.read", province);

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

    /// <summary>
    /// Runs <c>dotnet OnePlusX.Silo.dll accounts ...</c> with the silo's settings, as an administrator would on the
    /// server, and returns what it printed; a non-zero exit fails with its output.
    /// </summary>
    public static async Task<string> RunAccountsCommandAsync(IReadOnlyDictionary<string, string> settings, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(SiloProcess.SiloAssembly);
        start.ArgumentList.Add("accounts");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"accounts {string.Join(' ', arguments)} did not finish within 60 s.");
        }

        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"accounts {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}\n{await errors}");
    }

    private static Dictionary<string, string> EmbeddedSettings(SiloProcess silo) => new()
    {
        ["ConnectionStrings:Sqlite"] = $"Data Source={silo.DatabasePath}",
        ["OnePlusX:Silo:SeedDemoData"] = "false",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    private async Task<(string Id, string Secret)> RegisterAsync()
    {
        string[] arguments = province is null
            ? ["create-client", "--display", "test client", "--scope", scope]
            : ["create-client", "--display", "test client", "--scope", scope, "--province", province];
        var printed = (await RunAccountsCommandAsync(settings, arguments))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('\t'))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => parts[1]);
        return (printed["client_id"], printed["client_secret (shown once)"]);
    }
}
