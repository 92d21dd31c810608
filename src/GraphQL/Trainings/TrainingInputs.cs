using GraphQL.Types;
using OnePlusX.CertificateProjects;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.Policies;

namespace OnePlusX.GraphQL.Trainings;

/// <summary>A command on one project of the caller's own college.</summary>
public sealed record ProjectInput<TCommand>(string ProjectKey, TCommand Command);

public sealed class IntegrateCourseInputType : InputObjectGraphType<ProjectInput<IntegrateCourse>>
{
    public IntegrateCourseInputType()
    {
        Name = "IntegrateCourseInput";
        Description = "A course-integration plan for one cohort (课证融通); the same code again revises it while it is editable.";
        Field<NonNullGraphType<StringGraphType>>("projectKey").Description("The project, e.g. WEB-FE-2-2025 (项目编号).");
        Field<NonNullGraphType<StringGraphType>>("code").Description("The course's code within the project (课程编号).");
        Field<NonNullGraphType<StringGraphType>>("courseName").Description("The X course's name (课程名称).");
        Field<NonNullGraphType<IntegrationModeType>>("mode").Description("Replace, merge or add a separate course (融通方式).");
        Field<NonNullGraphType<IntGraphType>>("cohortYear").Description("The students' cohort, e.g. 2020 (年级).");
        Field<NonNullGraphType<DecimalGraphType>>("hours").Description("Class hours of the X course; 0 allowed when merged (学时).");
        Field<DecimalGraphType>("replacedCourseHours").Description("Class hours of the course it stands in for; a separate course needs it (被替代课程学时).");
        Field<NonNullGraphType<DayGraphType>>("filedOn").Description("When it is filed with 教务处 (报批日期).");
        Field<NonNullGraphType<DayGraphType>>("startsOn").Description("When the course starts (开课日期).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ProjectInput<IntegrateCourse>(
        (string)value["projectKey"]!,
        new IntegrateCourse((string)value["code"]!, (string)value["courseName"]!, (IntegrationMode)value["mode"]!, (int)value["cohortYear"]!,
            (decimal)value["hours"]!, value.TryGetValue("replacedCourseHours", out var replaced) && replaced is decimal hours ? hours : 0m,
            (DateOnly)value["filedOn"]!, (DateOnly)value["startsOn"]!));
}

public sealed class TrainingTeacherInputType : InputObjectGraphType<PlannedTeacher>
{
    public TrainingTeacherInputType()
    {
        Name = "TrainingTeacherInput";
        Description = "A teacher on a training plan (培训教师).";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Name (姓名).");
        Field<StringGraphType>("title").Description("Title or post (职称/职务).");
        Field<StringGraphType>("task").Description("Task in the training (承担任务).");
        Field<NonNullGraphType<BooleanGraphType>>("holdsQualification").Description("Holds the evaluation organisation's qualification certificate (培训资格证书，有/无).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new PlannedTeacher((string)value["name"]!, value.Text("title"), value.Text("task"), (bool)value["holdsQualification"]!);
}

public sealed class PlanTrainingInputType : InputObjectGraphType<ProjectInput<PlanTraining>>
{
    public PlanTrainingInputType()
    {
        Name = "PlanTrainingInput";
        Description = "A training plan with its filing (培训计划/培训备案表, 附件1); the same code again revises it while it is editable.";
        Field<NonNullGraphType<StringGraphType>>("projectKey").Description("The project, e.g. WEB-FE-2-2025 (项目编号).");
        Field<NonNullGraphType<StringGraphType>>("code").Description("The training's code within the project (培训编号).");
        Field<NonNullGraphType<StringGraphType>>("course").Description("The training course (培训课程).");
        Field<StringGraphType>("majorCode").Description("The major trained, one of the college's majors (培训专业代码).");
        Field<NonNullGraphType<DecimalGraphType>>("hours").Description("Class hours (培训学时).");
        Field<NonNullGraphType<DayGraphType>>("startsOn").Description("First day (开始日期).");
        Field<NonNullGraphType<DayGraphType>>("endsOn").Description("Last day (结束日期).");
        Field<NonNullGraphType<IntGraphType>>("headcount").Description("Students in the class (培训人数).");
        Field<StringGraphType>("place").Description("Where (培训地点).");
        Field<NonNullGraphType<BooleanGraphType>>("concentrated").Description("A concentrated training outside the integrated courses (集中培训).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingTeacherInputType>>>>("teachers").Description("Who teaches (培训教师).");
        Field<NonNullGraphType<BooleanGraphType>>("timetableAttached").Description("The 1+X timetable is attached (1+X课表).");
        Field<NonNullGraphType<BooleanGraphType>>("courseStandardAttached").Description("The training course standard is attached (培训课程标准).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ProjectInput<PlanTraining>(
        (string)value["projectKey"]!,
        new PlanTraining((string)value["code"]!, (string)value["course"]!, value.Text("majorCode"), (decimal)value["hours"]!,
            (DateOnly)value["startsOn"]!, (DateOnly)value["endsOn"]!, (int)value["headcount"]!, value.Text("place"), (bool)value["concentrated"]!,
            ((IEnumerable<object?>)value["teachers"]!).Cast<PlannedTeacher>().ToList(), (bool)value["timetableAttached"]!, (bool)value["courseStandardAttached"]!));
}

public sealed class TeachingDayInputType : InputObjectGraphType<TaughtDay>
{
    public TeachingDayInputType()
    {
        Name = "TeachingDayInput";
        Description = "A day of teaching (授课日).";
        Field<NonNullGraphType<DayGraphType>>("date").Description("The day, within the training (日期).");
        Field<NonNullGraphType<DecimalGraphType>>("hours").Description("Class hours that day (学时).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new TaughtDay((DateOnly)value["date"]!, (decimal)value["hours"]!);
}

public sealed class TeachingAssignmentInputType : InputObjectGraphType<TaughtAssignment>
{
    public TeachingAssignmentInputType()
    {
        Name = "TeachingAssignmentInput";
        Description = "One teacher's teaching (授课记录), a row of the teaching-fee table (附件3).";
        Field<NonNullGraphType<StringGraphType>>("teacher").Description("The teacher, one of the training's (姓名).");
        Field<NonNullGraphType<StringGraphType>>("title").Description("Their title (职称).");
        Field<NonNullGraphType<StringGraphType>>("course").Description("The course taught (课程名称).");
        Field<NonNullGraphType<IntGraphType>>("students").Description("Students taught (人数).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TeachingDayInputType>>>>("days").Description("Days taught (授课日).");
        Field<StringGraphType>("remarks").Description("Remarks (备注).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new TaughtAssignment(
        (string)value["teacher"]!, (string)value["title"]!, (string)value["course"]!, (int)value["students"]!,
        ((IEnumerable<object?>)value["days"]!).Cast<TaughtDay>().ToList(), value.Text("remarks"));
}

public sealed class RecordTeachingInputType : InputObjectGraphType<ProjectInput<RecordTeaching>>
{
    public RecordTeachingInputType()
    {
        Name = "RecordTeachingInput";
        Description = "The teaching of an approved training, for its teaching-fee table (附件3); recording again replaces it.";
        Field<NonNullGraphType<StringGraphType>>("projectKey").Description("The project, e.g. WEB-FE-2-2025 (项目编号).");
        Field<NonNullGraphType<StringGraphType>>("trainingCode").Description("The training (培训编号).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TeachingAssignmentInputType>>>>("assignments").Description("Each teacher's teaching (授课记录).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ProjectInput<RecordTeaching>(
        (string)value["projectKey"]!,
        new RecordTeaching((string)value["trainingCode"]!, ((IEnumerable<object?>)value["assignments"]!).Cast<TaughtAssignment>().ToList()));
}
