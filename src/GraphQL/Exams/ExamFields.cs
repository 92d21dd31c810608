using GraphQL;
using GraphQL.Types;
using OnePlusX.CertificateProjects;
using OnePlusX.GraphQL.CertificateProjects;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.Outcomes;
using OnePlusX.Tenancy;

namespace OnePlusX.GraphQL.Exams;

/// <summary>Exams on the project type, and the exam mutations; the project grain and the college's policy decide.</summary>
public static class ExamFields
{
    public static void AddTo(CertificateProjectType project)
    {
        var exams = project.Connection<ExamType>("exams")
            .Description("The project's exams, in the order they were planned (考核).")
            .Bidirectional();
        EntryLists.Resolve(exams, (_, p) => p.Project.Exams.Select(e => new ExamNode(p.Tenant, p.Project, e)).ToList());
        project.Field<ExamType>("exam")
            .Description("One exam by code, or null (考核).")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The exam's code (考核编号).")
            .Resolve(c => c.Source.Project.Exams.FirstOrDefault(e => e.Code == c.GetArgument<string>("code")) is { } exam
                ? new ExamNode(c.Source.Tenant, c.Source.Project, exam)
                : null);
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ExamPayloadType>>("planExam")
            .Description("Plans an exam of a project in the caller's own college, or revises it while editable (考核方案), checked by the college's policy (JL-PAY-2, JL-PAY-3, JL-PAY-4, XM-SCH-1); submit it with submitForApproval once its filing (附件2) is complete.")
            .Argument<NonNullGraphType<PlanExamInputType>>("input", "The exam's date, mode, sittings, workers and costs (输入).")
            .RequireRoles(CertificateProjectFields.Officers)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<PlanExamInput>("input");
                return await RunAsync(c, input.ProjectKey, input.Command.Code, grain => grain.PlanExamAsync(input.Command));
            });
        mutation.Field<NonNullGraphType<ExamPayloadType>>("computeExamFees")
            .Description("Computes an approved exam's work-fee table (考务费表, 附件4; JL-PAY-2..4, XM-PAY-2) and keeps it with the parameters it used; asking again returns the kept table unless recompute is true.")
            .Argument<NonNullGraphType<ComputeExamFeesInputType>>("input", "The project and the exam (输入).")
            .RequireRoles(CertificateProjectFields.Officers)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ComputeExamFeesInput>("input");
                return await RunAsync(c, input.ProjectKey, input.Command.ExamCode, grain => grain.ComputeExamFeesAsync(input.Command));
            });
    }

    private static async Task<ExamPayload> RunAsync(IResolveFieldContext context, string projectKey, string examCode, Func<ICertificateProjectGrain, Task<CommandResult<CertificateProjectDetails>>> command)
    {
        if (!GrainKey.IsValidLocalKey(projectKey))
        {
            return new ExamPayload(null, [CommandError.Invalid("projectKey", $"'{projectKey}' is not a project key.")]);
        }

        var payload = await ProjectCommands.RunAsync(context, projectKey, command);
        if (payload.Project is not { } project)
        {
            return new ExamPayload(null, payload.Errors);
        }

        var exam = project.Project.Exams.FirstOrDefault(e => e.Code == examCode);
        return exam is null
            ? new ExamPayload(null, [CommandError.NotFound($"Exam {examCode}")])
            : new ExamPayload(new ExamNode(project.Tenant, project.Project, exam), []);
    }
}

/// <summary>An exam command's result: the exam as it now stands, or why nothing changed.</summary>
public sealed record ExamPayload(ExamNode? Exam, IReadOnlyList<CommandError> Errors);

public sealed class ExamPayloadType : ObjectGraphType<ExamPayload>
{
    public ExamPayloadType()
    {
        Name = "ExamPayload";
        Description = "The exam as it now stands, or why nothing changed (结果).";
        Field<ExamType>("exam").Description("The exam, null when errors is not empty (考核).").Resolve(c => c.Source.Exam);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterface>>>>("errors").Description("Why nothing changed; empty on success (错误).").Resolve(c => c.Source.Errors);
    }
}
