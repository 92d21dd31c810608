using System.Security.Claims;
using OnePlusX.Exports;
using OnePlusX.Security;
using OnePlusX.Silo.Api;

namespace OnePlusX.Silo.Exports;

/// <summary>
/// <c>GET /api/exports/{id}/download?expires=…&amp;token=…</c>: a finished monitoring export's file (NAT-MON-1), for the
/// job's owner only. The caller must be signed in (cookie or bearer token) with a role that exports, in the scope that
/// started the job; the link must be one the service issued for that job and owner. Unknown and foreign jobs and wrong
/// links are 404, an expired link or a removed file 410. The file is streamed from disk (with ranges, for resuming).
/// </summary>
internal static class ExportEndpoints
{
    public static void MapExports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/exports").RequireAuthorization(p => p.RequireRole(ExportAccess.Exporters).RequireAssertion(c => ExportAccess.MayExport(c.User)));
        group.MapGet("/{id}/download", DownloadAsync);
    }

    private static async Task<IResult> DownloadAsync(
        string id, string? token, long? expires, HttpContext http, ClaimsPrincipal user, ExportJobStore store, ExportLinks links, CancellationToken cancellationToken)
    {
        var scope = AccessScope.From(user);
        var stored = scope.Kind == ScopeKind.National && Guid.TryParseExact(id, "N", out var job) ? await store.GetAsync(scope, job, cancellationToken) : null;
        if (stored is null)
        {
            return Problems.NotFound("id", "You have no export with this id.");
        }

        if (string.IsNullOrEmpty(token))
        {
            return Problems.Invalid("token", "The download link's token is missing; take the whole link from exportJob { download { url } }.");
        }

        switch (links.Check(stored.Job.Id, stored.Owner, token, expires))
        {
            case LinkCheck.Expired:
                return Problems.Gone("token", "The download link has expired; ask exportJob for a new one.");
            case LinkCheck.Invalid:
                return Problems.NotFound("token", "This is not a download link of your export; take the link from exportJob { download { url } }.");
        }

        if (stored.Job.Status == ExportJobStatus.Expired || stored.FilePath is not { } path || !File.Exists(path))
        {
            return Problems.Gone("id", "The export's file has been removed; start the export again.");
        }

        http.Response.Headers.CacheControl = "no-store";
        return Results.File(path, ExportRunner.ContentType(stored.Job.Format), stored.Job.FileName, enableRangeProcessing: true);
    }
}
