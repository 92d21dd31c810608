using OnePlusX.Policies.Baseline;
using OnePlusX.Policies.Parameters;
using static OnePlusX.Policies.Numbers;

namespace OnePlusX.Policies.Jljt;

/// <summary>吉林交通职业技术学院 1+X证书试点管理办法: certificates per major, courses, classes, pay, and who pays.</summary>
public sealed partial class JljtPolicy : NationalBaselinePolicy
{
    public override string Code => "JLJT";

    public override Explanation Source => new("吉林交通职业技术学院1+X证书试点管理办法", "Jilin Communications Polytechnic 1+X pilot rules");

    protected override IReadOnlyList<ParameterDefinition> SchoolParameters => JljtParameters.All;

    /// <summary>JL-APP-1: a major takes 1 or 2 X certificates; a third is refused.</summary>
    protected override PolicyDecision DecideProjectApplication(ProjectApplicationFacts facts, ParameterSet parameters)
    {
        var max = parameters.Count(JljtParameters.MaxCertificatesPerMajor);
        if (string.IsNullOrWhiteSpace(facts.MajorCode))
        {
            // An application made for a school rather than a major is checked when a major adopts the certificate.
            return PolicyDecision.Allow("申报未关联专业；专业选用时按每专业至多2个证书核对", "Not tied to a major yet; checked when a major adopts it (at most 2 per major)", "JL-APP-1");
        }

        return facts.MajorCertificates >= max
            ? PolicyDecision.Refuse($"专业{facts.MajorCode}已有{facts.MajorCertificates}个X证书，每个专业最多{max}个", $"Major {facts.MajorCode} already has {facts.MajorCertificates} X certificates; at most {max} per major", "JL-APP-1")
            : PolicyDecision.Allow($"专业{facts.MajorCode}的第{facts.MajorCertificates + 1}个X证书", $"X certificate no. {facts.MajorCertificates + 1} of major {facts.MajorCode}", "JL-APP-1");
    }

    /// <summary>JL-APP-2: by 2023 every major has an X certificate; majors without one are reported.</summary>
    protected override PolicyDecision DecideMajorCoverage(MajorCoverageFacts facts, ParameterSet parameters)
    {
        var year = parameters.Count(JljtParameters.FullCoverageYear);
        var without = facts.Majors.Where(m => m.Certificates == 0).Select(m => m.MajorCode.Trim()).ToList();
        if (without.Count == 0)
        {
            return PolicyDecision.Allow("所有专业均有X证书", "Every major has an X certificate", "JL-APP-2");
        }

        var list = string.Join("、", without);
        return facts.Year >= year
            ? PolicyDecision.Refuse($"{year}年起须全覆盖，尚无X证书的专业：{list}", $"Full coverage due from {year}; majors without an X certificate: {string.Join(", ", without)}", "JL-APP-2")
            : PolicyDecision.Allow($"{year}年前须全覆盖，尚无X证书的专业：{list}", $"Full coverage due by {year}; majors without an X certificate: {string.Join(", ", without)}", "JL-APP-2");
    }

    /// <summary>
    /// JL-CUR-1: a separate X course only for the 2020 cohort (and earlier), of at most 50% of the hours of the
    /// course it replaces (exactly 50% is allowed); a replacing course is filed before it runs.
    /// JL-CUR-2: an added course is filed with 教务处 at least 1 week (7 calendar days) before it starts.
    /// </summary>
    protected override PolicyDecision DecideCourseIntegration(CourseIntegrationFacts facts, ParameterSet parameters)
    {
        if (facts.Mode == IntegrationMode.MergeIntoCourses)
        {
            return PolicyDecision.Allow("融入现有课程，修订课程标准，不单独开课", "Merged into existing courses with a revised course standard", "JL-CUR-1");
        }

        if (facts.Mode == IntegrationMode.ReplaceCourse)
        {
            return facts.FiledOn < facts.StartsOn
                ? PolicyDecision.Allow("替换原有课程，已先行备案", "Replaces a course, filed before it runs", "JL-CUR-1")
                : PolicyDecision.Refuse("替换课程须先备案后执行", "A replacing course is filed before it runs", "JL-CUR-1");
        }

        var firstCohort = parameters.Count(JljtParameters.FirstSeparateCourseCohort);
        var lastCohort = parameters.Count(JljtParameters.LastSeparateCourseCohort);
        var share = parameters.Number(JljtParameters.SeparateCourseMaxShare);
        var maxHours = facts.ReplacedCourseHours * share;
        var lead = parameters.Count(JljtParameters.FilingLeadDays);
        var daysAhead = facts.StartsOn.DayNumber - facts.FiledOn.DayNumber;
        return PolicyDecision.All(
            facts.CohortYear > lastCohort || facts.CohortYear < firstCohort
                ? PolicyDecision.Refuse($"{facts.CohortYear}级{(facts.CohortYear > lastCohort ? "不再" : "不得")}单独增设X证书课程（仅限{Cohorts(firstCohort, lastCohort)}级）", $"Cohort {facts.CohortYear} may not add a separate X course (only {Cohorts(firstCohort, lastCohort)})", "JL-CUR-1")
                : facts.XCourseHours > maxHours
                    ? PolicyDecision.Refuse($"增设课程{N(facts.XCourseHours)}学时，超过被替代课程的{Percent(share)}（{N(maxHours)}学时）", $"Separate course of {N(facts.XCourseHours)} hours exceeds {Percent(share)} of the replaced course ({N(maxHours)} hours)", "JL-CUR-1")
                    : PolicyDecision.Allow($"{facts.CohortYear}级增设课程{N(facts.XCourseHours)}学时，不超过被替代课程的{Percent(share)}", $"Cohort {facts.CohortYear} separate course of {N(facts.XCourseHours)} hours, within {Percent(share)} of the replaced course", "JL-CUR-1"),
            daysAhead >= lead
                ? PolicyDecision.Allow($"开课前{daysAhead}天报批", $"Filed {daysAhead} days before the start", "JL-CUR-2")
                : PolicyDecision.Refuse($"增设课程须在开课前{lead}天报批，仅提前{daysAhead}天", $"An added course is filed {lead} days before it starts; this one {daysAhead}", "JL-CUR-2"));
    }

    private static string Cohorts(int first, int last) => first == last ? $"{first}" : $"{first}–{last}";

    /// <summary>JL-CUR-2: the latest filing day is 7 days before the course starts.</summary>
    protected override Deadline CourseFilingDeadline(DateOnly startsOn, ParameterSet parameters)
    {
        var lead = parameters.Count(JljtParameters.FilingLeadDays);
        return new(DeadlineKind.CourseFiling, startsOn, startsOn.AddDays(-lead), false, ["JL-CUR-2"],
            Explanation.Of($"开课前{lead}天向教务处报批", $"File with academic affairs {lead} days before the start", "JL-CUR-2"));
    }

    /// <summary>
    /// JL-CLS-1: fewer than 20 students, no class; 40 in principle (more is allowed and said).
    /// JL-TCH-1: every teacher holds the evaluation organisation's qualification certificate.
    /// </summary>
    protected override PolicyDecision DecideTraining(TrainingFacts facts, ParameterSet parameters)
    {
        var minimum = parameters.Count(JljtParameters.MinimumClassSize);
        var standard = parameters.Count(JljtParameters.StandardClassSize);
        var unqualified = facts.Teachers.Where(t => !t.HoldsQualification).Select(t => t.Name.Trim()).ToList();
        return PolicyDecision.All(
            facts.Students < minimum
                ? PolicyDecision.Refuse($"{facts.Students}人，少于{minimum}人不得开班", $"{facts.Students} students: no class below {minimum}", "JL-CLS-1")
                : facts.Students > standard
                    ? PolicyDecision.Allow($"{facts.Students}人，超过原则上每班{standard}人", $"{facts.Students} students, above the {standard} per class in principle", "JL-CLS-1")
                    : PolicyDecision.Allow($"{facts.Students}人，可以开班", $"{facts.Students} students: the class may open", "JL-CLS-1"),
            facts.Teachers.Count == 0
                ? PolicyDecision.Refuse("须安排具备资格的授课教师", "A qualified teacher is needed", "JL-TCH-1")
                : unqualified.Count > 0
                    ? PolicyDecision.Refuse($"授课教师须持评价组织颁发的资格证书：{string.Join("、", unqualified)}未持证", $"Teachers must hold the organisation's qualification; not held by {string.Join(", ", unqualified)}", "JL-TCH-1")
                    : PolicyDecision.Allow("授课教师均持资格证书", "Every teacher holds the qualification", "JL-TCH-1"));
    }
}
