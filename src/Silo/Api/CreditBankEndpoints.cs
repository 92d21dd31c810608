using GraphQL;
using OnePlusX.Silo.Grains;
using System.ComponentModel;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OnePlusX.CreditBank;
using OnePlusX.Policies;
using OnePlusX.ReadModels;
using OnePlusX.Security;

namespace OnePlusX.Silo.Api;

/// <summary>
/// The credit-bank pull over plain HTTP (NAT-CB-1): <c>GET /api/credit-bank/changes?after=…&amp;limit=…</c> with a
/// bearer token, the same feed, cursor and authorization as GraphQL's <c>creditBankChanges</c>. Described by the
/// OpenAPI 3.1 document at <c>/api/openapi.json</c> (see <see cref="CreditBankOpenApi"/>).
/// </summary>
internal static class CreditBankEndpoints
{
    public const int DefaultLimit = 100;

    public static void MapCreditBank(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/credit-bank")
            .RequireAuthorization(p => p.RequireRole(CreditBankAccess.Pullers).RequireAssertion(c => CreditBankAccess.MayPull(c.User)))
            .WithTags("Credit bank");
        group.MapGet("/changes", ChangesAsync)
            .WithName("getCreditBankChanges")
            .WithSummary("Credit-record changes after a cursor (学分银行增量拉取, NAT-CB-1)")
            .WithDescription(
                "Changes of credit records in the caller's scope, in a stable order, after the cursor given (from the start without one). " +
                "Resume with endCursor (or any item's cursor): every change is returned exactly once, even while writes commit concurrently " +
                "and out of order. hasMore is false when the caller has caught up; pull again later with the same endCursor.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .Produces(StatusCodes.Status401Unauthorized)
            .Produces(StatusCodes.Status403Forbidden);
        app.MapCreditBankOpenApi();
    }

    private static async Task<Results<Ok<CreditBankChangesResponse>, ProblemHttpResult>> ChangesAsync(
        ClaimsPrincipal user,
        ICreditBankQueries credits,
        CancellationToken cancellationToken,
        [Description("The cursor to continue after: an endCursor or an item's cursor from an earlier page; absent to start from the beginning.")] string? after = null,
        [Description("At most this many changes, 1–1000; 100 when absent.")] string? limit = null)
    {
        var take = DefaultLimit;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out take) || take is < 1 or > ICreditBankQueries.MaxPage))
        {
            return Problems.Invalid("limit", $"limit must be a whole number from 1 to {ICreditBankQueries.MaxPage}.");
        }

        CreditBankCursor? cursor = null;
        if (after is not null)
        {
            if (!CreditBankCursor.TryParse(after, out var parsed))
            {
                return Problems.Invalid("after", "after is not a cursor of this feed: pass an endCursor or cursor from an earlier page unchanged, or leave it out to start from the beginning.");
            }

            cursor = parsed;
        }

        var page = await credits.ChangesAsync(AccessScope.From(user), cursor, take, cancellationToken);
        var today = ChinaDay.Today;
        return TypedResults.Ok(new CreditBankChangesResponse(
            page.Items.Select(i => new CreditBankChangeItem(i.Cursor, i.ChangedAt, CreditRecordBody.Of(i.Record, today))).ToList(),
            page.EndCursor,
            page.HasMore));
    }
}

/// <summary>A page of the credit-bank change feed.</summary>
/// <param name="Items">The changes, in feed order.</param>
/// <param name="EndCursor">The cursor to pass as <c>after</c> next: the last item's, or the one given when the page is empty (null only when nothing was given and nothing is there).</param>
/// <param name="HasMore">More changes were ready when the page was read; ask again at once.</param>
internal sealed record CreditBankChangesResponse(IReadOnlyList<CreditBankChangeItem> Items, string? EndCursor, bool HasMore);

/// <summary>One change: its cursor, when it was written, and the credit record as it stands when pulled (this change or a later one applied).</summary>
internal sealed record CreditBankChangeItem(string Cursor, DateTimeOffset ChangedAt, CreditRecordBody Record);

/// <summary>A credit record (学分记录) of one issued certificate (NAT-CB-1).</summary>
/// <param name="CertificateNumber">The certificate number, unique across the service.</param>
/// <param name="CollegeCode">The issuing college (its tenant code).</param>
/// <param name="ProjectKey">The project it was issued under.</param>
/// <param name="CertificateCode">The certificate of the national catalogue.</param>
/// <param name="Level">ELEMENTARY, INTERMEDIATE or ADVANCED.</param>
/// <param name="HolderName">The holder's name.</param>
/// <param name="StudentNumber">The holder's student number; null for an external candidate.</param>
/// <param name="IssuedOn">The issue day; the deadline counts from it.</param>
/// <param name="Credits">Credits the college's policy grants for the certificate.</param>
/// <param name="Category">NONE, COURSE_SUBSTITUTION, INNOVATION_PRACTICE, PUBLIC_ELECTIVE or CERTIFICATE_CREDIT.</param>
/// <param name="RuleIds">The rules that decided the credits.</param>
/// <param name="Explanation">Why, in Chinese and English.</param>
/// <param name="Due">The last day the credit-record proposal is on time: one month after issue.</param>
/// <param name="ProposedOn">When the college proposed it; null until then.</param>
/// <param name="Overdue">Proposed after the due day, or not proposed and the due day has passed (China's today, when pulled).</param>
/// <param name="Version">The project version that last changed the record.</param>
internal sealed record CreditRecordBody(
    string CertificateNumber,
    string CollegeCode,
    string ProjectKey,
    string CertificateCode,
    string Level,
    string HolderName,
    string? StudentNumber,
    DateOnly IssuedOn,
    decimal Credits,
    string Category,
    IReadOnlyList<string> RuleIds,
    ExplanationBody Explanation,
    DateOnly Due,
    DateOnly? ProposedOn,
    bool Overdue,
    int Version)
{
    public static CreditRecordBody Of(CreditBankRecord r, DateOnly today) => new(
        r.CertificateNumber, r.TenantId, r.ProjectKey, r.CertificateCode, r.Level.ToString().ToConstantCase(), r.HolderName, r.StudentNumber,
        r.IssuedOn, r.Credits, r.Category.ToString().ToConstantCase(), r.RuleIds, new ExplanationBody(r.Explanation.Chinese, r.Explanation.English),
        r.Due, r.ProposedOn, r.OverdueOn(today), r.Version);
}

/// <summary>A reason in both languages.</summary>
internal sealed record ExplanationBody(string Chinese, string English);
