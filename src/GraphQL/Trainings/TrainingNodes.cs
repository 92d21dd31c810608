using GraphQL;
using GraphQL.Builders;
using GraphQL.Resolvers;
using OnePlusX.Approvals;
using OnePlusX.CertificateProjects;
using OnePlusX.GraphQL.Approvals;
using OnePlusX.GraphQL.CertificateProjects;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.Policies;
using OnePlusX.ReadModels;
using OnePlusX.Tenancy;

namespace OnePlusX.GraphQL.Trainings;

/// <summary>A training with the project and college it belongs to, as the gateway shows it.</summary>
public sealed record TrainingNode(TenantId Tenant, string ProjectKey, Training Training)
{
    /// <summary>The global id's key: <c>{college}/{project}/{training}</c>.</summary>
    public string Key => $"{Tenant.Value}/{ProjectKey}/{Training.Code}";

    /// <summary>The training named <paramref name="code"/> in a project the caller may see, or null.</summary>
    public static TrainingNode? Of(ProjectNode? project, string code) =>
        project?.Project.Trainings.FirstOrDefault(t => t.Code == code) is { } training ? new(project.Tenant, project.Project.Key, training) : null;

    /// <summary>The training a global id's key names, for a caller allowed to see its project; otherwise null.</summary>
    public static async Task<TrainingNode?> FindAsync(IResolveFieldContext context, string key) =>
        key.Split('/') is [var tenant, var projectKey, var code] && TenantId.TryParse(tenant, out var parsed)
            ? Of(await ProjectNodes.LoadAsync(context, parsed.Value, projectKey), code)
            : null;
}

/// <summary>A course-integration plan with the project and college it belongs to.</summary>
public sealed record CourseNode(TenantId Tenant, string ProjectKey, CourseIntegration Course)
{
    /// <summary>The course named <paramref name="code"/> in a project, or null.</summary>
    public static CourseNode? Of(ProjectNode? project, string code) =>
        project?.Project.Courses.FirstOrDefault(c => c.Code == code) is { } course ? new(project.Tenant, project.Project.Key, course) : null;
}

/// <summary>What training and course fields resolve through: the owning grain, approval records, in-memory connections.</summary>
internal static class TrainingResolvers
{
    /// <summary>The policy's current decision on a training (JL-CLS-1, JL-TCH-1, HB-TRN-1, filing), from its project grain.</summary>
    public static async Task<PolicyDecision?> CheckAsync(IResolveFieldContext context, TrainingNode node)
    {
        using var scope = Caller.Scope(context, node.Tenant);
        var result = await Caller.Grains(context).GetGrain<ICertificateProjectGrain>(GrainKey.For(node.Tenant, node.ProjectKey)).CheckTrainingAsync(node.Training.Code);
        return result.Succeeded ? result.Value : null;
    }

    /// <summary>An item's approval as approvers' lists show it (its id is what submitForApproval and review take).</summary>
    public static ApprovalRecord Approval(TenantId tenant, string projectKey, string item, string title, Approval approval) =>
        ApprovalTargets.ToRecord(ApprovalTarget.Project, tenant, projectKey, new ApprovalItem(item, title, approval));
}
