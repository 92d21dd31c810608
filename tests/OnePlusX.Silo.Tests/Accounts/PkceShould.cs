using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using OnePlusX.Silo.Tests.Infrastructure;

namespace OnePlusX.Silo.Tests.Accounts;

/// <summary>
/// The authorization code flow with PKCE on a real silo: an app registered by <c>accounts create-app</c> (a public
/// client), a user created by the CLI who signs in through the real pages, codes bound to an S256 challenge,
/// replayed codes revoking what they issued, and refresh tokens rotated with reuse revoking the chain. Run on both
/// databases (<see cref="SqlitePkceShould"/>, <see cref="PostgresPkceShould"/>).
/// </summary>
public abstract class PkceShould(OAuthSilo silo)
{
    [Theory]
    [InlineData("plain", true)]
    [InlineData("plain", false)]
    [InlineData(null, true)]
    [InlineData(null, false)]
    [InlineData("S512", true)]
    public async Task RefuseAnAuthorizationRequestWithoutAnS256Challenge(string? method, bool withChallenge)
    {
        var (app, browser) = (await silo.App, await silo.SignedInMonitor);
        var verifier = Verifier();
        using var refused = await browser.GetAsync(AuthorizePath(app, withChallenge ? verifier : null, method));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("error:invalid_request", await refused.Content.ReadAsStringAsync());
        Assert.NotNull(await CodeAsync(browser, app, Challenge(verifier))); // the same request with S256 gets a code
    }

    [Fact]
    public async Task RedeemACodeOnlyWithItsVerifier()
    {
        var (app, browser) = (await silo.App, await silo.SignedInMonitor);
        var verifier = Verifier();
        var code = await CodeAsync(browser, app, Challenge(verifier));

        var missing = await RedeemAsync(app, code, verifier: null);
        Assert.Equal((HttpStatusCode.BadRequest, "invalid_request"), (missing.Status, Error(missing.Body)));
        var wrong = await RedeemAsync(app, code, Verifier());
        Assert.Equal((HttpStatusCode.BadRequest, "invalid_grant"), (wrong.Status, Error(wrong.Body)));
        var other = await RedeemAsync(app, code, Challenge(verifier)); // the challenge itself is not the verifier
        Assert.Equal((HttpStatusCode.BadRequest, "invalid_grant"), (other.Status, Error(other.Body)));

        var redeemed = await RedeemAsync(app, code, verifier);
        Assert.Equal(HttpStatusCode.OK, redeemed.Status);
        Assert.Equal(HttpStatusCode.OK, (await silo.CallApiAsync(Text(redeemed.Body, "access_token"))).Status);
        Assert.False(string.IsNullOrEmpty(Text(redeemed.Body, "refresh_token")));
    }

    [Fact]
    public async Task RevokeWhatACodeIssuedWhenTheCodeIsRedeemedAgain()
    {
        var (app, browser) = (await silo.App, await silo.SignedInMonitor);
        var verifier = Verifier();
        var code = await CodeAsync(browser, app, Challenge(verifier));
        var first = await RedeemAsync(app, code, verifier);
        Assert.Equal(HttpStatusCode.OK, first.Status);
        var (access, refresh) = (Text(first.Body, "access_token"), Text(first.Body, "refresh_token"));
        Assert.Equal(HttpStatusCode.OK, (await silo.CallApiAsync(access)).Status);

        var second = await RedeemAsync(app, code, verifier);

        Assert.Equal((HttpStatusCode.BadRequest, "invalid_grant"), (second.Status, Error(second.Body)));
        Assert.Equal(HttpStatusCode.Unauthorized, (await silo.CallApiAsync(access)).Status);
        var refreshed = await RefreshAsync(app, refresh);
        Assert.Equal((HttpStatusCode.BadRequest, "invalid_grant"), (refreshed.Status, Error(refreshed.Body)));
    }

    [Fact]
    public async Task RotateRefreshTokensAndRevokeTheChainWhenOneIsReused()
    {
        var (app, browser) = (await silo.App, await silo.SignedInMonitor);
        var verifier = Verifier();
        var issued = await RedeemAsync(app, await CodeAsync(browser, app, Challenge(verifier)), verifier);
        var first = Text(issued.Body, "refresh_token");

        var rotated = await RefreshAsync(app, first);
        Assert.Equal(HttpStatusCode.OK, rotated.Status);
        var (second, access) = (Text(rotated.Body, "refresh_token"), Text(rotated.Body, "access_token"));
        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.OK, (await silo.CallApiAsync(access)).Status);

        var reused = await RefreshAsync(app, first);
        Assert.Equal((HttpStatusCode.BadRequest, "invalid_grant"), (reused.Status, Error(reused.Body)));

        var newest = await RefreshAsync(app, second);
        Assert.Equal((HttpStatusCode.BadRequest, "invalid_grant"), (newest.Status, Error(newest.Body)));
        Assert.Equal(HttpStatusCode.Unauthorized, (await silo.CallApiAsync(access)).Status);
    }

    /// <summary>The code the authorization endpoint sends back to the app's redirect URI for the signed-in user.</summary>
    private static async Task<string> CodeAsync(StaffBrowser browser, string app, string challenge)
    {
        using var response = await browser.GetAsync(AuthorizePath(app, challenge, "S256", state: "s-1"));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var location = response.Headers.Location!;
        Assert.StartsWith(OAuthSilo.RedirectUri.AbsoluteUri, location.AbsoluteUri, StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("s-1", query["state"]);
        return query["code"].Single()!;
    }

    internal static string AuthorizePath(string app, string? challenge, string? method, string responseType = "code", string state = "s-1")
    {
        var query = new Dictionary<string, string?>
        {
            ["response_type"] = responseType,
            ["client_id"] = app,
            ["redirect_uri"] = OAuthSilo.RedirectUri.AbsoluteUri,
            ["scope"] = "api offline_access",
            ["state"] = state,
        };
        if (challenge is not null)
        {
            query["code_challenge"] = challenge;
        }

        if (method is not null)
        {
            query["code_challenge_method"] = method;
        }

        return QueryHelpers.AddQueryString("/connect/authorize", query);
    }

    private Task<(HttpStatusCode Status, JsonElement Body)> RedeemAsync(string app, string code, string? verifier)
    {
        List<KeyValuePair<string, string>> form =
            [new("grant_type", "authorization_code"), new("client_id", app), new("code", code), new("redirect_uri", OAuthSilo.RedirectUri.AbsoluteUri)];
        if (verifier is not null)
        {
            form.Add(new("code_verifier", verifier));
        }

        return silo.TokenRequestAsync(form);
    }

    private Task<(HttpStatusCode Status, JsonElement Body)> RefreshAsync(string app, string refreshToken) =>
        silo.TokenRequestAsync([new("grant_type", "refresh_token"), new("client_id", app), new("refresh_token", refreshToken)]);

    private static string Verifier() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    private static string Challenge(string verifier) => Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    private static string? Error(JsonElement body) => body.TryGetProperty("error", out var error) ? error.GetString() : null;

    private static string Text(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) ? value.GetString()! : throw new Xunit.Sdk.XunitException($"No {name} in {body}");
}

public sealed class SqlitePkceShould(SqliteOAuthSilo silo) : PkceShould(silo.Silo), IClassFixture<SqliteOAuthSilo>;

/// <summary>The PKCE tests on PostgreSQL, the service role neither superuser nor owner, row-level security on.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresPkceShould(PostgresOAuthSilo silo) : PkceShould(silo.Silo), IClassFixture<PostgresOAuthSilo>;
