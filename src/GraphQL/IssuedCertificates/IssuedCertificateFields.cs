using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.ReadModels;

namespace OnePlusX.GraphQL.IssuedCertificates;

/// <summary>
/// Issued certificates: platform-entry deadlines (NAT-ISS-1) for the college and its readers, and public
/// verification by number and holder name (anonymous, rate-limited per client address with the REST endpoint).
/// </summary>
public static class IssuedCertificateFields
{
    /// <summary>How far ahead a due-soon list looks by default, in working days.</summary>
    public const int DefaultWorkingDaysAhead = 3;

    /// <summary>The verification limiter, shared with the REST endpoint's rate-limiting policy.</summary>
    public static void AddServices(IServiceCollection services)
    {
        services.AddOptions<VerificationOptions>().BindConfiguration("OnePlusX:Verification");
        services.AddSingleton<VerificationLimiter>();
    }

    public static void AddQueries(ObjectGraphType query)
    {
        var deadlines = query.Connection<IssuedCertificateType>("certificatePlatformDeadlines")
            .Description("Issued certificates by national-platform entry status (证书平台录入期限, NAT-ISS-1) in the caller's scope, earliest due first: DUE_SOON and OVERDUE for what is still to enter, ENTERED for what is done.")
            .Argument<NonNullGraphType<PlatformDeadlineStatusType>>("status", "Which certificates (状态).")
            .Argument<IntGraphType>("withinWorkingDays", $"For DUE_SOON: due within this many working days of asOf, 0–60; {DefaultWorkingDaysAhead} when absent (工作日).")
            .Argument<DayGraphType>("asOf", "The day judged on; today in China when absent (基准日期).")
            .Argument<DeadlineOrderType>("order", "DUE_ASCENDING by default (排序).")
            .Bidirectional()
            .RequireRoles(Access.DataReaders);
        Paging.ResolveWith(deadlines, (c, offset, limit) =>
        {
            var ahead = c.GetArgument<int?>("withinWorkingDays") ?? DefaultWorkingDaysAhead;
            if (ahead is < 0 or > 60)
            {
                throw new ExecutionError("Argument 'withinWorkingDays' must be between 0 and 60.") { Code = "INVALID_ARGUMENT" };
            }

            var asOf = c.GetArgument<DateOnly?>("asOf") ?? ChinaDay.Today;
            if (asOf.Year is < 2019 or > 2100)
            {
                throw new ExecutionError("Argument 'asOf' must be a day of the pilot years (2019–2100).") { Code = "INVALID_ARGUMENT" };
            }

            var filter = new PlatformDeadlineFilter(c.GetArgument<PlatformDeadlineStatus>("status"), asOf, ahead)
            {
                NewestIssuedFirst = c.GetArgument("order", DeadlineOrder.DueAscending) == DeadlineOrder.IssuedDescending,
            };
            return c.RequestServices!.GetRequiredService<IIssuedCertificateQueries>().DeadlinesAsync(Caller.Access(c), filter, offset, limit, c.CancellationToken);
        });

        query.Field<CertificateVerificationType>("verifyCertificate")
            .Description("Public verification of a certificate (证书查询核验, NAT-ISS-1): its own fields when the number and the holder's name both match; null otherwise, alike for an unknown number and a wrong name. Anonymous, limited per client address together with GET /api/certificates/verify.")
            .Argument<NonNullGraphType<StringGraphType>>("number", "The certificate number (证书编号).")
            .Argument<NonNullGraphType<StringGraphType>>("holderName", "The holder's name as on the certificate (持证人姓名).")
            .AllowAnonymous()
            .ResolveAsync(async c =>
            {
                // Every selection of the field takes a permit of the caller's address. The gateway runs inside an
                // HTTP request; executed in-process without one (tests, benchmarks) there is no address to limit.
                var http = c.RequestServices!.GetService<IHttpContextAccessor>()?.HttpContext;
                if (http is not null)
                {
                    using var lease = c.RequestServices!.GetRequiredService<VerificationLimiter>().Acquire(VerificationLimiter.AddressOf(http));
                    if (!lease.IsAcquired)
                    {
                        var retryAfter = VerificationLimiter.RetryAfterSeconds(lease);
                        http.Response.Headers.RetryAfter = retryAfter;
                        throw new ExecutionError($"Too many verifications from your address; retry after {retryAfter} seconds.") { Code = "RATE_LIMITED" };
                    }
                }

                return await c.RequestServices!.GetRequiredService<IIssuedCertificateQueries>()
                    .VerifyAsync(c.GetArgument<string>("number"), c.GetArgument<string>("holderName"), c.CancellationToken);
            });
    }
}

/// <summary>Orders for the platform-deadline list.</summary>
public enum DeadlineOrder
{
    /// <summary>Earliest due first.</summary>
    DueAscending = 1,

    /// <summary>Most recently issued first.</summary>
    IssuedDescending = 2,
}

public sealed class DeadlineOrderType : EnumerationGraphType<DeadlineOrder>
{
    public DeadlineOrderType()
    {
        Name = "DeadlineOrder";
        Description = "How to order certificates by their platform deadline (排序).";
        Values["DUE_ASCENDING"]!.Description = "Earliest due first, the default (按截止日期).";
        Values["ISSUED_DESCENDING"]!.Description = "Most recently issued first (按发证日期倒序).";
    }
}
