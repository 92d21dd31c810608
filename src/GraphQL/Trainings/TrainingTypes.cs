using GraphQL.Types;
using OnePlusX.CertificateProjects;
using OnePlusX.GraphQL.Approvals;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.GraphQL.FeeTables;
using OnePlusX.GraphQL.Policies;
using OnePlusX.Security;

namespace OnePlusX.GraphQL.Trainings;

/// <summary>培训.</summary>
public sealed class TrainingType : NodeType<TrainingNode>
{
    public const string TypeName = "Training";

    /// <summary>Who sees teachers' pay: the offices that run and pay trainings.</summary>
    public static readonly string[] FeeReaders = [Roles.SchoolOfficer, Roles.CollegeAdministrator, Roles.FinanceOfficer];

    public TrainingType()
        : base(TypeName, "A training class for a certificate (培训 / 集中培训) with its filing (培训备案表, 附件1), approval and teaching-fee table (附件3).", t => t.Key)
    {
        Field<NonNullGraphType<StringGraphType>>("code").Description("Code within the project (培训编号).").Resolve(c => c.Source.Training.Code);
        Field<NonNullGraphType<StringGraphType>>("projectKey").Description("The project it belongs to (所属项目).").Resolve(c => c.Source.ProjectKey);
        Field<NonNullGraphType<StringGraphType>>("course").Description("The training course (培训课程).").Resolve(c => c.Source.Training.Course);
        Field<StringGraphType>("majorCode").Description("The major trained (培训专业代码).").Resolve(c => c.Source.Training.MajorCode);
        Field<StringGraphType>("majorName").Description("The major's name (培训专业).").Resolve(c => c.Source.Training.MajorName);
        Field<NonNullGraphType<DecimalGraphType>>("hours").Description("Class hours (培训学时).").Resolve(c => c.Source.Training.Hours);
        Field<NonNullGraphType<DayGraphType>>("startsOn").Description("First day (开始日期).").Resolve(c => c.Source.Training.StartsOn);
        Field<NonNullGraphType<DayGraphType>>("endsOn").Description("Last day (结束日期).").Resolve(c => c.Source.Training.EndsOn);
        Field<NonNullGraphType<IntGraphType>>("headcount").Description("Students in the class (培训人数).").Resolve(c => c.Source.Training.Headcount);
        Field<StringGraphType>("place").Description("Where (培训地点).").Resolve(c => c.Source.Training.Place);
        Field<NonNullGraphType<BooleanGraphType>>("concentrated").Description("A concentrated training outside the integrated courses (集中培训).").Resolve(c => c.Source.Training.Concentrated);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlannedTeacherType>>>>("teachers").Description("Who teaches (培训教师).").Resolve(c => c.Source.Training.Teachers);
        Field<NonNullGraphType<BooleanGraphType>>("timetableAttached").Description("The 1+X timetable is attached (1+X课表).").Resolve(c => c.Source.Training.TimetableAttached);
        Field<NonNullGraphType<BooleanGraphType>>("courseStandardAttached").Description("The training course standard is attached (培训课程标准).").Resolve(c => c.Source.Training.CourseStandardAttached);
        Field<PolicyDecisionType>("check")
            .Description("The college policy's current decision: class size (JL-CLS-1), teachers' qualifications (JL-TCH-1), plan approved before it starts (HB-TRN-1), filing complete (JL-FORM-1) (政策检查).")
            .ResolveAsync(async c => await TrainingResolvers.CheckAsync(c, c.Source));
        Field<NonNullGraphType<ApprovalItemType>>("approval")
            .Description("The plan's approval (培训计划审批); its id is what submitForApproval and review take, a rejection's reason shows here.")
            .Resolve(c => TrainingResolvers.Approval(c.Source.Tenant, c.Source.ProjectKey, c.Source.Training.Item, c.Source.Training.Title, c.Source.Training.Approval));
        Field<DayGraphType>("planApprovedOn").Description("The day its plan was approved, China time (计划批准日期).").Resolve(c => c.Source.Training.PlanApprovedOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaughtAssignmentType>>>>("teaching").Description("The teaching recorded, empty until recorded (授课记录).").Resolve(c => c.Source.Training.Teaching);
        Field<FeeTableType>("feeTable")
            .Description("The teaching-fee table (课程教学工作费用表, 附件3) as computed, with its parameters; null until teaching is recorded.")
            .RequireRoles(FeeReaders)
            .Resolve(c => c.Source.Training.FeeTable);
    }
}

public sealed class PlannedTeacherType : ObjectGraphType<PlannedTeacher>
{
    public PlannedTeacherType()
    {
        Name = "TrainingTeacher";
        Description = "A teacher on a training plan (培训教师).";
        Field(t => t.Name).Description("Name (姓名).");
        Field(t => t.Title, nullable: true).Description("Title or post (职称/职务).");
        Field(t => t.Task, nullable: true).Description("Task in the training (承担任务).");
        Field(t => t.HoldsQualification).Description("Holds the evaluation organisation's qualification certificate (培训资格证书).");
    }
}

public sealed class TaughtDayType : ObjectGraphType<TaughtDay>
{
    public TaughtDayType()
    {
        Name = "TeachingDay";
        Description = "A day of teaching and its class hours (授课日).";
        Field(d => d.Date).Description("The day (日期).");
        Field(d => d.Hours).Description("Class hours (学时).");
    }
}

public sealed class TaughtAssignmentType : ObjectGraphType<TaughtAssignment>
{
    public TaughtAssignmentType()
    {
        Name = "TeachingAssignment";
        Description = "One teacher's teaching in a training (授课记录), as it goes into the teaching-fee table (附件3).";
        Field(a => a.Teacher).Description("The teacher (姓名).");
        Field(a => a.Title).Description("Their title (职称).");
        Field(a => a.Course).Description("The course taught (课程名称).");
        Field(a => a.Students).Description("Students taught (人数).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaughtDayType>>>>("days").Description("Days taught (授课日).").Resolve(c => c.Source.Days);
        Field(a => a.Remarks, nullable: true).Description("Remarks (备注).");
    }
}
