using System.Security.Claims;
using OnePlusX.CertificateProjects;
using OnePlusX.Outcomes;
using OnePlusX.Security;
using OnePlusX.Silo.Api;
using OnePlusX.Students;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.Rosters;

/// <summary>
/// <c>POST /api/projects/{project}/roster</c>: a student list as colleges keep it (XLSX or CSV; the file as the body,
/// or a multipart form field <c>file</c>) registers its students for a project of the caller's own college. Students
/// not yet enrolled are enrolled first when the row gives their major and cohort. The answer reports every line: its
/// roster errors, or its enrolment and registration outcome (who pays is decided by the college's policy, HB-SEL-1
/// for selection). A bad line never stops the good ones and is never half-applied.
/// </summary>
internal static class RosterEndpoints
{
    private static readonly string[] Officers = [Roles.CollegeAdministrator, Roles.SchoolOfficer];

    public static void MapRosters(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/projects/{project}/roster", ImportAsync)
            .RequireAuthorization(p => p.RequireRole(Officers))
            .DisableAntiforgery();

    private static async Task<IResult> ImportAsync(string project, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var scope = AccessScope.From(user);
        if (scope.Kind != ScopeKind.College || !TenantId.TryParse(scope.Tenant, out var parsed))
        {
            return Problems.NotFound("project", "Rosters are imported by the project's own college.");
        }

        if (project.Length is 0 or > 100 || project.Contains('/'))
        {
            return Problems.Invalid("project", "Not a project key, e.g. WEB-FE-2-2025.");
        }

        var tenant = parsed.Value;
        using var call = CallScope.ForTenant(tenant, scope.Actor, request.HttpContext.Connection.RemoteIpAddress?.ToString(), scope.Roles);
        var grain = grains.GetGrain<ICertificateProjectGrain>(GrainKey.For(tenant, project));
        if (await grain.GetAsync() is null)
        {
            return Problems.NotFound("project", "Your college has no such project.");
        }

        var roster = await ReadAsync(request, cancellationToken);
        if (roster.Errors.FirstOrDefault(e => e.Field == "file") is { } fileError)
        {
            return Problems.Invalid("file", fileError.Message);
        }

        var lines = roster.Errors.GroupBy(e => e.Line)
            .ToDictionary(g => g.Key, g => new RosterLine(g.Key, null, false, g.Select(e => new LineError(e.Field, "VALIDATION", e.Message)).ToList()));
        var candidates = new List<RosterRow>();
        foreach (var row in roster.Rows)
        {
            if (await EnrolIfNewAsync(grains, tenant, row) is { } error)
            {
                lines[row.Line] = new RosterLine(row.Line, row.StudentNumber, false, [error]);
            }
            else
            {
                candidates.Add(row);
            }
        }

        if (candidates.Count > 0)
        {
            var batch = await grain.RegisterCandidatesAsync(new RegisterCandidates(candidates.Select(r => new CandidateRow(r.StudentNumber, r.Selected, null)).ToList()));
            if (!batch.Succeeded)
            {
                // The project takes no row at all (not open, no exam price…): every line says why.
                foreach (var row in candidates)
                {
                    lines[row.Line] = new RosterLine(row.Line, row.StudentNumber, false, [Line(batch.Error)]);
                }
            }
            else
            {
                foreach (var outcome in batch.Value.Rows)
                {
                    var row = candidates[outcome.Row];
                    lines[row.Line] = new RosterLine(row.Line, row.StudentNumber, outcome.Applied, outcome.Errors.Select(Line).ToList());
                }
            }
        }

        var report = lines.Values.OrderBy(l => l.Line).ToList();
        return Results.Ok(new RosterReport(roster.Format.ToString(), report.Count(l => l.Registered), report.Count(l => !l.Registered), report));
    }

    /// <summary>Enrols a student the college does not know yet, when the line says enough; null when the student is ready.</summary>
    private static async Task<LineError?> EnrolIfNewAsync(IGrainFactory grains, TenantId tenant, RosterRow row)
    {
        var student = grains.GetGrain<IStudentGrain>(GrainKey.For(tenant, row.StudentNumber));
        if (await student.GetAsync() is not null)
        {
            return null;
        }

        if (row.MajorCode is null || row.Cohort is null)
        {
            return new LineError(row.MajorCode is null ? "majorCode" : "cohort", "VALIDATION", "The student is not enrolled; give the major code and cohort to enrol them.");
        }

        var enrolled = await student.EnrolAsync(new EnrolStudent(row.Name, row.MajorCode, row.Cohort.Value));
        return enrolled.Succeeded ? null : Line(enrolled.Error);
    }

    private static async Task<RosterImport> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            if (form.Files.GetFile("file") is not { } file)
            {
                return new RosterImport([], [new RosterError(0, "file", "The form has no 'file' field.")], RosterFormat.Unknown);
            }

            await using var stream = file.OpenReadStream();
            return await RosterReader.ReadAsync(stream, cancellationToken);
        }

        return await RosterReader.ReadAsync(request.Body, cancellationToken);
    }

    private static LineError Line(CommandError error) =>
        new(error.Field is { Length: > 0 } field ? char.ToLowerInvariant(field[0]) + field[1..] : null, error.Code, error.Message) { RuleIds = error.RuleIds };

    private sealed record RosterReport(string Format, int Registered, int Failed, IReadOnlyList<RosterLine> Lines);

    private sealed record RosterLine(int Line, string? StudentNumber, bool Registered, IReadOnlyList<LineError> Errors);

    private sealed record LineError(string? Field, string Code, string Message)
    {
        public IReadOnlyList<string> RuleIds { get; init; } = [];
    }
}
