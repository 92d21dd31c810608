using Microsoft.AspNetCore.Http.HttpResults;

namespace OnePlusX.Silo.Api;

/// <summary>
/// RFC 9457 problem responses that name the offending field. Typed, so an endpoint that declares its results (for
/// its OpenAPI description) returns them as they are.
/// </summary>
internal static class Problems
{
    public static ProblemHttpResult Invalid(string field, string detail) => Problem(StatusCodes.Status400BadRequest, "Invalid input", field, detail);

    public static ProblemHttpResult NotFound(string field, string detail) => Problem(StatusCodes.Status404NotFound, "Not found", field, detail);

    /// <summary>What was there is no more (an expired link, a removed file).</summary>
    public static ProblemHttpResult Gone(string field, string detail) => Problem(StatusCodes.Status410Gone, "Gone", field, detail);

    private static ProblemHttpResult Problem(int status, string title, string field, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title, extensions: new Dictionary<string, object?> { ["field"] = field });
}
