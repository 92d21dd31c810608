using System.Security.Claims;
using OnePlusX.ReadModels;
using OnePlusX.Security;
using OnePlusX.Silo.ReadModels.Colleges;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.Api;

/// <summary>
/// College information from the read models for signed-in readers, each within its scope: who the pilot colleges
/// are, their schools, majors and stations. Lists are paged (<c>offset</c>, <c>limit</c> ≤ 1000).
/// </summary>
internal static class CollegeEndpoints
{
    private const int MaxLimit = 1000;

    public static void MapColleges(this IEndpointRouteBuilder app)
    {
        // Signed-in readers only; each sees its own scope, and a college outside it answers like one that does not exist.
        var group = app.MapGroup("/api/colleges").RequireAuthorization(p => p.RequireRole(Roles.DataReaders));
        group.MapGet("/", async (ClaimsPrincipal user, ICollegeQueries colleges, CancellationToken ct, int offset = 0, int limit = 100) =>
            PageError(offset, limit) ?? Results.Ok(await colleges.ListAsync(AccessScope.From(user), new CollegeFilter(null, null, null), CollegeOrder.CodeAscending, offset, limit, ct)));
        group.MapGet("/{code}", async (string code, ClaimsPrincipal user, SqlCollegeQueries colleges, CancellationToken ct) =>
            CodeError(code)
            ?? (await colleges.GetAsync(AccessScope.From(user), code, ct) is { } college ? Results.Ok(college) : UnknownCollege(code)));
        group.MapGet("/{code}/exam-stations", async (string code, ClaimsPrincipal user, ICollegeQueries colleges, IExamStationQueries stations, CancellationToken ct, int offset = 0, int limit = 100) =>
            CodeError(code)
            ?? PageError(offset, limit)
            ?? ((await colleges.ByCodesAsync(AccessScope.From(user), [code], ct)).Count == 0
                ? UnknownCollege(code)
                : Results.Ok(await stations.ListAsync(AccessScope.From(user), new ExamStationFilter(null, null, null, code), offset, limit, ct))));
    }

    private static IResult? CodeError(string code) =>
        TenantId.TryParse(code, out _) ? null : Problems.Invalid("code", "A college code is 2–16 upper-case letters or digits, starting with a letter.");

    private static IResult? PageError(int offset, int limit) =>
        offset < 0 ? Problems.Invalid("offset", "offset may not be negative.")
        : limit is < 1 or > MaxLimit ? Problems.Invalid("limit", $"limit must be between 1 and {MaxLimit}.")
        : null;

    private static IResult UnknownCollege(string code) => Problems.NotFound("code", $"No college has the code '{code}'.");
}
