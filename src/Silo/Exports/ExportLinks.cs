using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using OnePlusX.Exports;

namespace OnePlusX.Silo.Exports;

/// <summary>How a download link checks out.</summary>
internal enum LinkCheck
{
    /// <summary>Issued by the service for this job and owner, and not expired.</summary>
    Valid,

    /// <summary>Its time has passed: the owner asks <c>exportJob</c> for a new link.</summary>
    Expired,

    /// <summary>Not a link the service issued for this job and owner.</summary>
    Invalid,
}

/// <summary>
/// Download links that expire (NAT-MON-1). The token is ASP.NET Core Data Protection's time-limited protection of
/// the job id and its owner, with the key ring every silo shares: it cannot be forged or moved to another job, and it
/// stops unprotecting at its expiry. The link repeats the expiry in clear (<c>expires</c>, Unix seconds) only to tell
/// an expired link (410) from a wrong one (404); the token alone decides whether the file is served. The link is not
/// a bearer of access: the download also requires the owner's own sign-in or token.
/// </summary>
internal sealed class ExportLinks(IDataProtectionProvider protection, IOptions<ExportOptions> options, TimeProvider time)
{
    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector("OnePlusX.Exports.Download.v1").ToTimeLimitedDataProtector();

    public ExportDownload Create(Guid job, string owner)
    {
        var expires = time.GetUtcNow() + options.Value.LinkLifetime;
        expires = DateTimeOffset.FromUnixTimeSeconds(expires.ToUnixTimeSeconds()); // whole seconds, as the link says
        var token = _protector.Protect(Payload(job, owner), expires);
        return new ExportDownload($"/api/exports/{job:N}/download?expires={expires.ToUnixTimeSeconds()}&token={Uri.EscapeDataString(token)}", expires);
    }

    public LinkCheck Check(Guid job, string owner, string token, long? expires)
    {
        try
        {
            return _protector.Unprotect(token, out _) == Payload(job, owner) ? LinkCheck.Valid : LinkCheck.Invalid;
        }
        catch (CryptographicException)
        {
            return expires is { } seconds && seconds <= time.GetUtcNow().ToUnixTimeSeconds() ? LinkCheck.Expired : LinkCheck.Invalid;
        }
        catch (FormatException)
        {
            return LinkCheck.Invalid;
        }
    }

    private static string Payload(Guid job, string owner) => $"{job:N}|{owner}";
}
