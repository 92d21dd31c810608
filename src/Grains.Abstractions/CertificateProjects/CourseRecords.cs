using OnePlusX.Approvals;
using OnePlusX.Policies;

namespace OnePlusX.CertificateProjects;

/// <summary>
/// Plans how the certificate enters one cohort's curriculum (课证融通): replace a course, merge into courses, or add a
/// separate X course; the same code again revises it while it is editable.
/// </summary>
/// <param name="Code">The course's code inside the project, e.g. <c>X-WEB-2020</c>.</param>
/// <param name="CourseName">The X course's name (课程名称).</param>
/// <param name="Mode">Replace, merge or add a separate course.</param>
/// <param name="CohortYear">The students' cohort (年级).</param>
/// <param name="Hours">Class hours of the X course (学时); 0 is allowed when merged into courses.</param>
/// <param name="ReplacedCourseHours">Class hours of the course the X course stands in for (a separate course needs it).</param>
/// <param name="FiledOn">When it is filed with 教务处.</param>
/// <param name="StartsOn">When the course starts.</param>
[GenerateSerializer, Immutable, Alias("OnePlusX.IntegrateCourse")]
public sealed record IntegrateCourse(
    [property: Id(0)] string Code,
    [property: Id(1)] string CourseName,
    [property: Id(2)] IntegrationMode Mode,
    [property: Id(3)] int CohortYear,
    [property: Id(4)] decimal Hours,
    [property: Id(5)] decimal ReplacedCourseHours,
    [property: Id(6)] DateOnly FiledOn,
    [property: Id(7)] DateOnly StartsOn);

/// <summary>
/// A course-integration plan as the project holds it (the fields of <see cref="IntegrateCourse"/>), with the policy's
/// decision and filing deadline.
/// </summary>
/// <param name="Code">The course's code inside the project.</param>
/// <param name="CourseName">The X course's name (课程名称).</param>
/// <param name="Mode">Replace, merge or add a separate course.</param>
/// <param name="CohortYear">The students' cohort (年级).</param>
/// <param name="Hours">Class hours of the X course (学时).</param>
/// <param name="ReplacedCourseHours">Class hours of the course the X course stands in for.</param>
/// <param name="FiledOn">When it is filed with 教务处.</param>
/// <param name="StartsOn">When the course starts.</param>
/// <param name="Decision">The policy's decision when it was last planned (JL-CUR-1, JL-CUR-2).</param>
/// <param name="FilingDeadline">The last day to file it with 教务处 (JL-CUR-2), from the policy.</param>
/// <param name="Approval">Its approval as an added or replacing course (<c>course:{code}</c>); null when merged into courses.</param>
[GenerateSerializer, Immutable, Alias("OnePlusX.CourseIntegration")]
public sealed record CourseIntegration(
    [property: Id(0)] string Code,
    [property: Id(1)] string CourseName,
    [property: Id(2)] IntegrationMode Mode,
    [property: Id(3)] int CohortYear,
    [property: Id(4)] decimal Hours,
    [property: Id(5)] decimal ReplacedCourseHours,
    [property: Id(6)] DateOnly FiledOn,
    [property: Id(7)] DateOnly StartsOn,
    [property: Id(8)] PolicyDecision Decision,
    [property: Id(9)] Deadline FilingDeadline,
    [property: Id(10)] Approval? Approval)
{
    /// <summary>The approvable item's name, <c>course:{code}</c>.</summary>
    public string Item => TeachingItems.Course(Code);

    /// <summary>A one-line title for approvers' lists.</summary>
    public string Title => $"课程备案 {Code} {CourseName}（{CohortYear}级，{StartsOn:yyyy-MM-dd}开课）";

    /// <summary>Whether the mode adds or replaces a course, and so needs 教务处's approval (JL-CUR-2).</summary>
    public static bool NeedsApproval(IntegrationMode mode) => mode is IntegrationMode.ReplaceCourse or IntegrationMode.SeparateCourse;
}

/// <summary>Names of the approvable items course integration and trainings add to a project.</summary>
public static class TeachingItems
{
    public const string CoursePrefix = "course:";
    public const string TrainingPrefix = "training:";

    public static string Course(string code) => CoursePrefix + code;

    public static string Training(string code) => TrainingPrefix + code;
}
