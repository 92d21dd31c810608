using OnePlusX.Policies.Baseline;
using OnePlusX.Policies.Parameters;

namespace OnePlusX.Policies.Hbgz;

/// <summary>湖北工业职业技术学院 1+X证书制度试点工作管理办法 (湖工职院发〔2022〕22号).</summary>
public sealed class HbgzPolicy : NationalBaselinePolicy
{
    public const string SchoolFundedCertificates = "HB-FUND-1.schoolFundedCertificates";
    public const string SkillAppraisalDailyRate = "HB-FUND-2.skillAppraisalDailyRate";
    public const string ReviewDailyRate = "HB-FUND-2.reviewDailyRate";
    public const string CancelWeeks = "HB-EXIT-1.cancelWeeks";

    public override string Code => "HBGZ";

    public override Explanation Source => new("湖北工业职业技术学院1+X证书制度试点工作管理办法（湖工职院发〔2022〕22号）", "Hubei Polytechnic Institute 1+X pilot rules (2022 No. 22)");

    /// <summary>
    /// The skill-appraisal and review rates are in another document of the school (湖工职院发[2018]19号) that we do
    /// not have: sample values. Training hours count in the annual teaching workload one for one (HB-TRN-1).
    /// </summary>
    protected override IReadOnlyList<ParameterDefinition> SchoolParameters { get; } =
    [
        Define.Count(SchoolFundedCertificates, "HB-FUND-1", 1, "学校承担考证费用的证书数（每生）", "Certificates per enrolled student the school pays for", minimum: 1, maximum: 10),
        Define.Amount(SkillAppraisalDailyRate, "HB-FUND-2", "300", "校内考评员劳务费（技能鉴定费标准，元/天）", "Internal examiner pay at the skill-appraisal rate (yuan/day)", sample: true),
        Define.Amount(ReviewDailyRate, "HB-FUND-2", "500", "校外考评员、督导员劳务费（评审费标准，元/天）", "External examiner and supervisor pay at the review rate (yuan/day)", sample: true),
        Define.Count(CancelWeeks, "HB-EXIT-1", 3, "连续未交周报取消项目周数", "Missed weekly reports in a row that cancel a project", minimum: 1),
        Define.Number(NationalParameters.WorkloadRatio, "HB-TRN-1", "1.0", "培训课时计入年度教学工作量系数", "Ratio of training hours counted in annual teaching workload", maximum: 10),
    ];

    /// <summary>HB-SEL-1: students are selected from course and training results; only selected students register.</summary>
    protected override PolicyDecision DecideRegistration(RegistrationFacts facts, ParameterSet parameters) =>
        facts.Candidate == CandidateKind.ExternalCandidate
            ? PolicyDecision.Allow("社会学员不经遴选，可以报名", "External candidates register without selection", "HB-SEL-1")
            : facts.Selected
                ? PolicyDecision.Allow("已遴选，可以报名", "Selected: may register", "HB-SEL-1")
                : PolicyDecision.Refuse("未经遴选的学生不能报名", "Only selected students register", "HB-SEL-1");

    /// <summary>
    /// HB-FUND-1: the school pays an enrolled student's first certificate; the second and later are paid by the
    /// student at the agreed pilot price, collected by the school. HB-FUND-2: for the first, the certificate fee
    /// comes from the student-aid fund and equipment, consumables and examiner labour from the secondary
    /// college's operating budget.
    /// </summary>
    protected override FundingDecision DecideFunding(RegistrationFacts facts, ParameterSet parameters)
    {
        if (facts.Candidate == CandidateKind.ExternalCandidate)
        {
            return ExternalCandidatePays(facts, parameters);
        }

        var n = facts.EarlierCertificates + 1;
        var (zh, en) = Ordinal(n);
        if (n > parameters.Count(SchoolFundedCertificates))
        {
            return Funding(Payer.Student, PriceLines(Fund.CandidatePayment, facts.Price), parameters,
                $"学生按试点协议价格自付，学校统一收取：{zh}证书", $"Paid by the student at the agreed pilot price, collected by the school: {en} certificate", "HB-FUND-1");
        }

        var lines = new List<FundingLine>
        {
            new(Fund.StudentAidFund, "办证费", Money.Round(facts.Price.CertificateFee)),
            new(Fund.SchoolOperatingBudget, "设备耗材费", Money.Round(facts.Price.EquipmentAndConsumables)),
            new(Fund.SchoolOperatingBudget, "考评员劳务费", Money.Round(facts.Price.ExaminerLabour)),
        };
        return Funding(Payer.College, lines.Where(l => l.Amount != 0).DefaultIfEmpty(lines[0]).ToList(), parameters,
            $"学校承担：{zh}证书，办证费由资助经费支付，其余由二级学院运行经费支出", $"Paid by the school: {en} certificate; certificate fee from the student-aid fund, the rest from the school's operating budget", "HB-FUND-1", "HB-FUND-2");
    }

    /// <summary>HB-FUND-2: internal examiners at the skill-appraisal rate; external examiners and supervisors at the review rate.</summary>
    protected override FeeLine PriceWorker(ExamWorker worker, ExamFeeFacts facts, ParameterSet parameters) => worker.Role switch
    {
        ExamRole.Examiner when worker.Internal => FeeTables.PersonLine(worker, CostType.ExaminerFee, "校内考评员（技能鉴定费标准）", worker.Days, "天", parameters.Amount(SkillAppraisalDailyRate), ["HB-FUND-2"]),
        ExamRole.Examiner => FeeTables.PersonLine(worker, CostType.ExaminerFee, "校外考评员（评审费标准）", worker.Days, "天", parameters.Amount(ReviewDailyRate), ["HB-FUND-2"]),
        ExamRole.Supervisor => FeeTables.PersonLine(worker, CostType.SupervisorFee, "督导员（评审费标准）", worker.Days, "天", parameters.Amount(ReviewDailyRate), ["HB-FUND-2"]),
        _ => base.PriceWorker(worker, facts, parameters),
    };

    protected override IReadOnlyList<string> ExamFeeRules(ParameterSet parameters) => ["HB-FUND-2", "NAT-FEE-1"];

    /// <summary>HB-TRN-1: a concentrated training needs its plan approved by 教务处 before it starts (the same day is in time).</summary>
    protected override PolicyDecision DecideTraining(TrainingFacts facts, ParameterSet parameters)
    {
        if (!facts.Concentrated)
        {
            return PolicyDecision.Allow("课证融通教学，无需单独培训计划", "Integrated teaching: no separate training plan", "HB-TRN-1");
        }

        return facts.PlanApprovedOn is { } approved && approved <= facts.StartsOn
            ? PolicyDecision.Allow("集中培训计划已经教务处审批，课时计入年度教学工作量", "Concentrated training approved by academic affairs; hours count in the teaching workload", "HB-TRN-1")
            : PolicyDecision.Refuse("集中培训须在开展前报教务处审批培训计划", "A concentrated training needs its plan approved by academic affairs before it starts", "HB-TRN-1");
    }

    protected override IReadOnlyList<string> TeachingFeeRules(ParameterSet parameters) => ["NAT-TRN-2", "HB-TRN-1"];

    /// <summary>HB-EXIT-1: a project is cancelled after 3 weekly reports missed in a row (and the national warning and exit still apply).</summary>
    protected override ReportCompliance DecideReports(WeeklyReportFacts facts, ParameterSet parameters)
    {
        var national = base.DecideReports(facts, parameters);
        var weeks = parameters.Count(CancelWeeks);
        return national.LongestMissedRun >= weeks
            ? national with
            {
                ProjectCancelled = true,
                RuleIds = [.. national.RuleIds, "HB-EXIT-1"],
                Explanation = Explanation.Of($"连续{national.LongestMissedRun}周不按时提交周报：取消试点项目", $"{national.LongestMissedRun} weekly reports missed in a row: the project is cancelled", [.. national.RuleIds, "HB-EXIT-1"]),
            }
            : national;
    }

    /// <summary>HB-EXIT-1: a college's lax management, fund misuse, forcing students or other violations cancel the project.</summary>
    public override IReadOnlyList<string> RulesForFinding(FindingType type) =>
        base.RulesForFinding(type) is var rules && rules.Contains("NAT-EXIT-COL") ? [.. rules, "HB-EXIT-1"] : rules;

    /// <summary>HB-PROC-1: the pilot year runs in a fixed order; a stage starts once every earlier stage is done.</summary>
    protected override PolicyDecision DecidePilotStep(PilotStepFacts facts, ParameterSet parameters)
    {
        var missing = Enum.GetValues<PilotStep>().Where(s => s < facts.Next && !facts.Completed.Contains(s)).ToList();
        return missing.Count == 0
            ? PolicyDecision.Allow($"可以开始{StepName(facts.Next).Chinese}", $"{Capitalised(StepName(facts.Next).English)} may start", "HB-PROC-1")
            : PolicyDecision.Refuse(
                $"须先完成：{string.Join("、", missing.Select(s => StepName(s).Chinese))}",
                $"First complete {string.Join(", ", missing.Select(s => StepName(s).English))}",
                "HB-PROC-1");
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>HB-ORG-1: secondary colleges apply and run the work; 教务处 is the competent office.</summary>
    public override ApprovalPath ApprovalPathFor(ApprovalSubject subject) => subject switch
    {
        ApprovalSubject.TrainingPlan => new(subject, [Approver.School, Approver.AcademicAffairsOffice], ["HB-TRN-1", "HB-ORG-1"],
            Explanation.Of("二级学院制定培训计划，报教务处审批", "The school drafts the training plan, academic affairs approves it", "HB-TRN-1", "HB-ORG-1")),
        _ => WithRule(base.ApprovalPathFor(subject), "HB-ORG-1"),
    };
}
