using System.Security.Claims;
using OnePlusX.CertificateProjects;
using OnePlusX.Colleges;
using OnePlusX.Security;
using OnePlusX.Silo.Api;
using OnePlusX.Silo.Grains.CertificateProjects;
using OnePlusX.Silo.ReferenceData;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.Forms;

/// <summary>
/// The Jilin attachments of a project of the caller's own college, as XLSX downloads:
/// <c>/api/projects/{project}/forms/{training-filing|teaching-fees}/{training}</c> (附件1, 附件3) and
/// <c>/api/projects/{project}/forms/{exam-filing|exam-fees}/{exam}</c> (附件2, 附件4). Fee tables are the stored ones,
/// with the parameters they were computed with; a form whose data does not exist yet is a 404 naming what is missing.
/// </summary>
internal static class FormEndpoints
{
    private static readonly string[] Readers = [Roles.CollegeAdministrator, Roles.SchoolOfficer, Roles.FinanceOfficer];

    public static void MapForms(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/projects/{project}/forms").RequireAuthorization(p => p.RequireRole(Readers));
        group.MapGet("/training-filing/{code}", (string project, string code, ClaimsPrincipal user, IGrainFactory grains, ReferenceCatalog reference) =>
            TrainingFormAsync(project, code, user, grains, reference, fees: false));
        group.MapGet("/teaching-fees/{code}", (string project, string code, ClaimsPrincipal user, IGrainFactory grains, ReferenceCatalog reference) =>
            TrainingFormAsync(project, code, user, grains, reference, fees: true));
        group.MapGet("/exam-filing/{code}", (string project, string code, ClaimsPrincipal user, IGrainFactory grains, ReferenceCatalog reference) =>
            ExamFormAsync(project, code, user, grains, reference, fees: false));
        group.MapGet("/exam-fees/{code}", (string project, string code, ClaimsPrincipal user, IGrainFactory grains, ReferenceCatalog reference) =>
            ExamFormAsync(project, code, user, grains, reference, fees: true));
    }

    private static async Task<IResult> TrainingFormAsync(string project, string code, ClaimsPrincipal user, IGrainFactory grains, ReferenceCatalog reference, bool fees)
    {
        var (context, problem) = await LoadAsync(project, user, grains, reference);
        if (context is null)
        {
            return problem!;
        }

        if (context.Project.Trainings.FirstOrDefault(t => t.Code == code) is not { } training)
        {
            return Problems.NotFound("code", $"Project {project} has no training '{code}'.");
        }

        if (!fees)
        {
            return Download(JilinForms.TrainingFilingFile(context.Header, training.ToFiling(context.Header.SchoolName, context.Header.CertificateName)));
        }

        return training.FeeTable is { } table
            ? Download(JilinForms.TeachingFeesFile(context.Header, table))
            : Problems.NotFound("code", $"Training '{code}' has no teaching-fee table yet; record its teaching first.");
    }

    private static async Task<IResult> ExamFormAsync(string project, string code, ClaimsPrincipal user, IGrainFactory grains, ReferenceCatalog reference, bool fees)
    {
        var (context, problem) = await LoadAsync(project, user, grains, reference);
        if (context is null)
        {
            return problem!;
        }

        if (context.Project.Exams.FirstOrDefault(e => e.Code == code) is not { } exam)
        {
            return Problems.NotFound("code", $"Project {project} has no exam '{code}'.");
        }

        var header = context.Header with { ExamMode = exam.Mode };
        if (!fees)
        {
            return Download(JilinForms.ExamFilingFile(header, exam.ToFiling()));
        }

        return exam.FeeTable is { } table
            ? Download(JilinForms.ExamFeesFile(header, table))
            : Problems.NotFound("code", $"Exam '{code}' has no work-fee table yet; compute its fees first.");
    }

    /// <summary>The project and the form header, read in the caller's own college; a problem when either is missing.</summary>
    private static async Task<(FormContext? Context, IResult? Problem)> LoadAsync(string project, ClaimsPrincipal user, IGrainFactory grains, ReferenceCatalog reference)
    {
        var scope = AccessScope.From(user);
        if (scope.Kind != ScopeKind.College || !TenantId.TryParse(scope.Tenant, out var tenant))
        {
            return (null, Problems.NotFound("project", "Forms are downloaded by the project's own college."));
        }

        if (project.Length is 0 or > 100 || project.Contains('/'))
        {
            return (null, Problems.Invalid("project", "Not a project key, e.g. WEB-FE-2-2025."));
        }

        using var call = CallScope.ForTenant(tenant.Value, scope.Actor, null, scope.Roles);
        var details = await grains.GetGrain<ICertificateProjectGrain>(GrainKey.For(tenant.Value, project)).GetAsync();
        var college = await grains.GetGrain<ICollegeGrain>(tenant.Value.Value).GetAsync();
        if (details is null || college is null)
        {
            return (null, Problems.NotFound("project", $"Your college has no project '{project}'."));
        }

        var header = new FormHeader(
            college.Name,
            college.Schools.FirstOrDefault(s => s.Code == details.SchoolCode)?.Name ?? details.SchoolCode,
            reference.Certificate(details.CertificateCode)?.Name ?? details.CertificateCode,
            details.Level switch { CertificateLevel.Elementary => "初级", CertificateLevel.Intermediate => "中级", _ => "高级" },
            details.Key,
            TrainingPolicyFacts.ChinaToday());
        return (new FormContext(details, header), null);
    }

    private static IResult Download(FormFile file) => Results.File(file.Content, file.ContentType, file.FileName);

    private sealed record FormContext(CertificateProjectDetails Project, FormHeader Header);
}
