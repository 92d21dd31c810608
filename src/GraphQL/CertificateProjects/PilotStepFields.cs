using GraphQL;
using GraphQL.Types;
using OnePlusX.CertificateProjects;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.GraphQL.Policies;
using OnePlusX.Policies;
using OnePlusX.Security;
using OnePlusX.Tenancy;

namespace OnePlusX.GraphQL.CertificateProjects;

public sealed class PilotStepType : EnumerationGraphType<PilotStep>
{
    public PilotStepType()
    {
        Name = "PilotStep";
        Description = "A stage of the pilot year, in HB-PROC-1's order (试点工作环节).";
        Values["ANNUAL_PLAN"]!.Description = "The annual plan (年度计划).";
        Values["PROJECT_APPLICATION"]!.Description = "The project application (项目申报).";
        Values["STATION_APPLICATION"]!.Description = "The exam-station application (考核站点申请).";
        Values["COURSE_INTEGRATION"]!.Description = "Course-certificate integration and training (课证融通).";
        Values["REGISTRATION"]!.Description = "Selection and registration (遴选报名).";
        Values["EXAM_PLAN"]!.Description = "The exam plan and filing (考核计划).";
        Values["ISSUANCE"]!.Description = "Certificate issuance (证书颁发).";
        Values["ARCHIVE"]!.Description = "Summary and archive (总结归档).";
    }
}

public sealed class StepNotNeededType : ObjectGraphType<StepNotNeeded>
{
    public StepNotNeededType()
    {
        Name = "StepNotNeeded";
        Description = "A stage recorded as not applying to the project (无需环节), e.g. exams held at another college's station.";
        Field<NonNullGraphType<PilotStepType>>("step").Description("The stage (环节).").Resolve(c => c.Source.Step);
        Field(s => s.Reason).Description("Why (原因).");
        Field(s => s.Actor).Description("Who recorded it (记录人).");
        Field(s => s.At).Description("When (时间).");
    }
}

public sealed class PilotStepStatusType : ObjectGraphType<PilotStepStatus>
{
    public PilotStepStatusType()
    {
        Name = "PilotStepStatus";
        Description = "The stages a project has done or recorded as not needed, and whether the next may start (环节进度, HB-PROC-1).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PilotStepType>>>>("completed").Description("Stages done or not needed (已完成环节).").Resolve(c => c.Source.Completed);
        Field<NonNullGraphType<PilotStepType>>("next").Description("The stage asked about (待开始环节).").Resolve(c => c.Source.Next);
        Field<NonNullGraphType<PolicyDecisionType>>("decision").Description("The college policy's decision on it (政策判定).").Resolve(c => c.Source.Decision);
    }
}

/// <summary>The project's stages of the year: read where it stands, record a stage that does not apply.</summary>
public static class PilotStepFields
{
    public static void AddTo(CertificateProjectType project)
    {
        project.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StepNotNeededType>>>>("stepsNotNeeded")
            .Description("Stages recorded as not applying to this project (无需环节).")
            .Resolve(c => c.Source.Project.StepsNotNeeded);
        project.Field<PilotStepStatusType>("pilotSteps")
            .Description("Which stages are done and whether a stage may start under the college's policy (环节进度, HB-PROC-1).")
            .Argument<NonNullGraphType<PilotStepType>>("next", "The stage to ask about (待开始环节).")
            .ResolveAsync(async c =>
            {
                using var scope = Caller.Scope(c, c.Source.Tenant);
                var result = await Caller.Grains(c).GetGrain<ICertificateProjectGrain>(GrainKey.For(c.Source.Tenant, c.Source.Project.Key)).GetStepsAsync(c.GetArgument<PilotStep>("next"));
                return result.Succeeded ? result.Value : null;
            });
    }

    public static void AddMutations(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<ProjectPayloadType>>("recordPilotStepNotNeeded")
            .Description("Records that a stage does not apply to a project of the caller's own college (记录无需环节), e.g. its exams are held at another college's station; HB-PROC-1 then lets later stages start.")
            .Argument<NonNullGraphType<StringGraphType>>("projectKey", "The project (项目编号).")
            .Argument<NonNullGraphType<PilotStepType>>("step", "ANNUAL_PLAN, STATION_APPLICATION, COURSE_INTEGRATION or EXAM_PLAN (环节).")
            .Argument<NonNullGraphType<StringGraphType>>("reason", "Why it does not apply (原因).")
            .RequireRoles(Roles.CollegeAdministrator)
            .ResolveAsync(async c => await ProjectCommands.RunAsync(c, c.GetArgument<string>("projectKey"),
                grain => grain.RecordStepNotNeededAsync(new RecordStepNotNeeded(c.GetArgument<PilotStep>("step"), c.GetArgument<string>("reason")))));
}
