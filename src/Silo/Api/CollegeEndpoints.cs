using OnePlusX.ReadModels;
using OnePlusX.Silo.ReadModels.Colleges;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.Api;

/// <summary>
/// Public college information from the read models: who the pilot colleges are, their schools, majors and stations.
/// Lists are paged (<c>offset</c>, <c>limit</c> ≤ 1000). Nothing about students is served here; that waits for sign-in.
/// </summary>
internal static class CollegeEndpoints
{
    private const int MaxLimit = 1000;

    public static void MapColleges(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/colleges");
        group.MapGet("/", async (ICollegeQueries colleges, CancellationToken ct, int offset = 0, int limit = 100) =>
            PageError(offset, limit) ?? Results.Ok(await colleges.ListAsync(new CollegeFilter(null, null, null), CollegeOrder.CodeAscending, offset, limit, ct)));
        group.MapGet("/{code}", async (string code, SqlCollegeQueries colleges, CancellationToken ct) =>
            CodeError(code)
            ?? (await colleges.GetAsync(code, ct) is { } college ? Results.Ok(college) : UnknownCollege(code)));
        group.MapGet("/{code}/exam-stations", async (string code, ICollegeQueries colleges, IExamStationQueries stations, CancellationToken ct, int offset = 0, int limit = 100) =>
            CodeError(code)
            ?? PageError(offset, limit)
            ?? ((await colleges.ByCodesAsync([code], ct)).Count == 0
                ? UnknownCollege(code)
                : Results.Ok(await stations.ListAsync(new ExamStationFilter(null, null, null, code), offset, limit, ct))));
    }

    private static IResult? CodeError(string code) =>
        TenantId.TryParse(code, out _) ? null : Problems.Invalid("code", "A college code is 2–16 upper-case letters or digits, starting with a letter.");

    private static IResult? PageError(int offset, int limit) =>
        offset < 0 ? Problems.Invalid("offset", "offset may not be negative.")
        : limit is < 1 or > MaxLimit ? Problems.Invalid("limit", $"limit must be between 1 and {MaxLimit}.")
        : null;

    private static IResult UnknownCollege(string code) => Problems.NotFound("code", $"No college has the code '{code}'.");
}
