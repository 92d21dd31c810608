using OnePlusX.Outcomes;
using OnePlusX.Policies.Parameters;
using static OnePlusX.Policies.Validation.FactCheck;

namespace OnePlusX.Policies.Baseline;

/// <summary>Course integration, training classes, teaching fees (附件3) and credits.</summary>
public partial class NationalBaselinePolicy
{
    public CommandResult<PolicyDecision> CheckCourseIntegration(CourseIntegrationFacts facts, ParameterSchedule parameters) =>
        facts is null
            ? Missing("input")
            : Evaluate(
                First(
                    Defined(facts.Mode, "mode"),
                    Year(facts.CohortYear, "cohortYear"),
                    facts.Mode == IntegrationMode.MergeIntoCourses ? NotNegative(facts.XCourseHours, "xCourseHours") : Positive(facts.XCourseHours, "xCourseHours"),
                    facts.Mode == IntegrationMode.SeparateCourse ? Positive(facts.ReplacedCourseHours, "replacedCourseHours") : NotNegative(facts.ReplacedCourseHours, "replacedCourseHours")),
                parameters,
                facts.StartsOn,
                "startsOn",
                p => DecideCourseIntegration(facts, p));

    public CommandResult<PolicyDecision> CheckTraining(TrainingFacts facts, ParameterSchedule parameters) =>
        facts is null
            ? Missing("input")
            : Evaluate(
                First(
                    Span(facts.StartsOn, facts.EndsOn, "endsOn"),
                    Positive(facts.Students, "students"),
                    Each(facts.Teachers, "teachers", (t, field) => Required(t.Name, $"{field}.name"))),
                parameters,
                facts.StartsOn,
                "startsOn",
                p => DecideTraining(facts, p));

    public CommandResult<FeeTable> ComputeTrainingFees(TrainingFeeFacts facts, ParameterSchedule parameters) =>
        facts is null
            ? Missing("input")
            : Evaluate(
                First(
                    facts.Assignments is { Count: 0 } ? CommandError.Invalid("assignments", "A fee table needs at least one teacher.") : null,
                    Each(facts.Assignments, "assignments", (a, field) => First(
                        Required(a.Name, $"{field}.name"),
                        Required(a.Course, $"{field}.course"),
                        Positive(a.Students, $"{field}.students"),
                        a.Days is { Count: 0 } ? CommandError.Invalid($"{field}.days", $"{field}.days needs at least one day.") : null,
                        Each(a.Days, $"{field}.days", (d, dayField) => Positive(d.Hours, $"{dayField}.hours"))))),
                parameters,
                facts.ComputedOn,
                "computedOn",
                p => FeeTables.Build(
                    Code,
                    p,
                    facts.Assignments.Select((a, i) => PriceTeaching(a, p) with { Number = i + 1 }).ToList(),
                    TeachingFeeRules(p)));

    public CommandResult<CreditGrant> GrantCredits(CreditFacts facts, ParameterSchedule parameters) =>
        facts is null
            ? Missing("input")
            : Evaluate(
                First(
                    Defined(facts.Requested, "requested"),
                    facts.SubstitutedCourseCredits is { } credits ? NotNegative(credits, "substitutedCourseCredits") : null),
                parameters,
                facts.HeldOn,
                "heldOn",
                p => DecideCredits(facts, p));

    /// <summary>The national guidance allows every way of bringing a certificate into the curriculum.</summary>
    protected virtual PolicyDecision DecideCourseIntegration(CourseIntegrationFacts facts, ParameterSet parameters) =>
        PolicyDecision.Allow("国家基线：课证融通方式不设限制", "National baseline: any way of integrating the certificate");

    /// <summary>The national guidance sets no class size or teacher qualification for a college's training.</summary>
    protected virtual PolicyDecision DecideTraining(TrainingFacts facts, ParameterSet parameters) =>
        PolicyDecision.Allow("国家基线：培训班不设额外限制", "National baseline: no further limit on training classes");

    /// <summary>
    /// Baseline teaching pay: hours × the college's hourly rate, with the hours counted into teaching workload at
    /// the college's conversion ratio (NAT-TRN-2).
    /// </summary>
    protected virtual FeeLine PriceTeaching(TeachingAssignment assignment, ParameterSet parameters)
    {
        var hours = assignment.Days.Sum(d => d.Hours);
        var rate = parameters.Amount(NationalParameters.TeachingHourlyRate);
        return FeeTables.TeachingLine(assignment, hours, rate, 1m, ["NAT-TRN-2"]) with
        {
            WorkloadHours = Workload(hours, parameters),
        };
    }

    /// <summary>The rules a teaching-fee table of this policy cites as a whole.</summary>
    protected virtual IReadOnlyList<string> TeachingFeeRules(ParameterSet parameters) => ["NAT-TRN-2"];

    /// <summary>Training hours converted into full-time teaching workload (NAT-TRN-2).</summary>
    protected static decimal Workload(decimal hours, ParameterSet parameters) =>
        Math.Round(hours * parameters.Number(NationalParameters.WorkloadRatio), 2, MidpointRounding.AwayFromZero);

    /// <summary>Baseline credits: what the college set per certificate; none by default.</summary>
    protected virtual CreditGrant DecideCredits(CreditFacts facts, ParameterSet parameters)
    {
        var credits = parameters.Number(NationalParameters.CreditsPerCertificate);
        return credits == 0
            ? new(0, CreditCategory.None, ["NAT-CB-1"], Explanation.Of("学校未设定证书学分；学分记录由学分银行认定", "The college grants no credits of its own; the credit bank records the certificate", "NAT-CB-1"))
            : new(credits, CreditCategory.CertificateCredit, ["NAT-CB-1"], Explanation.Of($"每个证书认定{credits}学分", $"{credits} credits per certificate", "NAT-CB-1"));
    }
}
