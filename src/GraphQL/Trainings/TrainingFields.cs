using GraphQL;
using GraphQL.Types;
using OnePlusX.CertificateProjects;
using OnePlusX.GraphQL.CertificateProjects;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.Outcomes;

namespace OnePlusX.GraphQL.Trainings;

/// <summary>
/// Course integration, trainings and teaching-fee tables: fields on the project, and the mutations that plan and record
/// them in the caller's own college. The project grain applies the college's policy; these resolvers translate.
/// </summary>
public static class TrainingFields
{
    public static void AddTo(CertificateProjectType project)
    {
        var courses = project.Connection<CourseIntegrationType>("courses")
            .Description("Course-integration plans of the project (课证融通), in the order first planned.")
            .Bidirectional();
        EntryLists.Resolve(courses, (_, p) => p.Project.Courses.Select(course => new CourseNode(p.Tenant, p.Project.Key, course)).ToList());
        var trainings = project.Connection<TrainingType>("trainings")
            .Description("Trainings of the project (培训), in the order first planned.")
            .Bidirectional();
        EntryLists.Resolve(trainings, (_, p) => p.Project.Trainings.Select(training => new TrainingNode(p.Tenant, p.Project.Key, training)).ToList());
        project.Field<TrainingType>("training")
            .Description("One training of the project by code (培训); null if none.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The training's code (培训编号).")
            .Resolve(c => TrainingNode.Of(c.Source, c.GetArgument<string>("code")));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CoursePayloadType>>("integrateCourse")
            .Description("Plans or revises how the certificate enters a cohort's curriculum (课证融通), checked by the college's policy (JL-CUR-1, JL-CUR-2); an added or replacing course is then submitted with submitForApproval.")
            .Argument<NonNullGraphType<IntegrateCourseInputType>>("input", "The course, its mode, cohort, hours and dates (输入).")
            .RequireRoles(CertificateProjectFields.Officers)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ProjectInput<IntegrateCourse>>("input");
                var payload = await ProjectCommands.RunAsync(c, input.ProjectKey, grain => grain.IntegrateCourseAsync(input.Command));
                return new CoursePayload(CourseNode.Of(payload.Project, input.Command.Code), payload.Project, payload.Errors);
            });
        mutation.Field<NonNullGraphType<TrainingPayloadType>>("planTraining")
            .Description("Plans or revises a training with its filing (培训计划/备案, 附件1), checked by the college's policy (JL-CLS-1, JL-TCH-1, HB-TRN-1, JL-FORM-1); submit it with submitForApproval. Locked once approved.")
            .Argument<NonNullGraphType<PlanTrainingInputType>>("input", "The training, its dates, class, teachers and attachments (输入).")
            .RequireRoles(CertificateProjectFields.Officers)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ProjectInput<PlanTraining>>("input");
                return await RunAsync(c, input.ProjectKey, input.Command.Code, grain => grain.PlanTrainingAsync(input.Command));
            });
        mutation.Field<NonNullGraphType<TrainingPayloadType>>("recordTeaching")
            .Description("Records the teaching of an approved training and computes its teaching-fee table (附件3) with the parameters in force; the table keeps them (JL-PAY-1, NAT-TRN-2).")
            .Argument<NonNullGraphType<RecordTeachingInputType>>("input", "The training and each teacher's teaching (输入).")
            .RequireRoles(CertificateProjectFields.Officers)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ProjectInput<RecordTeaching>>("input");
                return await RunAsync(c, input.ProjectKey, input.Command.TrainingCode, grain => grain.RecordTeachingAsync(input.Command));
            });
    }

    private static async Task<TrainingPayload> RunAsync(IResolveFieldContext context, string projectKey, string code, Func<ICertificateProjectGrain, Task<CommandResult<CertificateProjectDetails>>> command)
    {
        var payload = await ProjectCommands.RunAsync(context, projectKey, command);
        return new TrainingPayload(TrainingNode.Of(payload.Project, code), payload.Project, payload.Errors);
    }
}

/// <summary>A course command's result: the changed course and project, or why nothing changed.</summary>
public sealed record CoursePayload(CourseNode? Course, ProjectNode? Project, IReadOnlyList<CommandError> Errors);

/// <summary>A training command's result: the changed training and project, or why nothing changed.</summary>
public sealed record TrainingPayload(TrainingNode? Training, ProjectNode? Project, IReadOnlyList<CommandError> Errors);

public sealed class CoursePayloadType : ObjectGraphType<CoursePayload>
{
    public CoursePayloadType()
    {
        Name = "CoursePayload";
        Description = "The changed course-integration plan, or why nothing changed (结果).";
        Field<CourseIntegrationType>("course").Description("The course, null when errors is not empty (课证融通).").Resolve(c => c.Source.Course);
        Field<CertificateProjectType>("project").Description("Its project, null when errors is not empty (证书项目).").Resolve(c => c.Source.Project);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterface>>>>("errors").Description("Why nothing changed; empty on success (错误).").Resolve(c => c.Source.Errors);
    }
}

public sealed class TrainingPayloadType : ObjectGraphType<TrainingPayload>
{
    public TrainingPayloadType()
    {
        Name = "TrainingPayload";
        Description = "The changed training, or why nothing changed (结果).";
        Field<TrainingType>("training").Description("The training, null when errors is not empty (培训).").Resolve(c => c.Source.Training);
        Field<CertificateProjectType>("project").Description("Its project, null when errors is not empty (证书项目).").Resolve(c => c.Source.Project);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterface>>>>("errors").Description("Why nothing changed; empty on success (错误).").Resolve(c => c.Source.Errors);
    }
}
