using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using OnePlusX.Silo.Tests.Infrastructure;

namespace OnePlusX.Silo.Tests.Security;

/// <summary>
/// Real callers of a running embedded silo, made as an operator and a user would: accounts and clients through the
/// system administrator's command (<c>dotnet OnePlusX.Silo.dll accounts ...</c> on the silo's database), users
/// signed in through the sign-in form (antiforgery token, then the forced change of the initial password), clients
/// through client credentials at <c>/connect/token</c>.
/// </summary>
public static partial class SiloAccounts
{
    /// <summary>Creates a user with the command line; returns its initial password.</summary>
    public static async Task<string> CreateUserAsync(CrossTenantSilo silo, string user, string role, string? tenant, string? province)
    {
        var args = new List<string> { "create-user", "--user", user, "--display", $"Matrix {role}", "--role", role };
        AddOption(args, "--tenant", tenant);
        AddOption(args, "--province", province);
        return Field(await RunAsync(silo, args), "initial password");
    }

    /// <summary>Registers a client with the command line; returns its id and secret.</summary>
    public static async Task<(string Id, string Secret)> CreateClientAsync(CrossTenantSilo silo, string scope, string? province)
    {
        var args = new List<string> { "create-client", "--display", $"Matrix client {province ?? "national"}", "--scope", scope };
        AddOption(args, "--province", province);
        var output = await RunAsync(silo, args);
        return (Field(output, "client_id"), Field(output, "client_secret"));
    }

    /// <summary>A client holding the session cookie of the user, signed in and with the initial password replaced.</summary>
    public static async Task<HttpClient> SignInAsync(Uri baseAddress, string user, string initialPassword)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        var signIn = await PostFormAsync(http, "/account/sign-in", new() { ["userName"] = user, ["password"] = initialPassword, ["returnUrl"] = "/" });
        Assert.True(signIn.StatusCode == HttpStatusCode.Redirect && signIn.Headers.Location?.OriginalString == "/account/change-password",
            $"Signing in {user} answered {(int)signIn.StatusCode} {signIn.Headers.Location}: {await signIn.Content.ReadAsStringAsync()}");

        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)) + "Aa1";
        var change = await PostFormAsync(http, "/account/change-password", new() { ["currentPassword"] = initialPassword, ["newPassword"] = password, ["confirm"] = password });
        Assert.True(change.StatusCode == HttpStatusCode.Redirect && change.Headers.Location?.OriginalString == "/",
            $"Changing {user}'s initial password answered {(int)change.StatusCode}: {await change.Content.ReadAsStringAsync()}");
        return http;
    }

    /// <summary>A client sending a bearer access token obtained with client credentials.</summary>
    public static async Task<HttpClient> ClientCredentialsAsync(Uri baseAddress, (string Id, string Secret) client, string scope)
    {
        var http = new HttpClient { BaseAddress = baseAddress };
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = client.Id,
            ["client_secret"] = client.Secret,
            ["scope"] = scope,
        }));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"The token endpoint answered {(int)response.StatusCode}: {body}");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("access_token").GetString());
        return http;
    }

    /// <summary>Posts a form the way a browser does: GET the page for its antiforgery token, then POST with it.</summary>
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient http, string path, Dictionary<string, string> fields)
    {
        var page = await http.GetStringAsync(path);
        var token = TokenField().Match(page);
        Assert.True(token.Success, $"No antiforgery token on {path}: {page}");
        fields["__antiforgery"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        return await http.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    private static async Task<string> RunAsync(CrossTenantSilo silo, IEnumerable<string> command)
    {
        var result = await Cli.RunAsync(silo.Command.Folder, ["accounts", .. command], silo.Command.Settings);
        return result.ExitCode == 0 ? result.Output : throw new InvalidOperationException($"accounts {string.Join(' ', command)}: {result}");
    }

    /// <summary>The value of a "name\tvalue" line the command printed.</summary>
    private static string Field(string output, string name) =>
        output.Split('\n').Select(l => l.TrimEnd('\r')).FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal) && l.Contains('\t'))?.Split('\t')[^1]
        ?? throw new InvalidOperationException($"The command printed no '{name}': {output}");

    private static void AddOption(List<string> args, string option, string? value)
    {
        if (value is not null)
        {
            args.Add(option);
            args.Add(value);
        }
    }

    [GeneratedRegex("name=\"__antiforgery\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
