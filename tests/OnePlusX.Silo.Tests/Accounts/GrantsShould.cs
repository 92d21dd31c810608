using System.Net;
using System.Text.Json;
using OnePlusX.Silo.Tests.Infrastructure;

namespace OnePlusX.Silo.Tests.Accounts;

/// <summary>
/// Only client credentials, authorization code (with PKCE) and refresh tokens: no resource-owner password grant and
/// no implicit or hybrid flow, whatever a registered client or a signed-in user asks for. Run on both databases
/// (<see cref="SqliteGrantsShould"/>, <see cref="PostgresGrantsShould"/>).
/// </summary>
public abstract class GrantsShould(OAuthSilo silo)
{
    [Fact]
    public async Task RefuseThePasswordGrant()
    {
        var client = await silo.NationalClient;
        var (user, password) = await silo.CreateUserAsync("NationalMonitor");

        var (status, body) = await silo.TokenRequestAsync(
            [new("grant_type", "password"), new("username", user), new("password", password), new("client_id", client.Id), new("client_secret", client.Secret), new("scope", "monitoring.export")]);

        Assert.Equal((HttpStatusCode.BadRequest, "unsupported_grant_type"), (status, body.GetProperty("error").GetString()));
        Assert.False(body.TryGetProperty("access_token", out _));
        Assert.Equal(HttpStatusCode.OK, (await silo.CallApiAsync(await silo.ClientTokenAsync(client))).Status); // the client itself is fine
    }

    [Theory]
    [InlineData("token")]
    [InlineData("id_token token")]
    [InlineData("code token")]
    [InlineData("code id_token token")]
    public async Task RefuseImplicitAndHybridResponseTypes(string responseType)
    {
        var (app, browser) = (await silo.App, await silo.SignedInMonitor);
        var challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

        using var refused = await browser.GetAsync(PkceShould.AuthorizePath(app, challenge, "S256", responseType));
        using var allowed = await browser.GetAsync(PkceShould.AuthorizePath(app, challenge, "S256"));

        var page = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("error:unsupported_response_type", page);
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode); // the same user and app with response_type=code
    }

    [Fact]
    public async Task AdvertiseOnlyTheFlowsTheyAllow()
    {
        var discovery = JsonDocument.Parse(await silo.Http.GetStringAsync("/.well-known/openid-configuration")).RootElement;

        Assert.Equal(["authorization_code", "client_credentials", "refresh_token"], discovery.GetProperty("grant_types_supported").EnumerateArray().Select(e => e.GetString()).Order());
        Assert.Equal(["code"], discovery.GetProperty("response_types_supported").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["S256"], discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(e => e.GetString()));
    }
}

public sealed class SqliteGrantsShould(SqliteOAuthSilo silo) : GrantsShould(silo.Silo), IClassFixture<SqliteOAuthSilo>;

/// <summary>The grant tests on PostgreSQL, the service role neither superuser nor owner, row-level security on.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresGrantsShould(PostgresOAuthSilo silo) : GrantsShould(silo.Silo), IClassFixture<PostgresOAuthSilo>;
