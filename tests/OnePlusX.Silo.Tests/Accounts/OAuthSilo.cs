using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using OnePlusX.Silo.Storage;
using OnePlusX.Silo.Tests.Infrastructure;

namespace OnePlusX.Silo.Tests.Accounts;

/// <summary>A registered client's credentials, as the CLI printed them once.</summary>
public sealed record OAuthClient(string Id, string Secret);

/// <summary>
/// A running silo for the OAuth tests, on the embedded default (SQLite) or on PostgreSQL with row-level security
/// (the fixtures in OAuthSilos.cs start them). Clients, users and apps are made by the product's own CLI
/// (<c>dotnet OnePlusX.Silo.dll accounts ...</c>) against the silo's database, as the system administrator would.
/// </summary>
public sealed partial class OAuthSilo : IAsyncDisposable
{
    /// <summary>A REST endpoint only a signed-in data reader may call.</summary>
    public const string Api = "/api/colleges";

    /// <summary>Where the authorization endpoint sends the code for <see cref="App"/> (never followed).</summary>
    public static readonly Uri RedirectUri = new("http://127.0.0.1:9/callback");

    /// <summary>The access token lifetime of a short-lived silo.</summary>
    public static readonly TimeSpan ShortLifetime = TimeSpan.FromSeconds(5);

    private readonly (string Folder, IReadOnlyList<string> Settings) _command;
    private readonly string? _ownedFolder;
    private Task<OAuthClient>? _national;
    private Task<string>? _app;
    private Task<StaffBrowser>? _monitor;

    private OAuthSilo(SiloProcess process, StorageOptions storage, (string, IReadOnlyList<string>) command, string? ownedFolder = null)
    {
        (Process, Storage, _command, _ownedFolder) = (process, storage, command, ownedFolder);
        Http = new HttpClient { BaseAddress = process.BaseAddress };
    }

    public SiloProcess Process { get; }

    public HttpClient Http { get; }

    /// <summary>The silo's storage as the product opens it (on PostgreSQL as the service role, under row-level security).</summary>
    public StorageOptions Storage { get; }

    /// <summary>An embedded-default silo on a SQLite file in a temp folder of its own (its access tokens short-lived if asked).</summary>
    public static async Task<OAuthSilo> StartSqliteAsync(TimeSpan? accessTokenLifetime = null)
    {
        var process = await SiloProcess.StartEmbeddedAsync(Settings(accessTokenLifetime));
        var storage = new StorageOptions { Sqlite = $"Data Source={process.DatabasePath}" };
        return new OAuthSilo(process, storage, (Path.GetDirectoryName(process.DatabasePath)!, ["--ConnectionStrings:Sqlite", storage.Sqlite]));
    }

    /// <summary>
    /// A production-mode silo on a database of its own on <paramref name="server"/>, started as the cross-tenant
    /// matrix starts one: migrations run as the tables' owner; the silo (and the accounts command) connect as the
    /// service role, which is neither superuser nor owner, under row-level security.
    /// </summary>
    public static async Task<OAuthSilo> StartPostgresAsync(PostgresServer server, TimeSpan? accessTokenLifetime = null)
    {
        var database = await server.CreateServiceDatabaseAsync("oauth");
        var folder = Directory.CreateTempSubdirectory("oneplusx-oauth-").FullName;
        var settings = ClusterSettings.For(database);
        foreach (var (key, value) in Settings(accessTokenLifetime))
        {
            settings[key] = value;
        }

        var process = await SiloProcess.StartAsync(settings, folder);
        var storage = new StorageOptions { PostgreSQL = database.Service, PostgreSQLMigrations = database.Owner };
        return new OAuthSilo(process, storage, (folder, ["--ConnectionStrings:PostgreSQL", database.Service, "--ConnectionStrings:PostgreSQLMigrations", database.Owner]), folder);
    }

    /// <summary>Settings on top of the embedded default or of <see cref="ClusterSettings"/>.</summary>
    private static Dictionary<string, string> Settings(TimeSpan? accessTokenLifetime)
    {
        // These tests ask for many tokens from one address within a minute; the limit is not what they test.
        var settings = new Dictionary<string, string> { ["OnePlusX:Auth:TokenRequestsPerMinutePerAddress"] = "1000" };
        if (accessTokenLifetime is { } lifetime)
        {
            settings["OnePlusX:Auth:AccessTokenLifetime"] = lifetime.ToString("c");
        }

        return settings;
    }

    public async ValueTask DisposeAsync()
    {
        if (_monitor is { IsCompletedSuccessfully: true })
        {
            (await _monitor).Dispose();
        }

        Http.Dispose();
        await Process.DisposeAsync();
        try
        {
            if (_ownedFolder is not null)
            {
                Directory.Delete(_ownedFolder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still held open leaves the folder to the OS temp cleaner.
        }
    }

    /// <summary>One national client per silo (the tests sharing a silo run one at a time), for any genuine token.</summary>
    public Task<OAuthClient> NationalClient => _national ??= CreateClientAsync();

    /// <summary>One app for the authorization code flow per silo, redirecting to <see cref="RedirectUri"/>.</summary>
    public Task<string> App => _app ??= CreateAppAsync(RedirectUri);

    /// <summary>One national monitor per silo, created by the CLI and signed in through the pages (password changed).</summary>
    public Task<StaffBrowser> SignedInMonitor => _monitor ??= SignInNewUserAsync("NationalMonitor");

    /// <summary>A national client (<c>accounts create-client</c>, no province) allowed <paramref name="scope"/>.</summary>
    public async Task<OAuthClient> CreateClientAsync(string scope = "monitoring.export")
    {
        var printed = await CliAsync("create-client", "--display", "token tests", "--scope", scope);
        return new OAuthClient(printed["client_id"], printed["client_secret (shown once)"]);
    }

    /// <summary>A user (<c>accounts create-user</c>) with an initial password that must be changed at first sign-in.</summary>
    public async Task<(string UserName, string InitialPassword)> CreateUserAsync(string role)
    {
        var name = $"u{Guid.NewGuid():N}"[..12];
        var printed = await CliAsync("create-user", "--user", name, "--display", "OAuth test user", "--role", role);
        return (name, printed.Single(p => p.Key.StartsWith("initial password", StringComparison.Ordinal)).Value);
    }

    /// <summary>A third-party app for the authorization code flow (<c>accounts create-app</c>): a public client.</summary>
    public async Task<string> CreateAppAsync(Uri redirectUri) =>
        (await CliAsync("create-app", "--display", "PKCE test app", "--redirect-uri", redirectUri.AbsoluteUri))["client_id"];

    private async Task<StaffBrowser> SignInNewUserAsync(string role)
    {
        var (user, password) = await CreateUserAsync(role);
        var browser = new StaffBrowser(Process.BaseAddress);
        await browser.SignInFirstTimeAsync(user, password);
        return browser;
    }

    /// <summary>Posts a form to /connect/token (optionally as if addressed to another host name).</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> TokenRequestAsync(IEnumerable<KeyValuePair<string, string>> form, string? host = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token") { Content = new FormUrlEncodedContent(form) };
        if (host is not null)
        {
            request.Headers.Host = host;
        }

        using var response = await Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    /// <summary>A genuine access token for <paramref name="client"/> by client credentials.</summary>
    public async Task<string> ClientTokenAsync(OAuthClient client, string scope = "monitoring.export", string? host = null)
    {
        var (status, body) = await TokenRequestAsync(
            [new("grant_type", "client_credentials"), new("client_id", client.Id), new("client_secret", client.Secret), new("scope", scope)], host);
        Assert.True(status == HttpStatusCode.OK, $"/connect/token answered {status}: {body}");
        return body.GetProperty("access_token").GetString()!;
    }

    /// <summary>
    /// GET <see cref="Api"/> with the token as a bearer: the status, and for a refusal the OpenIddict error id from
    /// WWW-Authenticate (e.g. ID2088 for a wrong issuer), which says which check refused it.
    /// </summary>
    public async Task<(HttpStatusCode Status, string? Error)> CallApiAsync(string token, string? host = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Api);
        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {token}");
        if (host is not null)
        {
            request.Headers.Host = host;
        }

        using var response = await Http.SendAsync(request);
        var challenge = string.Join(" ", response.Headers.WwwAuthenticate.Select(h => h.ToString()));
        var id = ErrorId().Match(challenge);
        return (response.StatusCode, id.Success ? id.Value : challenge.Length > 0 ? challenge : null);
    }

    /// <summary>The GraphQL query <c>{ colleges(first: 1) { totalCount } }</c> with the token as a bearer.</summary>
    public async Task<JsonElement> GraphQLAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ colleges(first: 1) { totalCount } }" }) };
        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {token}");
        using var response = await Http.SendAsync(request);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Runs <c>dotnet OnePlusX.Silo.dll accounts ARGS</c> on the silo's database; the printed "name\tvalue" lines.</summary>
    private async Task<Dictionary<string, string>> CliAsync(params string[] args)
    {
        var result = await Cli.RunAsync(_command.Folder, ["accounts", .. args], _command.Settings);
        Assert.True(result.ExitCode == 0, $"accounts {string.Join(' ', args)}: {result}");
        return result.Output.Split('\n')
            .Select(line => line.TrimEnd('\r').Split('\t', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => parts[1]);
    }

    [GeneratedRegex(@"ID\d{4}")]
    private static partial Regex ErrorId();
}
