using OnePlusX.CertificateProjects;
using OnePlusX.Policies.Baseline;
using OnePlusX.Policies.Parameters;
using static OnePlusX.Policies.Numbers;

namespace OnePlusX.Policies.Sddz;

/// <summary>山东电子职业技术学院 1+X证书制度试点工作管理办法（暂行）(鲁电职院教字〔2024〕26号).</summary>
public sealed class SddzPolicy : NationalBaselinePolicy
{
    public const string LowestLevel = "SD-LVL-1.lowestLevel";
    public const string PlanWindowStartMonth = "SD-PLAN-1.windowStartMonth";
    public const string PlanWindowEndMonth = "SD-PLAN-1.windowEndMonth";

    public override string Code => "SDDZ";

    public override Explanation Source => new("山东电子职业技术学院1+X证书制度试点工作管理办法（暂行）（鲁电职院教字〔2024〕26号）", "Shandong Electronic Polytechnic 1+X pilot rules (2024 No. 26)");

    /// <summary>
    /// SD-PLAN-1 says "每年秋季学期": we read the autumn semester as 1 September of the year before the plan year to
    /// the end of January of the plan year; both months are parameters.
    /// </summary>
    protected override IReadOnlyList<ParameterDefinition> SchoolParameters { get; } =
    [
        Define.Count(LowestLevel, "SD-LVL-1", (int)CertificateLevel.Intermediate, "可申报的最低等级（2=中级）", "Lowest level that may be applied for (2 = intermediate)", minimum: 1, maximum: 3),
        Define.Count(PlanWindowStartMonth, "SD-PLAN-1", 9, "秋季学期开始月份（计划年度前一年）", "Month the autumn semester starts (year before the plan year)", minimum: 1, maximum: 12),
        Define.Count(PlanWindowEndMonth, "SD-PLAN-1", 1, "秋季学期结束月份（计划年度）", "Month the autumn semester ends (in the plan year)", minimum: 1, maximum: 12),
    ];

    /// <summary>SD-LVL-1: intermediate or advanced only. SD-APP-1: within the approved pilot scale (then the leading group approves).</summary>
    protected override PolicyDecision DecideProjectApplication(ProjectApplicationFacts facts, ParameterSet parameters) =>
        PolicyDecision.All(
            Level(facts.Level, parameters),
            facts.PilotScale is not { } scale
                ? PolicyDecision.Allow("尚无核定试点规模，报领导小组审批时核对", "No approved pilot scale on record yet; the leading group checks it", "SD-APP-1")
                : facts.Candidates > scale && facts.ExceptionApproved
                    ? PolicyDecision.Allow($"申报{facts.Candidates}人，超出试点规模{scale}人，已经领导小组批准", $"{facts.Candidates} candidates above the pilot scale of {scale}, approved by the leading group", "SD-APP-1")
                : facts.Candidates > scale
                    ? PolicyDecision.Refuse($"申报{facts.Candidates}人，超出试点规模{scale}人，须经领导小组批准", $"{facts.Candidates} candidates exceed the pilot scale of {scale}; needs the leading group's approval", "SD-APP-1")
                    : PolicyDecision.Allow($"申报{facts.Candidates}人，在试点规模{scale}人内，报领导小组审批", $"{facts.Candidates} candidates within the pilot scale of {scale}; goes to the leading group", "SD-APP-1"));

    /// <summary>
    /// SD-PLAN-1: next year's plan is submitted in the autumn semester with budget indicators. SD-LVL-1 for every
    /// item. SD-BUD-1: within the pilot scale and last year's executed budget unless the leading group approved an exception.
    /// </summary>
    protected override PolicyDecision DecideAnnualPlan(AnnualPlanFacts facts, ParameterSet parameters)
    {
        var startMonth = parameters.Count(PlanWindowStartMonth);
        var endMonth = parameters.Count(PlanWindowEndMonth);
        var opens = new DateOnly(facts.PlanYear - 1, startMonth, 1);
        var endYear = endMonth >= startMonth ? facts.PlanYear - 1 : facts.PlanYear;
        var closes = new DateOnly(endYear, endMonth, DateTime.DaysInMonth(endYear, endMonth));
        var candidates = facts.Items.Sum(i => i.Candidates);
        var budget = facts.Items.Sum(i => i.Budget);
        var overScale = candidates > facts.PilotScale;
        var overBudget = facts.PreviousYearExecutedBudget is { } previous && budget > previous;
        var budgetCheck = !overScale && !overBudget
            ? PolicyDecision.Allow($"{candidates}人、预算{Yuan(budget)}元，未超试点规模和上一年度执行预算", $"{candidates} candidates, {Yuan(budget)} yuan: within the pilot scale and last year's budget", "SD-BUD-1")
            : facts.ExceptionApproved
                ? PolicyDecision.Allow("超出试点规模或上一年度执行预算，已经领导小组批准", "Above the pilot scale or last year's budget, approved by the leading group", "SD-BUD-1")
                : PolicyDecision.All(new[]
                {
                    overScale ? PolicyDecision.Refuse($"{candidates}人超出试点规模{facts.PilotScale}人，须报领导小组审批", $"{candidates} candidates exceed the pilot scale of {facts.PilotScale}; needs the leading group's approval", "SD-BUD-1") : null,
                    overBudget ? PolicyDecision.Refuse($"预算{Yuan(budget)}元超出上一年度执行预算{Yuan(facts.PreviousYearExecutedBudget!.Value)}元，须报领导小组审批", $"Budget {Yuan(budget)} exceeds last year's executed {Yuan(facts.PreviousYearExecutedBudget!.Value)} yuan; needs the leading group's approval", "SD-BUD-1") : null,
                }.OfType<PolicyDecision>());
        return PolicyDecision.All(
            facts.SubmittedOn < opens || facts.SubmittedOn > closes
                ? PolicyDecision.Refuse($"{facts.PlanYear}年度计划须在{opens:yyyy-MM-dd}至{closes:yyyy-MM-dd}的秋季学期编报", $"The {facts.PlanYear} plan is submitted in the autumn semester, {opens:yyyy-MM-dd} to {closes:yyyy-MM-dd}", "SD-PLAN-1")
                : facts.Items.Where(i => i.Budget <= 0).Select(i => i.CertificateCode.Trim()).ToList() is { Count: > 0 } unbudgeted
                    ? PolicyDecision.Refuse($"年度计划每个证书须附考核预算指标：{string.Join("、", unbudgeted)}无预算", $"Every certificate in the plan needs its budget indicator; none for {string.Join(", ", unbudgeted)}", "SD-PLAN-1")
                    : PolicyDecision.Allow("秋季学期编报下一年度计划及预算", "Next year's plan and budget submitted in the autumn semester", "SD-PLAN-1"),
            PolicyDecision.All(facts.Items.Select(i => Level(i.Level, parameters))),
            budgetCheck);
    }

    /// <summary>
    /// SD-CHG-1: a change needs a reason (checked as input), stays within the plan's budget, and is impossible once
    /// the certificate is registered with the credit bank and approved. SD-LVL-1 for the new certificate.
    /// </summary>
    protected override PolicyDecision DecideChangeRequest(ChangeRequestFacts facts, ParameterSet parameters) =>
        PolicyDecision.All(
            facts.RegisteredWithCreditBank
                ? PolicyDecision.Refuse("已完成学分银行平台试点证书申报并通过审核，不予变更", "Registered with the credit bank and approved: no change allowed", "SD-CHG-1")
                : facts.NewBudget > facts.PlanBudget
                    ? PolicyDecision.Refuse($"变更后预算{Yuan(facts.NewBudget)}元超出原预算{Yuan(facts.PlanBudget)}元", $"Budget after the change {Yuan(facts.NewBudget)} exceeds the plan's {Yuan(facts.PlanBudget)} yuan", "SD-CHG-1")
                    : PolicyDecision.Allow("变更在预算内，报二级学院、教务处审批", "Within budget; goes to the school and academic affairs", "SD-CHG-1"),
            Level(facts.ToLevel, parameters));

    /// <summary>
    /// SD-FUND-1: the school pays every enrolled student's exams (no second-certificate rule). The certificate fee
    /// comes from the project budget allocated to the secondary college, which may not be overspent; equipment,
    /// consumables and examiner labour from the secondary college's operating budget (the school's text, §12).
    /// </summary>
    protected override FundingDecision DecideFunding(RegistrationFacts facts, ParameterSet parameters)
    {
        if (facts.Candidate == CandidateKind.ExternalCandidate)
        {
            return ExternalCandidatePays(facts, parameters);
        }

        var (zh, en) = Ordinal(facts.EarlierCertificates + 1);
        var allocated = Money.Round(facts.Price.CertificateFee);
        var lines = new List<FundingLine>
        {
            new(Fund.SchoolAllocatedBudget, "办证费", allocated),
            new(Fund.SchoolOperatingBudget, "设备耗材费", Money.Round(facts.Price.EquipmentAndConsumables)),
            new(Fund.SchoolOperatingBudget, "考评员劳务费", Money.Round(facts.Price.ExaminerLabour)),
        }.Where(l => l.Amount != 0).DefaultIfEmpty(new(Fund.SchoolAllocatedBudget, "考核费", 0m)).ToList();
        if (facts.SchoolBudgetRemaining is { } remaining && allocated > remaining)
        {
            return Funding(Payer.College, lines, parameters,
                $"二级学院项目预算余额{Yuan(remaining)}元不足办证费{Yuan(allocated)}元，不得超支", $"The school's remaining project budget {Yuan(remaining)} is less than the certificate fee of {Yuan(allocated)} yuan; no overspending", "SD-FUND-1")
                with { Allowed = false };
        }

        return Funding(Payer.College, lines, parameters,
            $"学校承担：{zh}证书，办证费从二级学院项目预算支出，其余从运行经费支出", $"Paid by the school: {en} certificate; certificate fee from the school's project budget, the rest from its operating budget", "SD-FUND-1");
    }

    /// <summary>SD-ISS-1: the school hands certificates to passing students, and the archive keeps a scan of each.</summary>
    protected override PolicyDecision DecideIssuance(IssuanceFacts facts, ParameterSet parameters) =>
        !facts.Passed
            ? PolicyDecision.Refuse("考核未通过，不能颁发证书", "Not passed: no certificate is issued", "SD-ISS-1")
            : facts.ScanArchived
                ? PolicyDecision.Allow("考核通过，由学校颁发证书，扫描件已存档", "Passed: the school hands over the certificate; its scan is archived", "SD-ISS-1")
                : PolicyDecision.Refuse("证书扫描件须先存档", "Archive the certificate's scan first", "SD-ISS-1");

    /// <summary>SD-AUD-1: funds are ring-fenced and open to supervision; a breach is a recorded finding.</summary>
    public override IReadOnlyList<string> RulesForFinding(FindingType type) =>
        type == FindingType.FundsNotRingFenced ? [.. base.RulesForFinding(type), "SD-AUD-1"] : base.RulesForFinding(type);

    /// <summary>SD-APP-1 and SD-BUD-1: the leading group approves applications and exceptions; SD-CHG-1: changes pass the school and 教务处.</summary>
    public override ApprovalPath ApprovalPathFor(ApprovalSubject subject) => subject switch
    {
        ApprovalSubject.ProjectApplication => new(subject, [Approver.School, Approver.AcademicAffairsOffice, Approver.LeadingGroup, Approver.Province], ["SD-APP-1", "NAT-STA-1"],
            Explanation.Of("二级学院申报，教务处审核，领导小组审批，报省级备案", "The school applies, academic affairs reviews, the leading group approves, the province is informed", "SD-APP-1", "NAT-STA-1")),
        ApprovalSubject.BudgetException => new(subject, [Approver.LeadingGroup], ["SD-BUD-1"],
            Explanation.Of("超规模、超预算须领导小组审批", "Exceeding the scale or budget needs the leading group", "SD-BUD-1")),
        ApprovalSubject.AnnualPlan => WithRule(base.ApprovalPathFor(subject), "SD-PLAN-1"),
        ApprovalSubject.ChangeRequest => WithRule(base.ApprovalPathFor(subject), "SD-CHG-1"),
        _ => base.ApprovalPathFor(subject),
    };

    private static PolicyDecision Level(CertificateLevel level, ParameterSet parameters)
    {
        var lowest = parameters.Count(LowestLevel);
        return (int)level < lowest
            ? PolicyDecision.Refuse($"不得申报{LevelName((int)level)}证书，须为{LevelName(lowest)}及以上", $"Level {(int)level} may not be applied for; level {lowest} or above", "SD-LVL-1")
            : PolicyDecision.Allow($"{LevelName((int)level)}证书", $"Level {(int)level}", "SD-LVL-1");
    }

    private static string LevelName(int level) => level switch { 1 => "初级", 2 => "中级", _ => "高级" };
}
