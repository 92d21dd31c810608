namespace OnePlusX.Policies;

/// <summary>How a certificate enters the curriculum (课证融通).</summary>
public enum IntegrationMode
{
    /// <summary>An X-certificate course replaces a course of the programme (filed first).</summary>
    ReplaceCourse = 1,

    /// <summary>Certificate content merged into existing courses; the course standard is revised, no new course.</summary>
    MergeIntoCourses = 2,

    /// <summary>A separate X course added beside the course it stands in for.</summary>
    SeparateCourse = 3,
}

/// <summary>A course-integration plan for one cohort.</summary>
/// <param name="Mode">Replace, merge or add a separate course.</param>
/// <param name="CohortYear">The students' cohort (年级), e.g. 2020.</param>
/// <param name="ReplacedCourseHours">Class hours of the course the X course stands in for.</param>
/// <param name="XCourseHours">Class hours of the X course (replace or separate).</param>
/// <param name="FiledOn">When the course is filed with 教务处.</param>
/// <param name="StartsOn">When the course starts; parameters are taken as in force on this day.</param>
public sealed record CourseIntegrationFacts(
    IntegrationMode Mode,
    int CohortYear,
    decimal ReplacedCourseHours,
    decimal XCourseHours,
    DateOnly FiledOn,
    DateOnly StartsOn);
