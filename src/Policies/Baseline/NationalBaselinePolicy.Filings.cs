using OnePlusX.Outcomes;
using OnePlusX.Policies.Parameters;
using static OnePlusX.Policies.Validation.FactCheck;

namespace OnePlusX.Policies.Baseline;

/// <summary>Training and exam filings, and X-certificate coverage of majors.</summary>
public partial class NationalBaselinePolicy
{
    public CommandResult<PolicyDecision> CheckMajorCoverage(MajorCoverageFacts facts, ParameterSchedule parameters) =>
        facts is null
            ? Missing("input")
            : Evaluate(
                First(
                    Year(facts.Year, "year"),
                    Each(facts.Majors, "majors", (m, field) => Required(m.MajorCode, $"{field}.majorCode") ?? NotNegative(m.Certificates, $"{field}.certificates"))),
                parameters,
                new DateOnly(Math.Clamp(facts.Year, 1, 9999), 12, 31),
                "year",
                p => DecideMajorCoverage(facts, p));

    public CommandResult<PolicyDecision> CheckTrainingFiling(TrainingFiling filing, ParameterSchedule parameters) =>
        filing is null
            ? Missing("input")
            : Evaluate(
                First(
                    Required(filing.CertificateName, "certificateName"),
                    Required(filing.SchoolName, "schoolName"),
                    Required(filing.Course, "course"),
                    Positive(filing.Hours, "hours"),
                    Span(filing.StartsOn, filing.EndsOn, "endsOn"),
                    Positive(filing.Headcount, "headcount"),
                    Each(filing.Teachers, "teachers", (t, field) => Required(t.Name, $"{field}.name"))),
                parameters,
                filing.StartsOn,
                "startsOn",
                p => DecideTrainingFiling(filing, p));

    public CommandResult<PolicyDecision> CheckExamFiling(ExamFiling filing, ParameterSchedule parameters) =>
        filing is null
            ? Missing("input")
            : Evaluate(
                First(
                    Required(filing.CertificateName, "certificateName"),
                    Required(filing.SchoolName, "schoolName"),
                    Positive(filing.Headcount, "headcount"),
                    Defined(filing.Mode, "mode"),
                    Each(filing.Invigilators, "invigilators", (i, field) => Required(i.Name, $"{field}.name") ?? Span(i.Start, i.End, $"{field}.end"))),
                parameters,
                filing.ExamDate,
                "examDate",
                p => DecideExamFiling(filing, p));

    /// <summary>The national guidance sets no coverage target for majors.</summary>
    protected virtual PolicyDecision DecideMajorCoverage(MajorCoverageFacts facts, ParameterSet parameters) =>
        PolicyDecision.Allow("国家基线：专业证书覆盖不设要求", "National baseline: no coverage target for majors");

    /// <summary>The national guidance prescribes no filing form; the product's basic fields are enough.</summary>
    protected virtual PolicyDecision DecideTrainingFiling(TrainingFiling filing, ParameterSet parameters) =>
        PolicyDecision.Allow("培训备案信息完整", "Training filing complete");

    /// <summary>The national guidance prescribes no filing form; the product's basic fields are enough.</summary>
    protected virtual PolicyDecision DecideExamFiling(ExamFiling filing, ParameterSet parameters) =>
        PolicyDecision.Allow("考核备案信息完整", "Exam filing complete");
}
