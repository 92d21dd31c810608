namespace OnePlusX.Silo.Accounts;

/// <summary>Sign-in and OAuth settings (<c>OnePlusX:Auth</c>).</summary>
public sealed class AuthOptions
{
    /// <summary>
    /// The issuer of access tokens, exactly as clients see it (e.g. https://oneplusx.example/). Validation accepts
    /// only this issuer. Required in production (PostgreSQL without AllowHttp); unset on the embedded default, the
    /// request's own scheme and host is used, which is only sound for one local address.
    /// </summary>
    public Uri? Issuer { get; set; }

    /// <summary>The audience every access token carries and the API requires.</summary>
    public string Audience { get; set; } = "oneplusx-api";

    /// <summary>
    /// Allow plain HTTP for OAuth endpoints and cookies. Unset: allowed for the embedded default (SQLite, a
    /// developer's machine), refused with PostgreSQL (production serves HTTPS; a proxy must forward the scheme).
    /// </summary>
    public bool? AllowHttp { get; set; }

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>A new signing key is made when the newest is this old; older keys stay published until retired.</summary>
    public TimeSpan SigningKeyRotation { get; set; } = TimeSpan.FromDays(90);

    /// <summary>
    /// A PKCS#12 certificate that encrypts the data-protection key ring at rest (production); without it the ring is
    /// protected only by the database's own access control.
    /// </summary>
    public string? KeyRingCertificatePath { get; set; }

    public string? KeyRingCertificatePassword { get; set; }

    /// <summary>Failed sign-ins before an account is locked, and for how long.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Sign-in attempts per minute from one address, and for one account name, before 429.</summary>
    public int SignInsPerMinutePerAddress { get; set; } = 20;

    public int SignInsPerMinutePerAccount { get; set; } = 10;

    /// <summary>Token requests per minute from one address (client secrets are guessable too).</summary>
    public int TokenRequestsPerMinutePerAddress { get; set; } = 60;
}
