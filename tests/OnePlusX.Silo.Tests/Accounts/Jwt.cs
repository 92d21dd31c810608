using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OnePlusX.Silo.Accounts;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.Tests.Accounts;

/// <summary>Reads, edits and signs compact JWTs by hand, to forge tokens the way an attacker would.</summary>
public static class Jwt
{
    public static (JsonObject Header, JsonObject Payload, string Signature) Read(string token)
    {
        var parts = token.Split('.');
        Assert.Equal(3, parts.Length);
        return (Decode(parts[0]), Decode(parts[1]), parts[2]);
    }

    public static string Encode(JsonNode node) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(node.ToJsonString()));

    /// <summary>Header and payload with the given signature part (e.g. the original one, or none).</summary>
    public static string With(JsonObject header, JsonObject payload, string signature) => $"{Encode(header)}.{Encode(payload)}.{signature}";

    /// <summary>The token with its payload's JSON text edited, keeping the original header and signature as they were.</summary>
    public static string WithPayloadText(string token, Func<string, string> edit)
    {
        var parts = token.Split('.');
        var json = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1]));
        var edited = edit(json);
        Assert.NotEqual(json, edited);
        return $"{parts[0]}.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(edited))}.{parts[2]}";
    }

    public static string SignRs256(JsonObject header, JsonObject payload, RSA key)
    {
        var input = $"{Encode(header)}.{Encode(payload)}";
        return $"{input}.{Base64Url.EncodeToString(key.SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))}";
    }

    public static string SignHs256(JsonObject header, JsonObject payload, byte[] secret)
    {
        var input = $"{Encode(header)}.{Encode(payload)}";
        return $"{input}.{Base64Url.EncodeToString(HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(input)))}";
    }

    /// <summary>A deep copy with <paramref name="edit"/> applied.</summary>
    public static JsonObject Edited(JsonObject source, Action<JsonObject> edit)
    {
        var copy = source.DeepClone().AsObject();
        edit(copy);
        return copy;
    }

    public static long UnixNow => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    /// <summary>
    /// The silo's current private signing key, read from its database (opened as the product opens it: on
    /// PostgreSQL as the service role) and unprotected with its data-protection key ring exactly as
    /// <see cref="SigningKeys"/> does. Only a white-box test can have it: a token it signs differs
    /// from a genuine one in nothing but what the test changes, so each claim check can be tested alone.
    /// </summary>
    public static async Task<RSA> ServerSigningKeyAsync(StorageOptions storage, string keyId)
    {
        await using var database = new Database(storage);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDataProtection().SetApplicationName("OnePlusX");
        services.AddOptions<KeyManagementOptions>().Configure(o => o.XmlRepository = new DataProtectionKeys(database));
        using var provider = services.BuildServiceProvider();
        var keys = new SigningKeys(database, provider.GetRequiredService<IDataProtectionProvider>(), Options.Create(new AuthOptions()), TimeProvider.System, NullLogger<SigningKeys>.Instance);
        var key = keys.Current("signing").Single(k => k.KeyId == keyId);
        var copy = RSA.Create();
        copy.ImportParameters(key.Rsa.ExportParameters(includePrivateParameters: true));
        return copy;
    }

    private static JsonObject Decode(string part) => JsonNode.Parse(Base64Url.DecodeFromChars(part))!.AsObject();
}
