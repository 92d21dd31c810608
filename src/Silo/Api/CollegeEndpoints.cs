using OnePlusX.Silo.ReadModels.Colleges;
using OnePlusX.Silo.ReadModels.ExamStations;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.Api;

/// <summary>
/// Public college information from the read models: who the pilot colleges are, their schools, majors and stations.
/// Nothing about students is served here; that waits for sign-in (accounts issue).
/// </summary>
internal static class CollegeEndpoints
{
    public static void MapColleges(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/colleges");
        group.MapGet("/", (SqlCollegeQueries colleges, CancellationToken ct) => colleges.ListAsync(ct));
        group.MapGet("/{code}", async (string code, SqlCollegeQueries colleges, CancellationToken ct) =>
            !TenantId.TryParse(code, out _)
                ? Problems.Invalid("code", "A college code is 2–16 upper-case letters or digits, starting with a letter.")
                : await colleges.GetAsync(code, ct) is { } college
                    ? Results.Ok(college)
                    : Problems.NotFound("code", $"No college has the code '{code}'."));
        group.MapGet("/{code}/exam-stations", async (string code, SqlCollegeQueries colleges, SqlExamStationQueries stations, CancellationToken ct) =>
            !TenantId.TryParse(code, out _)
                ? Problems.Invalid("code", "A college code is 2–16 upper-case letters or digits, starting with a letter.")
                : await colleges.GetAsync(code, ct) is null
                    ? Problems.NotFound("code", $"No college has the code '{code}'.")
                    : Results.Ok(await stations.ListForTenantAsync(code, ct)));
    }
}
