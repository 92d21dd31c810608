using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace OnePlusX.Silo.Accounts;

/// <summary>
/// Sign-in attempts per account name per minute, beside the per-address limit of the endpoint and Identity's
/// lockout: a guesser spreading attempts over many addresses is slowed per account, and names that do not exist
/// are limited the same way, so the limit reveals nothing.
/// </summary>
internal sealed class AccountSignInLimiter(IOptions<AuthOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(name =>
        RateLimitPartition.GetFixedWindowLimiter(name, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.SignInsPerMinutePerAccount,
            Window = TimeSpan.FromMinutes(1),
        }));

    public bool TryAcquire(string userName)
    {
        using var lease = _limiter.AttemptAcquire(userName.Trim().ToUpperInvariant());
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
