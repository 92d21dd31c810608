using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace OnePlusX.Silo.Tests.Accounts;

/// <summary>
/// White box: lifetime, audience and issuer checked one at a time. A forged signature would be refused for the
/// signature alone, so these tokens are signed with the silo's own private key (read from its database) and keep
/// the genuine token's claims, token id included; the unchanged re-signed token is accepted, so a refusal of the
/// edited one is due to the edited claim and nothing else.
/// </summary>
public abstract partial class TokensShould
{
    [Fact]
    public async Task AcceptAGenuineTokenResignedWithTheServersKey()
    {
        var (header, payload, key) = await ServerSignedAsync();
        using (key)
        {
            Assert.Equal(HttpStatusCode.OK, (await silo.CallApiAsync(Jwt.SignRs256(header, payload, key))).Status);
        }
    }

    [Theory]
    [InlineData("expired")]
    [InlineData("expired-long-ago")]
    [InlineData("not-yet-valid")]
    [InlineData("without-expiry")]
    [InlineData("other-audience")]
    [InlineData("without-audience")]
    [InlineData("other-issuer")]
    [InlineData("without-issuer")]
    public async Task RefuseATokenSignedWithTheServersKeyWithOneClaimWrong(string defect)
    {
        var (header, payload, key) = await ServerSignedAsync();
        using (key)
        {
            var now = Jwt.UnixNow;
            var edited = Jwt.Edited(payload, p =>
            {
                switch (defect)
                {
                    case "expired": (p["iat"], p["exp"]) = (now - 960, now - 60); break;
                    case "expired-long-ago": (p["iat"], p["exp"]) = (now - 86_400, now - 85_500); break;
                    case "not-yet-valid": p["nbf"] = now + 600; break;
                    case "without-expiry": p.Remove("exp"); break;
                    case "other-audience": p["aud"] = "other-api"; break;
                    case "without-audience": p.Remove("aud"); break;
                    case "other-issuer": p["iss"] = "http://issuer.example/"; break;
                    case "without-issuer": p.Remove("iss"); break;
                    default: throw new ArgumentOutOfRangeException(nameof(defect));
                }
            });

            Assert.Equal(HttpStatusCode.OK, (await silo.CallApiAsync(Jwt.SignRs256(header, payload, key))).Status);
            await AssertRefusedAsync(Jwt.SignRs256(header, edited, key));
        }
    }

    private async Task<(JsonObject Header, JsonObject Payload, RSA Key)> ServerSignedAsync()
    {
        var (header, payload, _) = Jwt.Read(await silo.ClientTokenAsync(await silo.NationalClient));
        return (header, payload, await Jwt.ServerSigningKeyAsync(silo.Storage, (string)header["kid"]!));
    }
}
