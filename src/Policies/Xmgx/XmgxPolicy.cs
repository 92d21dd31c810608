using OnePlusX.Outcomes;
using OnePlusX.Policies.Baseline;
using OnePlusX.Policies.Parameters;
using static OnePlusX.Policies.Numbers;

namespace OnePlusX.Policies.Xmgx;

/// <summary>厦门工学院"1+X"证书制度试点实施方案（试行）(厦工教〔2020〕39号).</summary>
public sealed class XmgxPolicy : NationalBaselinePolicy
{
    public const string CreditsPerCertificate = "XM-CRD-1.creditsPerCertificate";
    public const string HourlyRate = "XM-PAY-1.hourlyRate";
    public const string DailyRate = "XM-PAY-1.dailyRate";
    public const string HoursPerDay = "XM-PAY-1.hoursPerDay";
    public const string LongDay = "XM-PAY-1.longDay";
    public const string ShortSessionRate = "XM-PAY-2.shortSessionRate";
    public const string LongSessionRate = "XM-PAY-2.longSessionRate";
    public const string LongSessionMinutes = "XM-PAY-2.longSessionMinutes";
    public const string BusyDaySessions = "XM-PAY-2.busyDaySessions";
    public const string BusyDayRate = "XM-PAY-2.busyDayRate";
    public const string SchoolShare = "XM-PRF-1.schoolShare";

    /// <summary>A day with more class hours than a day counts (6) is paid the day rate: the text counts a day as 6 hours.</summary>
    public const string CapAtDailyRate = "capAtDailyRate";

    /// <summary>The alternative reading: every class hour is paid at the hourly rate.</summary>
    public const string PayEveryHour = "payEveryHour";

    public override string Code => "XMGX";

    public override Explanation Source => new("厦门工学院“1+X”证书制度试点实施方案（试行）（厦工教〔2020〕39号）", "Xiamen Institute of Technology 1+X pilot scheme (2020 No. 39)");

    protected override IReadOnlyList<ParameterDefinition> SchoolParameters { get; } =
    [
        Define.Number(CreditsPerCertificate, "XM-CRD-1", "2", "每本证书认定学分", "Credits per certificate", maximum: 20),
        Define.Amount(HourlyRate, "XM-PAY-1", "120", "教师培训课酬（元/学时）", "Training pay per class hour (yuan)"),
        Define.Amount(DailyRate, "XM-PAY-1", "720", "教师培训课酬（元/天）", "Training pay per day (yuan)"),
        Define.Number(HoursPerDay, "XM-PAY-1", "6", "1天折合学时", "Class hours a day counts as", minimum: 1, maximum: 24),
        Define.Choice(LongDay, "XM-PAY-1", CapAtDailyRate, [CapAtDailyRate, PayEveryHour], "单日超过6学时：按天封顶或逐学时计酬", "A day above 6 class hours: capped at the day rate, or every hour paid"),
        Define.Amount(ShortSessionRate, "XM-PAY-2", "150", "考务费（元/场，不足3小时）", "Exam duty pay per session under 3 hours (yuan)"),
        Define.Amount(LongSessionRate, "XM-PAY-2", "200", "考务费（元/场，3小时及以上）", "Exam duty pay per session of 3 hours or more (yuan)"),
        Define.Count(LongSessionMinutes, "XM-PAY-2", 180, "长场次起算分钟数", "Minutes from which a session is long", minimum: 1),
        Define.Count(BusyDaySessions, "XM-PAY-2", 3, "按天计酬的当天场次数（含）", "Sessions on one day from which the day is paid as a whole", minimum: 1),
        Define.Amount(BusyDayRate, "XM-PAY-2", "500", "考务费（元/天，当天3场及以上）", "Exam duty pay per day of 3 or more sessions (yuan)"),
        Define.Number(SchoolShare, "XM-PRF-1", "0.30", "二级学院利润分成比例", "Share of the profit that goes to the secondary college", maximum: 1),
    ];

    /// <summary>
    /// XM-PAY-1: 120 yuan per class hour, or 720 yuan per day of 6 hours. A day above 6 hours is ambiguous in the
    /// text; by default it is paid the day rate (the text counts a day as 6 hours); the parameter
    /// <see cref="LongDay"/> switches to paying every hour.
    /// </summary>
    protected override FeeLine PriceTeaching(TeachingAssignment assignment, ParameterSet parameters)
    {
        var hourly = parameters.Amount(HourlyRate);
        var daily = parameters.Amount(DailyRate);
        var dayHours = parameters.Number(HoursPerDay);
        var cap = parameters.Choice(LongDay) == CapAtDailyRate;
        var fullDays = 0;
        var amount = 0m;
        foreach (var day in assignment.Days.GroupBy(d => d.Date).Select(g => g.Sum(d => d.Hours)))
        {
            if (day >= dayHours && (cap || day == dayHours))
            {
                fullDays++;
                amount += daily;
            }
            else
            {
                amount += day * hourly;
            }
        }

        var hours = assignment.Days.Sum(d => d.Hours);
        var remarks = fullDays == 0 ? assignment.Remarks : $"{fullDays}天按{Yuan(daily)}元/天计" + (assignment.Remarks is null ? "" : $"；{assignment.Remarks}");
        return FeeTables.TeachingLine(assignment, hours, hourly, 1m, ["XM-PAY-1"]) with
        {
            Amount = Money.Round(amount),
            Remarks = remarks,
            WorkloadHours = Workload(hours, parameters),
        };
    }

    protected override IReadOnlyList<string> TeachingFeeRules(ParameterSet parameters) => ["XM-PAY-1", "XM-FIN-1"];

    /// <summary>Exam duty is paid by the session, so invigilators and staff need their sittings.</summary>
    protected override CommandError? ValidatePaidWorker(ExamWorker worker, string field) =>
        worker.Role is ExamRole.Invigilator or ExamRole.ExamStaff && worker.Sittings.Count == 0
            ? CommandError.Invalid($"{field}.sittings", "Exam duty is paid by the session (XM-PAY-2); list the sittings worked.")
            : base.ValidatePaidWorker(worker, field);

    /// <summary>
    /// XM-PAY-2: per person and China day: 3 or more sessions → 500 for the day; otherwise 150 per session under
    /// 3 hours and 200 per session of 3 hours or more (2h59 is short, 3h00 is long).
    /// </summary>
    protected override IEnumerable<FeeLine> PriceWorkerLines(ExamWorker worker, ExamFeeFacts facts, ParameterSet parameters)
    {
        if (worker.Role is not (ExamRole.Invigilator or ExamRole.ExamStaff))
        {
            yield return PriceWorker(worker, facts, parameters);
            yield break;
        }

        var busy = parameters.Count(BusyDaySessions);
        var longFrom = TimeSpan.FromMinutes(parameters.Count(LongSessionMinutes));
        foreach (var day in FeeTables.DistinctSittings(worker).GroupBy(s => DateOnly.FromDateTime(s.Start.ToOffset(ChinaOffset).DateTime)).OrderBy(g => g.Key))
        {
            var sessions = day.ToList();
            if (sessions.Count >= busy)
            {
                yield return FeeTables.PersonLine(worker, CostType.ExamDutyFee, $"考务 {day.Key:yyyy-MM-dd}（当天{sessions.Count}场）", 1, "天", parameters.Amount(BusyDayRate), ["XM-PAY-2"]);
                continue;
            }

            var longSessions = sessions.Count(s => s.End - s.Start >= longFrom);
            var shortSessions = sessions.Count - longSessions;
            if (shortSessions > 0)
            {
                yield return FeeTables.PersonLine(worker, CostType.ExamDutyFee, $"考务 {day.Key:yyyy-MM-dd}（不足3小时）", shortSessions, "场", parameters.Amount(ShortSessionRate), ["XM-PAY-2"]);
            }

            if (longSessions > 0)
            {
                yield return FeeTables.PersonLine(worker, CostType.ExamDutyFee, $"考务 {day.Key:yyyy-MM-dd}（3小时及以上）", longSessions, "场", parameters.Amount(LongSessionRate), ["XM-PAY-2"]);
            }
        }

    }

    protected override IReadOnlyList<string> ExamFeeRules(ParameterSet parameters) => ["XM-PAY-2", "XM-FIN-1", "NAT-FEE-1"];

    /// <summary>XM-SCH-1: the appraisal station keeps one exam calendar so that no two exams claim a venue at once.</summary>
    protected override PolicyDecision DecideExamPlan(ExamPlanFacts facts, ParameterSet parameters) => VenueConflicts(facts, ["XM-SCH-1"]);

    /// <summary>
    /// XM-FIN-1: every fee is collected into, and every cost paid from, the education company's account. Who bears
    /// the cost is not in XMGX's text, so the national baseline decides (the college pays the first certificate).
    /// XM-ORG-1: the appraisal station enrols external candidates, who pay their own.
    /// </summary>
    protected override FundingDecision DecideFunding(RegistrationFacts facts, ParameterSet parameters)
    {
        var national = base.DecideFunding(facts, parameters);
        var lines = national.Lines.Select(l => l with { Fund = Fund.EducationCompanyAccount }).ToList();
        string[] rules = facts.Candidate == CandidateKind.ExternalCandidate ? ["XM-ORG-1", "XM-FIN-1"] : [.. national.RuleIds, "XM-FIN-1"];
        var (zh, en) = Ordinal(facts.EarlierCertificates + 1);
        var (chinese, english) = national.Payer switch
        {
            Payer.College => ($"学校承担：{zh}证书，经教育科技有限公司账户支付", $"Paid by the college through the education company's account: {en} certificate"),
            Payer.Student => ($"学生自费：{zh}证书，由教育科技有限公司账户收取", $"Paid by the student into the education company's account: {en} certificate"),
            _ => ("社会学员由职业技能鉴定站招生，自行缴费至教育科技有限公司账户", "External candidate enrolled by the appraisal station pays the education company's account"),
        };
        return Funding(national.Payer, lines, parameters, chinese, english, rules);
    }

    /// <summary>XM-ORG-1: external candidates register through the appraisal station.</summary>
    protected override PolicyDecision DecideRegistration(RegistrationFacts facts, ParameterSet parameters) =>
        facts.Candidate == CandidateKind.ExternalCandidate
            ? PolicyDecision.Allow("社会学员经职业技能鉴定站报名", "External candidate registered through the appraisal station", "XM-ORG-1")
            : base.DecideRegistration(facts, parameters);

    /// <summary>XM-CRD-1: every certificate, a driving licence included, counts as 2 credits of innovation practice or public elective.</summary>
    protected override CreditGrant DecideCredits(CreditFacts facts, ParameterSet parameters)
    {
        var credits = parameters.Number(CreditsPerCertificate);
        var category = facts.Requested == CreditCategory.PublicElective ? CreditCategory.PublicElective : CreditCategory.InnovationPractice;
        var (zh, en) = category == CreditCategory.PublicElective ? ("公共通识选修课学分", "public elective credits") : ("创新创业实践学分", "innovation and entrepreneurship practice credits");
        var what = facts.IsDrivingLicence ? ("驾驶证", "Driving licence") : ("证书", "Certificate");
        return new(credits, category, ["XM-CRD-1"], Explanation.Of($"{what.Item1}认定{N(credits)}学分（{zh}）", $"{what.Item2} counts as {N(credits)} {en}", "XM-CRD-1"));
    }

    /// <summary>XM-PRF-1: after all exam, training, venue and energy costs, 30% of a positive profit goes to the secondary college.</summary>
    protected override ProfitShare DecideProfitShare(ProfitFacts facts, decimal profit, ParameterSet parameters)
    {
        var share = parameters.Number(SchoolShare);
        return profit <= 0
            ? new(Money.Round(profit), 0m, ["XM-PRF-1"], Explanation.Of($"无结余利润（{Yuan(profit)}元），不分润", $"No profit ({Yuan(profit)} yuan): nothing to share", "XM-PRF-1"), parameters.Used)
            : new(Money.Round(profit), Money.Round(profit * share), ["XM-PRF-1"],
                Explanation.Of($"结余利润{Yuan(profit)}元，二级学院获{Percent(share)}即{Yuan(Money.Round(profit * share))}元", $"Profit {Yuan(profit)} yuan; the school gets {Percent(share)}, {Yuan(Money.Round(profit * share))} yuan", "XM-PRF-1"),
                parameters.Used);
    }

    /// <summary>XM-ORG-1: the appraisal station applies for stations and enrols external candidates.</summary>
    public override ApprovalPath ApprovalPathFor(ApprovalSubject subject) => subject switch
    {
        ApprovalSubject.StationApplication => new(subject, [Approver.School, Approver.AppraisalStation, Approver.AcademicAffairsOffice, Approver.Province], ["XM-ORG-1", "NAT-STA-1"],
            Explanation.Of("二级学院申报，职业技能鉴定站对接评价组织，教务处审核，报省级备案", "The school applies, the appraisal station liaises, academic affairs reviews, the province is informed", "XM-ORG-1", "NAT-STA-1")),
        ApprovalSubject.ProjectApplication => new(subject, [Approver.School, Approver.AppraisalStation, Approver.AcademicAffairsOffice, Approver.Province], ["XM-ORG-1", "NAT-STA-1"],
            Explanation.Of("二级学院申报，职业技能鉴定站协助，教务处审核，报省级备案", "The school applies with the appraisal station's help, academic affairs reviews, the province is informed", "XM-ORG-1", "NAT-STA-1")),
        ApprovalSubject.ExternalCandidateEnrolment => new(subject, [Approver.AppraisalStation], ["XM-ORG-1"],
            Explanation.Of("职业技能鉴定站负责社会学员招生", "The appraisal station enrols external candidates", "XM-ORG-1")),
        _ => base.ApprovalPathFor(subject),
    };
}
