using OnePlusX.Approvals;
using OnePlusX.Policies;

namespace OnePlusX.CertificateProjects;

/// <summary>A teacher on a training plan (附件1): name, title or post, task, and whether they hold the qualification.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.PlannedTeacher")]
public sealed record PlannedTeacher(
    [property: Id(0)] string Name,
    [property: Id(1)] string? Title,
    [property: Id(2)] string? Task,
    [property: Id(3)] bool HoldsQualification);

/// <summary>
/// Plans a training class with what its filing (培训备案表, 附件1) needs; the same code again revises it while its
/// approval is editable (draft, rejected or withdrawn).
/// </summary>
/// <param name="Code">The training's code inside the project, e.g. <c>T1</c>.</param>
/// <param name="Course">The training course (培训课程).</param>
/// <param name="MajorCode">The major trained (培训专业), one of the college's majors.</param>
/// <param name="Hours">Class hours (培训学时).</param>
/// <param name="StartsOn">First day (培训时间).</param>
/// <param name="EndsOn">Last day.</param>
/// <param name="Headcount">Students in the class (培训人数).</param>
/// <param name="Place">Where (培训地点).</param>
/// <param name="Concentrated">A concentrated training (集中培训) outside the integrated courses.</param>
/// <param name="Teachers">Who teaches (培训教师).</param>
/// <param name="TimetableAttached">The 1+X timetable is attached (1+X课表).</param>
/// <param name="CourseStandardAttached">The training course standard is attached (培训课程标准).</param>
[GenerateSerializer, Immutable, Alias("OnePlusX.PlanTraining")]
public sealed record PlanTraining(
    [property: Id(0)] string Code,
    [property: Id(1)] string Course,
    [property: Id(2)] string? MajorCode,
    [property: Id(3)] decimal Hours,
    [property: Id(4)] DateOnly StartsOn,
    [property: Id(5)] DateOnly EndsOn,
    [property: Id(6)] int Headcount,
    [property: Id(7)] string? Place,
    [property: Id(8)] bool Concentrated,
    [property: Id(9)] IReadOnlyList<PlannedTeacher> Teachers,
    [property: Id(10)] bool TimetableAttached,
    [property: Id(11)] bool CourseStandardAttached);

/// <summary>A day of teaching: its date and class hours (学时).</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.TaughtDay")]
public sealed record TaughtDay([property: Id(0)] DateOnly Date, [property: Id(1)] decimal Hours);

/// <summary>One teacher's teaching in a training, as it goes into the teaching-fee table (附件3).</summary>
/// <param name="Teacher">The teacher (姓名), one of the training's planned teachers.</param>
/// <param name="Title">Their title (职称).</param>
/// <param name="Course">The course taught (课程名称).</param>
/// <param name="Students">Students taught (人数); the policy's coefficient depends on it.</param>
/// <param name="Days">The days taught with their hours.</param>
/// <param name="Remarks">Remarks (备注).</param>
[GenerateSerializer, Immutable, Alias("OnePlusX.TaughtAssignment")]
public sealed record TaughtAssignment(
    [property: Id(0)] string Teacher,
    [property: Id(1)] string Title,
    [property: Id(2)] string Course,
    [property: Id(3)] int Students,
    [property: Id(4)] IReadOnlyList<TaughtDay> Days,
    [property: Id(5)] string? Remarks);

/// <summary>Records the teaching of an approved training, for its teaching-fee table (附件3).</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.RecordTeaching")]
public sealed record RecordTeaching(
    [property: Id(0)] string TrainingCode,
    [property: Id(1)] IReadOnlyList<TaughtAssignment> Assignments);

/// <summary>
/// A training (培训) as the project holds it: the plan (the fields of <see cref="PlanTraining"/>, trimmed), its approval,
/// and once taught its fee table.
/// </summary>
/// <param name="Code">The training's code inside the project.</param>
/// <param name="Course">The training course (培训课程).</param>
/// <param name="MajorCode">The major trained (培训专业), if named.</param>
/// <param name="MajorName">The major's name when it was planned, for the filing.</param>
/// <param name="Hours">Class hours (培训学时).</param>
/// <param name="StartsOn">First day.</param>
/// <param name="EndsOn">Last day.</param>
/// <param name="Headcount">Students in the class (培训人数).</param>
/// <param name="Place">Where (培训地点).</param>
/// <param name="Concentrated">A concentrated training (集中培训).</param>
/// <param name="Teachers">Who teaches (培训教师).</param>
/// <param name="TimetableAttached">The 1+X timetable is attached.</param>
/// <param name="CourseStandardAttached">The training course standard is attached.</param>
/// <param name="Approval">Its approval as the item <c>training:{code}</c> (the policy's TrainingPlan path, e.g. HB-TRN-1).</param>
[GenerateSerializer, Immutable, Alias("OnePlusX.Training")]
public sealed record Training(
    [property: Id(0)] string Code,
    [property: Id(1)] string Course,
    [property: Id(2)] string? MajorCode,
    [property: Id(3)] string? MajorName,
    [property: Id(4)] decimal Hours,
    [property: Id(5)] DateOnly StartsOn,
    [property: Id(6)] DateOnly EndsOn,
    [property: Id(7)] int Headcount,
    [property: Id(8)] string? Place,
    [property: Id(9)] bool Concentrated,
    [property: Id(10)] IReadOnlyList<PlannedTeacher> Teachers,
    [property: Id(11)] bool TimetableAttached,
    [property: Id(12)] bool CourseStandardAttached,
    [property: Id(13)] Approval Approval)
{
    /// <summary>The teaching recorded for the fee table, empty until recorded.</summary>
    [Id(14)] public IReadOnlyList<TaughtAssignment> Teaching { get; init; } = [];

    /// <summary>The teaching-fee table (附件3) as computed, with the parameters it used; never recomputed by a later rate.</summary>
    [Id(15)] public FeeTable? FeeTable { get; init; }

    /// <summary>The approvable item's name, <c>training:{code}</c>.</summary>
    public string Item => TeachingItems.Training(Code);

    /// <summary>A one-line title for approvers' lists.</summary>
    public string Title => $"培训计划 {Code} {Course}（{Headcount}人，{StartsOn:yyyy-MM-dd}至{EndsOn:yyyy-MM-dd}）";

    /// <summary>
    /// The day (China time) its plan's approval reached Approved, while it is approved (HB-TRN-1): the last event of an
    /// approved item is its approval, since nothing changes it afterwards.
    /// </summary>
    public DateOnly? PlanApprovedOn => Approval.Status == ApprovalStatus.Approved
        ? DateOnly.FromDateTime(Approval.Timeline[^1].At.ToOffset(TimeSpan.FromHours(8)).DateTime)
        : null;
}
