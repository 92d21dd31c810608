using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace OnePlusX.GraphQL.IssuedCertificates;

/// <summary>Public certificate verification's rate limit (<c>OnePlusX:Verification</c>).</summary>
public sealed class VerificationOptions
{
    /// <summary>Verifications per minute per client address, over REST and GraphQL together.</summary>
    public int PerMinutePerAddress { get; set; } = 20;
}

/// <summary>
/// One fixed-window limiter per client address for public verification (NAT-ISS-1), shared by the REST endpoint
/// (through the ASP.NET Core rate-limiting policy <see cref="PolicyName"/>) and the GraphQL field
/// <c>verifyCertificate</c> (each selection of the field takes one permit), so neither route adds to the other's
/// allowance. A request that names no number and holder takes no permit: it is refused without any lookup.
/// </summary>
public sealed class VerificationLimiter : IDisposable
{
    /// <summary>The name of the ASP.NET Core rate-limiting policy.</summary>
    public const string PolicyName = "verification";

    private readonly PartitionedRateLimiter<string> _limiter;

    public VerificationLimiter(IOptions<VerificationOptions> options)
    {
        var permits = Math.Max(1, options.Value.PerMinutePerAddress);
        _limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(
            address, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    /// <summary>The partition key of a request: its client address.</summary>
    public static string AddressOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>Takes one permit for an address; the lease says whether it was granted and, if not, when to retry.</summary>
    public RateLimitLease Acquire(string address) => _limiter.AttemptAcquire(address);

    /// <summary>Seconds until a refused caller may try again, for <c>Retry-After</c>.</summary>
    public static string RetryAfterSeconds(RateLimitLease lease) =>
        ((int)Math.Ceiling((lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1)).TotalSeconds))
            .ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The partition of a REST request under <see cref="PolicyName"/>: the shared per-address limiter, or no limit for
    /// a request that does not name both a number and a holder.
    /// </summary>
    public RateLimitPartition<string> PartitionFor(HttpContext context)
    {
        if (string.IsNullOrEmpty(context.Request.Query["number"]) || string.IsNullOrEmpty(context.Request.Query["name"]))
        {
            return RateLimitPartition.GetNoLimiter("no-lookup");
        }

        var address = AddressOf(context);
        return RateLimitPartition.Get(address, key => new SharedPartition(_limiter, key));
    }

    public void Dispose() => _limiter.Dispose();

    /// <summary>
    /// The rate-limiting middleware's view of one address's share of the shared limiter. The middleware disposes
    /// idle partitions; disposing this view leaves the shared limiter (and the address's count) alone.
    /// </summary>
    private sealed class SharedPartition(PartitionedRateLimiter<string> shared, string key) : RateLimiter
    {
        private long _lastUsed = Environment.TickCount64;

        public override TimeSpan? IdleDuration => TimeSpan.FromMilliseconds(Environment.TickCount64 - Interlocked.Read(ref _lastUsed));

        public override RateLimiterStatistics? GetStatistics() => shared.GetStatistics(key);

        protected override RateLimitLease AttemptAcquireCore(int permitCount)
        {
            Interlocked.Exchange(ref _lastUsed, Environment.TickCount64);
            return shared.AttemptAcquire(key, permitCount);
        }

        protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
        {
            Interlocked.Exchange(ref _lastUsed, Environment.TickCount64);
            return shared.AcquireAsync(key, permitCount, cancellationToken);
        }
    }
}
