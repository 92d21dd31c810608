using OnePlusX.Outcomes;
using OnePlusX.Policies.Parameters;
using static OnePlusX.Policies.Validation.FactCheck;

namespace OnePlusX.Policies.Baseline;

/// <summary>Plans, applications, change requests, the order of a pilot year, and approval paths.</summary>
public partial class NationalBaselinePolicy
{
    public CommandResult<PolicyDecision> CheckProjectApplication(ProjectApplicationFacts facts, ParameterSchedule parameters) =>
        facts is null
            ? Missing("input")
            : Evaluate(
                First(
                    Required(facts.CertificateCode, "certificateCode"),
                    Level(facts.Level, "level"),
                    Year(facts.Year, "year"),
                    Positive(facts.Candidates, "candidates"),
                    Amount(facts.Budget, "budget"),
                    NotNegative(facts.MajorCertificates, "majorCertificates"),
                    facts.PilotScale is { } scale ? NotNegative(scale, "pilotScale") : null),
                parameters,
                new DateOnly(Math.Clamp(facts.Year, 1, 9999), 1, 1),
                "year",
                p => DecideProjectApplication(facts, p));

    public CommandResult<PolicyDecision> CheckAnnualPlan(AnnualPlanFacts facts, ParameterSchedule parameters) =>
        facts is null
            ? Missing("input")
            : Evaluate(
                First(
                    Year(facts.PlanYear, "planYear"),
                    facts.Items is { Count: 0 } ? CommandError.Invalid("items", "A plan needs at least one certificate.") : null,
                    Each(facts.Items, "items", (item, field) => First(
                        Required(item.CertificateCode, $"{field}.certificateCode"),
                        Level(item.Level, $"{field}.level"),
                        Positive(item.Candidates, $"{field}.candidates"),
                        Amount(item.Budget, $"{field}.budget"))),
                    NotNegative(facts.PilotScale, "pilotScale"),
                    facts.PreviousYearExecutedBudget is { } previous ? Amount(previous, "previousYearExecutedBudget") : null),
                parameters,
                facts.SubmittedOn,
                "submittedOn",
                p => DecideAnnualPlan(facts, p));

    public CommandResult<PolicyDecision> CheckChangeRequest(ChangeRequestFacts facts, ParameterSchedule parameters) =>
        facts is null
            ? Missing("input")
            : Evaluate(
                First(
                    Required(facts.Reason, "reason"),
                    Required(facts.ToCertificateCode, "toCertificateCode"),
                    Level(facts.ToLevel, "toLevel"),
                    Amount(facts.NewBudget, "newBudget"),
                    Amount(facts.PlanBudget, "planBudget")),
                parameters,
                facts.RequestedOn,
                "requestedOn",
                p => DecideChangeRequest(facts, p));

    public CommandResult<PolicyDecision> CheckPilotStep(PilotStepFacts facts, ParameterSchedule parameters) =>
        facts is null
            ? Missing("input")
            : Evaluate(
                First(Defined(facts.Next, "next"), facts.Completed is null ? Missing("completed") : null),
                parameters,
                facts.On,
                "on",
                p => DecidePilotStep(facts, p));

    public virtual ApprovalPath ApprovalPathFor(ApprovalSubject subject) => subject switch
    {
        ApprovalSubject.ProjectApplication or ApprovalSubject.StationApplication => new(
            subject,
            [Approver.School, Approver.AcademicAffairsOffice, Approver.Province],
            ["NAT-STA-1"],
            Explanation.Of("二级学院审核、教务处审批后报省级教育行政部门备案", "Reviewed by the school, approved by academic affairs, filed with the province", "NAT-STA-1")),
        _ => new(
            subject,
            [Approver.School, Approver.AcademicAffairsOffice],
            [],
            new("二级学院审核、教务处审批", "Reviewed by the school, approved by academic affairs")),
    };

    /// <summary>A path with one more rule that shapes it.</summary>
    protected static ApprovalPath WithRule(ApprovalPath path, string ruleId) =>
        path with { RuleIds = [.. path.RuleIds, ruleId], Explanation = path.Explanation.Citing(path.RuleIds, [.. path.RuleIds, ruleId]) };

    /// <summary>The national guidance sets no limit on which certificate or level a college applies for.</summary>
    protected virtual PolicyDecision DecideProjectApplication(ProjectApplicationFacts facts, ParameterSet parameters) =>
        PolicyDecision.Allow("国家基线：申报不设额外限制", "National baseline: no further limit on applications");

    /// <summary>The national guidance leaves annual planning to the college.</summary>
    protected virtual PolicyDecision DecideAnnualPlan(AnnualPlanFacts facts, ParameterSet parameters) =>
        PolicyDecision.Allow("国家基线：年度计划不设额外限制", "National baseline: no further limit on annual plans");

    /// <summary>The national guidance leaves changes of planned certificates to the college.</summary>
    protected virtual PolicyDecision DecideChangeRequest(ChangeRequestFacts facts, ParameterSet parameters) =>
        PolicyDecision.Allow("国家基线：证书变更不设额外限制", "National baseline: no further limit on changing a certificate");

    /// <summary>
    /// The baseline only keeps what cannot be otherwise: registration and exam plans need an applied project,
    /// issuance needs an exam. Schools that fix the whole order (HB-PROC-1) override this.
    /// </summary>
    protected virtual PolicyDecision DecidePilotStep(PilotStepFacts facts, ParameterSet parameters)
    {
        PilotStep? needed = facts.Next switch
        {
            PilotStep.Registration or PilotStep.ExamPlan => PilotStep.ProjectApplication,
            PilotStep.Issuance => PilotStep.ExamPlan,
            _ => null,
        };
        return needed is { } step && !facts.Completed.Contains(step)
            ? PolicyDecision.Refuse($"须先完成{StepName(step).Chinese}", $"{StepName(step).English} must come first")
            : PolicyDecision.Allow("可以开始", "May start");
    }

    /// <summary>A stage's name in both languages.</summary>
    protected static Explanation StepName(PilotStep step) => step switch
    {
        PilotStep.AnnualPlan => new("年度计划", "the annual plan"),
        PilotStep.ProjectApplication => new("项目申报", "the project application"),
        PilotStep.StationApplication => new("考核站点申请", "the exam-station application"),
        PilotStep.CourseIntegration => new("课证融通", "course integration"),
        PilotStep.Registration => new("遴选报名", "selection and registration"),
        PilotStep.ExamPlan => new("考核计划", "the exam plan"),
        PilotStep.Issuance => new("证书颁发", "certificate issuance"),
        _ => new("总结归档", "summary and archive"),
    };
}
