using System.Security.Cryptography;
using Dapper;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.Accounts;

/// <summary>
/// OAuth signing and encryption keys, persisted so every silo and every restart uses the same ones (never
/// development certificates). A new key is made when the newest is older than the rotation period; older signing
/// keys stay published in the JWKS until the tokens they signed have expired, then they are no longer loaded.
/// Private keys are stored protected by the data-protection key ring.
/// </summary>
internal sealed class SigningKeys(Database database, IDataProtectionProvider protection, IOptions<AuthOptions> options, TimeProvider time, ILogger<SigningKeys> logger)
{
    private readonly IDataProtector _protector = protection.CreateProtector("OnePlusX.Accounts.SigningKeys");

    /// <summary>The keys in use for a purpose, newest first; makes one first when none is current.</summary>
    public IReadOnlyList<RsaSecurityKey> Current(string purpose)
    {
        using var connection = database.OpenAsync().GetAwaiter().GetResult();
        var now = time.GetUtcNow();
        var rows = Load(connection, purpose, now);
        if (rows.Count == 0 || now - DateTimeOffset.FromUnixTimeMilliseconds(rows[0].CreatedAtMs) >= options.Value.SigningKeyRotation)
        {
            Create(connection, purpose, now);
            rows = Load(connection, purpose, now);
        }

        return rows.Select(Unprotect).ToList();
    }

    /// <summary>True when the newest key of either purpose is due for rotation.</summary>
    public bool RotationDue()
    {
        using var connection = database.OpenAsync().GetAwaiter().GetResult();
        var now = time.GetUtcNow();
        return new[] { "signing", "encryption" }.Any(purpose =>
            Load(connection, purpose, now) is not [var newest, ..] || now - DateTimeOffset.FromUnixTimeMilliseconds(newest.CreatedAtMs) >= options.Value.SigningKeyRotation);
    }

    private static List<Row> Load(System.Data.Common.DbConnection connection, string purpose, DateTimeOffset now) =>
        connection.Query<Row>(
            "SELECT id AS Id, created_at_ms AS CreatedAtMs, protected_key AS ProtectedKey FROM signing_keys WHERE purpose = @purpose AND retire_after_ms > @now ORDER BY created_at_ms DESC",
            new { purpose, now = now.ToUnixTimeMilliseconds() }).ToList();

    private void Create(System.Data.Common.DbConnection connection, string purpose, DateTimeOffset now)
    {
        using var rsa = RSA.Create(3072);
        var id = $"{purpose[..3]}-{now:yyyyMMdd}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant()}";

        // Published (and usable for decryption) for one rotation period after its successor appears, which
        // outlives every token it signed.
        var retire = now + (2 * options.Value.SigningKeyRotation) + options.Value.RefreshTokenLifetime;
        connection.Execute(
            "INSERT INTO signing_keys (id, purpose, created_at_ms, retire_after_ms, protected_key) VALUES (@id, @purpose, @created, @retire, @key)",
            new { id, purpose, created = now.ToUnixTimeMilliseconds(), retire = retire.ToUnixTimeMilliseconds(), key = _protector.Protect(Convert.ToBase64String(rsa.ExportPkcs8PrivateKey())) });
        logger.LogInformation("Created {Purpose} key {Id}", purpose, id);
    }

    private RsaSecurityKey Unprotect(Row row)
    {
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(_protector.Unprotect(row.ProtectedKey)), out _);
        return new RsaSecurityKey(rsa) { KeyId = row.Id };
    }

    private sealed class Row
    {
        public string Id { get; init; } = "";
        public long CreatedAtMs { get; init; }
        public string ProtectedKey { get; init; } = "";
    }
}
