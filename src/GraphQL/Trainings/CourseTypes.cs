using GraphQL.Types;
using OnePlusX.GraphQL.Approvals;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.GraphQL.Policies;
using OnePlusX.Policies;

namespace OnePlusX.GraphQL.Trainings;

public sealed class IntegrationModeType : EnumerationGraphType<IntegrationMode>
{
    public IntegrationModeType()
    {
        Name = "IntegrationMode";
        Description = "How a certificate enters the curriculum (课证融通方式).";
        Values["REPLACE_COURSE"]!.Description = "An X course replaces a course of the programme, filed first (替换课程).";
        Values["MERGE_INTO_COURSES"]!.Description = "Content merged into existing courses, course standard revised, no new course (融入课程).";
        Values["SEPARATE_COURSE"]!.Description = "A separate X course beside the course it stands in for (单独增设课程).";
    }
}

public sealed class CourseIntegrationType : ObjectGraphType<CourseNode>
{
    public CourseIntegrationType()
    {
        Name = "CourseIntegration";
        Description = "How the certificate enters one cohort's curriculum (课证融通), with the policy's decision (JL-CUR-1, JL-CUR-2).";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Code within the project (课程编号).").Resolve(c => c.Source.Course.Code);
        Field<NonNullGraphType<StringGraphType>>("courseName").Description("The X course (课程名称).").Resolve(c => c.Source.Course.CourseName);
        Field<NonNullGraphType<IntegrationModeType>>("mode").Description("Replace, merge or add a separate course (融通方式).").Resolve(c => c.Source.Course.Mode);
        Field<NonNullGraphType<IntGraphType>>("cohortYear").Description("The students' cohort (年级).").Resolve(c => c.Source.Course.CohortYear);
        Field<NonNullGraphType<DecimalGraphType>>("hours").Description("Class hours of the X course (学时).").Resolve(c => c.Source.Course.Hours);
        Field<NonNullGraphType<DecimalGraphType>>("replacedCourseHours").Description("Class hours of the course it stands in for (被替代课程学时).").Resolve(c => c.Source.Course.ReplacedCourseHours);
        Field<NonNullGraphType<DayGraphType>>("filedOn").Description("When it was filed with 教务处 (报批日期).").Resolve(c => c.Source.Course.FiledOn);
        Field<NonNullGraphType<DayGraphType>>("startsOn").Description("When the course starts (开课日期).").Resolve(c => c.Source.Course.StartsOn);
        Field<NonNullGraphType<PolicyDecisionType>>("decision").Description("The policy's decision when it was planned (政策判定).").Resolve(c => c.Source.Course.Decision);
        Field<NonNullGraphType<PolicyDeadlineType>>("filingDeadline").Description("The last day to file it with 教务处 (报批截止日, JL-CUR-2).").Resolve(c => c.Source.Course.FilingDeadline);
        Field<ApprovalItemType>("approval")
            .Description("Its approval as an added or replacing course (课程备案审批); null when merged into existing courses.")
            .Resolve(c => c.Source.Course.Approval is { } approval
                ? TrainingResolvers.Approval(c.Source.Tenant, c.Source.ProjectKey, c.Source.Course.Item, c.Source.Course.Title, approval)
                : null);
    }
}
