using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.IdentityModel.Tokens;
using OnePlusX.Silo.Tests.Infrastructure;

namespace OnePlusX.Silo.Tests.Accounts;

/// <summary>
/// Bearer tokens at the API of a real silo: a genuine access token from /connect/token (a national client, scope
/// monitoring.export) is accepted; forged, altered, foreign, expired and revoked ones are refused with 401 (and a
/// GraphQL AUTH error with no data). Each refusal is compared with an acceptance that differs only in the defect,
/// and the OpenIddict error id in WWW-Authenticate names the check that refused it. Run on both databases
/// (<see cref="SqliteTokensShould"/>, <see cref="PostgresTokensShould"/>), each with a short-lived second instance.
/// </summary>
public abstract partial class TokensShould
{
    private readonly OAuthSilo silo;
    private readonly OAuthSilo shortLived;

    protected TokensShould(OAuthSilo silo, OAuthSilo shortLived)
    {
        this.silo = silo;
        this.shortLived = shortLived;
    }

    [Fact]
    public async Task AcceptAGenuineToken()
    {
        var token = await silo.ClientTokenAsync(await silo.NationalClient);

        Assert.Equal(HttpStatusCode.OK, (await silo.CallApiAsync(token)).Status);
        var graph = await silo.GraphQLAsync(token);
        Assert.False(graph.TryGetProperty("errors", out _), graph.ToString());
        Assert.Equal(JsonValueKind.Number, graph.GetProperty("data").GetProperty("colleges").GetProperty("totalCount").ValueKind);
    }

    [Fact]
    public async Task RefuseATokenSignedByAnotherKeyWithTheServersKeyId()
    {
        var (header, payload, _) = Jwt.Read(await silo.ClientTokenAsync(await silo.NationalClient));
        using var other = RSA.Create(3072);

        await AssertRefusedAsync(Jwt.SignRs256(header, payload, other), "ID2091");
    }

    [Theory]
    [InlineData("none", false)]
    [InlineData("none", true)]
    [InlineData("None", false)]
    [InlineData("NONE", true)]
    public async Task RefuseAnUnsignedTokenWithAlgNone(string alg, bool keepSignature)
    {
        var (header, payload, signature) = Jwt.Read(await silo.ClientTokenAsync(await silo.NationalClient));

        await AssertRefusedAsync(Jwt.With(Jwt.Edited(header, h => h["alg"] = alg), payload, keepSignature ? signature : ""));
    }

    /// <summary>The classic key-confusion attack: the public key (every encoding of it) as an HMAC secret.</summary>
    [Fact]
    public async Task RefuseHs256SignedWithTheServersPublicKey()
    {
        var (header, payload, _) = Jwt.Read(await silo.ClientTokenAsync(await silo.NationalClient));
        var jwks = JsonNode.Parse(await silo.Http.GetStringAsync("/.well-known/jwks"))!["keys"]!.AsArray();
        var jwk = jwks.Single(k => (string?)k!["kid"] == (string?)header["kid"])!;
        using var publicKey = RSA.Create(new RSAParameters { Modulus = Base64UrlEncoder.DecodeBytes((string)jwk["n"]!), Exponent = Base64UrlEncoder.DecodeBytes((string)jwk["e"]!) });
        byte[][] secrets =
        [
            Encoding.ASCII.GetBytes(publicKey.ExportSubjectPublicKeyInfoPem()),
            Encoding.ASCII.GetBytes(publicKey.ExportSubjectPublicKeyInfoPem() + "\n"),
            Encoding.ASCII.GetBytes(publicKey.ExportRSAPublicKeyPem()),
            publicKey.ExportSubjectPublicKeyInfo(),
            publicKey.ExportRSAPublicKey(),
            Base64UrlEncoder.DecodeBytes((string)jwk["n"]!),
            Encoding.UTF8.GetBytes(jwk.ToJsonString()),
        ];

        foreach (var secret in secrets)
        {
            await AssertRefusedAsync(Jwt.SignHs256(Jwt.Edited(header, h => h["alg"] = "HS256"), payload, secret));
            await AssertRefusedAsync(Jwt.SignHs256(Jwt.Edited(header, h => { h["alg"] = "HS256"; h.Remove("kid"); }), payload, secret));
        }
    }

    /// <summary>One claim changed in the payload's own text (nothing else re-encoded); the original signature kept.</summary>
    [Theory]
    [InlineData("\"role\":\"IntegrationClient\"", "\"role\":\"SystemAdministrator\"")]
    [InlineData("\"role\":\"IntegrationClient\"", "\"role\":\"CollegeAdministrator\",\"tenant\":\"JLJT\"")]
    [InlineData("^\\{", "{\"tenant\":\"JLJT\",")]
    [InlineData("^\\{", "{\"province\":\"22\",")]
    [InlineData("\"scope\":\"monitoring.export\"", "\"scope\":\"monitoring.export creditbank.read province.read\"")]
    [InlineData("\"sub\":\"", "\"sub\":\"x")]
    [InlineData("\"exp\":(\\d+)", "\"exp\":9$1")]
    [InlineData("\"oi_tkn_id\":\"[^\"]+\"", "\"oi_tkn_id\":\"00000000-0000-0000-0000-000000000000\"")]
    public async Task RefuseATokenWithTamperedClaimsAndItsOriginalSignature(string pattern, string replacement)
    {
        var token = await silo.ClientTokenAsync(await silo.NationalClient);
        Assert.Equal(HttpStatusCode.OK, (await silo.CallApiAsync(token)).Status);

        await AssertRefusedAsync(Jwt.WithPayloadText(token, json => Regex.Replace(json, pattern, replacement)), "ID2091");
    }

    [Fact]
    public async Task RefuseATokenRevokedByItsClient()
    {
        var client = await silo.NationalClient;
        var token = await silo.ClientTokenAsync(client);
        Assert.Equal(HttpStatusCode.OK, (await silo.CallApiAsync(token)).Status);

        using var revoked = await silo.Http.PostAsync("/connect/revoke", new FormUrlEncodedContent(
            [new("client_id", client.Id), new("client_secret", client.Secret), new("token", token), new("token_type_hint", "access_token")]));

        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        await AssertRefusedAsync(token, "ID2019");
    }

    /// <summary>
    /// With no issuer configured the issuer is the address a request came to: a genuine token (real key, real
    /// token entry) issued at another host name is accepted only there, so the issuer alone refuses it here.
    /// </summary>
    [Fact]
    public async Task RefuseAGenuineTokenIssuedForAnotherIssuer()
    {
        var otherHost = $"issuer.example:{silo.Process.HttpPort}";
        var token = await silo.ClientTokenAsync(await silo.NationalClient, host: otherHost);

        Assert.Equal($"http://{otherHost}/", (string?)Jwt.Read(token).Payload["iss"]);
        Assert.Equal(HttpStatusCode.OK, (await silo.CallApiAsync(token, host: otherHost)).Status);
        await AssertRefusedAsync(token, "ID2088");
    }

    /// <summary>Another instance (its own database, signing keys and address) issues a genuine token; not for us.</summary>
    [Fact]
    public async Task RefuseAGenuineTokenFromAnotherInstance()
    {
        var token = await AcceptedShortLivedTokenAsync();

        await AssertRefusedAsync(token, "ID2088", "ID2090"); // its issuer is wrong here and its key unknown
    }

    /// <summary>A genuine token of the short-lived instance is accepted, then refused once its exp has passed.</summary>
    [Fact]
    public async Task RefuseAGenuineTokenOnceExpired()
    {
        var token = await AcceptedShortLivedTokenAsync();
        var expires = DateTimeOffset.FromUnixTimeSeconds((long)Jwt.Read(token).Payload["exp"]!);

        var (status, error) = await Eventually.ReadAsync(() => shortLived.CallApiAsync(token), r => r.Status != HttpStatusCode.OK, OAuthSilo.ShortLifetime + TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.True(DateTimeOffset.UtcNow >= expires, $"refused before its expiry, so for another reason: {error}");
    }

    /// <summary>
    /// A token the short-lived instance has just accepted; asked for again when a slow machine took the whole
    /// lifetime between issuing and using it.
    /// </summary>
    private async Task<string> AcceptedShortLivedTokenAsync()
    {
        var client = await shortLived.NationalClient;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var token = await shortLived.ClientTokenAsync(client);
            if ((await shortLived.CallApiAsync(token)).Status == HttpStatusCode.OK)
            {
                return token;
            }
        }

        throw new Xunit.Sdk.XunitException("The short-lived instance accepted none of five fresh tokens.");
    }

    /// <summary>Refused by the REST API (401, with one of the OpenIddict error ids if given) and by GraphQL (AUTH error, no data).</summary>
    private async Task AssertRefusedAsync(string token, params string[] errorIds)
    {
        var (status, error) = await silo.CallApiAsync(token);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        if (errorIds.Length > 0)
        {
            Assert.Contains(error, errorIds);
        }

        var graph = await silo.GraphQLAsync(token);
        Assert.True(!graph.TryGetProperty("data", out var data) || data.ValueKind == JsonValueKind.Null, graph.ToString());
        Assert.Equal("AUTH_NOT_AUTHORIZED", graph.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}

public sealed class SqliteTokensShould(SqliteOAuthSilo silo, SqliteShortLivedSilo shortLived)
    : TokensShould(silo.Silo, shortLived.Silo), IClassFixture<SqliteOAuthSilo>, IClassFixture<SqliteShortLivedSilo>;

/// <summary>The token tests on PostgreSQL, the service role neither superuser nor owner, row-level security on.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresTokensShould(PostgresOAuthSilo silo, PostgresShortLivedSilo shortLived)
    : TokensShould(silo.Silo, shortLived.Silo), IClassFixture<PostgresOAuthSilo>, IClassFixture<PostgresShortLivedSilo>;
