namespace OnePlusX.Silo.Api;

/// <summary>RFC 9457 problem responses that name the offending field.</summary>
internal static class Problems
{
    public static IResult Invalid(string field, string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid input",
            extensions: new Dictionary<string, object?> { ["field"] = field });

    public static IResult NotFound(string field, string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found",
            extensions: new Dictionary<string, object?> { ["field"] = field });
}
