using OnePlusX.Outcomes;

namespace OnePlusX.Policies;

/// <summary>
/// A college's pilot policy (试点管理办法). Implementations are pure and fast: the grain hands them the facts
/// and the tenant's parameter schedule, they do no I/O, and every answer carries the rule IDs that produced it.
/// Bad facts come back as a validation error naming the field; nothing is thrown to the caller.
/// </summary>
public interface IPilotPolicy
{
    /// <summary>The plugin's code: <c>NAT</c> for the national baseline, or a school's tenant code.</summary>
    string Code { get; }

    /// <summary>The policy document this plugin follows.</summary>
    Explanation Source { get; }

    /// <summary>Every parameter this policy reads, with its default.</summary>
    IReadOnlyList<ParameterDefinition> Parameters { get; }

    /// <summary>Every parameter as in force on a day under a tenant's schedule; a validation error if the day is before the pilot.</summary>
    CommandResult<IReadOnlyList<PolicyParameterInForce>> ParametersInForce(ParameterSchedule parameters, DateOnly on);

    /// <summary>Checks a tenant's new parameter value (key, kind, range, date); null when it is acceptable.</summary>
    CommandError? ValidateParameter(ParameterValue value);

    /// <summary>Whether a certificate project may be applied for (level, certificates per major, pilot scale).</summary>
    CommandResult<PolicyDecision> CheckProjectApplication(ProjectApplicationFacts facts, ParameterSchedule parameters);

    /// <summary>Whether an annual plan may be submitted (timing, levels, scale and budget).</summary>
    CommandResult<PolicyDecision> CheckAnnualPlan(AnnualPlanFacts facts, ParameterSchedule parameters);

    /// <summary>Whether a planned certificate may be changed.</summary>
    CommandResult<PolicyDecision> CheckChangeRequest(ChangeRequestFacts facts, ParameterSchedule parameters);

    /// <summary>Whether a course-integration plan is allowed (mode per cohort, hours, filing ahead of start).</summary>
    CommandResult<PolicyDecision> CheckCourseIntegration(CourseIntegrationFacts facts, ParameterSchedule parameters);

    /// <summary>Whether every major has its X certificate where the policy requires full coverage.</summary>
    CommandResult<PolicyDecision> CheckMajorCoverage(MajorCoverageFacts facts, ParameterSchedule parameters);

    /// <summary>Whether a training filing (附件1) is complete.</summary>
    CommandResult<PolicyDecision> CheckTrainingFiling(TrainingFiling filing, ParameterSchedule parameters);

    /// <summary>Whether an exam filing (附件2) is complete.</summary>
    CommandResult<PolicyDecision> CheckExamFiling(ExamFiling filing, ParameterSchedule parameters);

    /// <summary>Whether a training class may open (class size, teachers' qualifications, approved plan).</summary>
    CommandResult<PolicyDecision> CheckTraining(TrainingFacts facts, ParameterSchedule parameters);

    /// <summary>Whether an exam plan holds (invigilators and staff per room and exam, examiner filing, venue conflicts).</summary>
    CommandResult<PolicyDecision> CheckExamPlan(ExamPlanFacts facts, ParameterSchedule parameters);

    /// <summary>Whether a project may start a stage of the pilot year.</summary>
    CommandResult<PolicyDecision> CheckPilotStep(PilotStepFacts facts, ParameterSchedule parameters);

    /// <summary>Whether a candidate may register (selection).</summary>
    CommandResult<PolicyDecision> CheckRegistration(RegistrationFacts facts, ParameterSchedule parameters);

    /// <summary>Who pays for a registration, from which fund, at which price.</summary>
    CommandResult<FundingDecision> DecideFunding(RegistrationFacts facts, ParameterSchedule parameters);

    /// <summary>The teaching-fee table (附件3) of a training or X course.</summary>
    CommandResult<FeeTable> ComputeTrainingFees(TrainingFeeFacts facts, ParameterSchedule parameters);

    /// <summary>The exam work-fee table (附件4) of an exam.</summary>
    CommandResult<FeeTable> ComputeExamFees(ExamFeeFacts facts, ParameterSchedule parameters);

    /// <summary>Credits granted for a certificate a student holds.</summary>
    CommandResult<CreditGrant> GrantCredits(CreditFacts facts, ParameterSchedule parameters);

    /// <summary>The secondary college's share of a project's profit.</summary>
    CommandResult<ProfitShare> ShareProfit(ProfitFacts facts, ParameterSchedule parameters);

    /// <summary>Weekly-report compliance: warnings, exit flag, project cancellation.</summary>
    CommandResult<ReportCompliance> EvaluateWeeklyReports(WeeklyReportFacts facts, ParameterSchedule parameters);

    /// <summary>Whether a certificate may be issued to a candidate.</summary>
    CommandResult<PolicyDecision> CheckIssuance(IssuanceFacts facts, ParameterSchedule parameters);

    /// <summary>A deadline counted from a day (issue, publication, course start).</summary>
    CommandResult<Deadline> DeadlineFor(DeadlineKind kind, DateOnly from, ParameterSchedule parameters);

    /// <summary>The rules a recorded finding of this type falls under (exit causes, organisations' breaches, audit findings).</summary>
    IReadOnlyList<string> RulesForFinding(FindingType type);

    /// <summary>Who approves an item of this kind after it is submitted, in order.</summary>
    ApprovalPath ApprovalPathFor(ApprovalSubject subject);
}
