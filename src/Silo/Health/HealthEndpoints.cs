using Dapper;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.Health;

/// <summary><c>/healthz</c>: the process is up. <c>/readyz</c>: this silo is an active cluster member and storage answers.</summary>
internal static class HealthEndpoints
{
    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Ok(new { status = "up" })).ExcludeFromDescription().AllowAnonymous();
        app.MapGet("/readyz", ReadyAsync).ExcludeFromDescription().AllowAnonymous();
    }

    private static async Task<IResult> ReadyAsync(
        ILocalSiloDetails silo, IClusterMembershipService membership, Database database, CancellationToken cancellationToken)
    {
        var member = membership.CurrentSnapshot.GetSiloStatus(silo.SiloAddress) == SiloStatus.Active;
        bool storage;
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            storage = await connection.ExecuteScalarAsync<int>("SELECT 1") == 1;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            storage = false;
        }

        var body = new { status = member && storage ? "ready" : "not-ready", clusterMember = member, storage };
        return member && storage ? Results.Ok(body) : Results.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
