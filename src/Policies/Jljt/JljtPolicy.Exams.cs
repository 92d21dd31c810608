using System.Globalization;
using OnePlusX.Outcomes;
using OnePlusX.Policies.Parameters;
using static OnePlusX.Policies.Numbers;

namespace OnePlusX.Policies.Jljt;

/// <summary>JLJT's exam rules and pay (JL-PAY-1..4), filings (JL-FORM-1..4), funding, credits and approvals.</summary>
public sealed partial class JljtPolicy
{
    /// <summary>
    /// JL-PAY-2: examiners filed before the exam, each with the examiner certificate.
    /// JL-PAY-3: at most 2 invigilators per room (or the organisation's approved rule).
    /// JL-PAY-4: at most 2 staff per certificate exam.
    /// </summary>
    protected override PolicyDecision DecideExamPlan(ExamPlanFacts facts, ParameterSet parameters)
    {
        var examiners = facts.Workers.Count(w => w.Role == ExamRole.Examiner);
        return PolicyDecision.All(
            base.DecideExamPlan(facts, parameters),
            facts.FiledOn >= facts.ExamDate
                ? PolicyDecision.Refuse("须在考试前向教务处申报考核时间、考评人员数量及考评员证书", "File times, examiners and their certificates with academic affairs before the exam day", "JL-PAY-2")
                : ExaminersCertified(facts.Workers) is { Allowed: false } uncertified
                    ? uncertified
                    : PolicyDecision.Allow($"考前申报，考评员{examiners}人", $"Filed before the exam, {examiners} examiner(s)", "JL-PAY-2"),
            InvigilatorLimit(facts.Workers, facts.OrganisationInvigilatorLimit, parameters),
            StaffLimit(facts.Workers, parameters));
    }

    private static PolicyDecision ExaminersCertified(IReadOnlyList<ExamWorker> workers)
    {
        var uncertified = workers.Where(w => w.Role == ExamRole.Examiner && !w.HoldsExaminerCertificate).Select(w => w.Name.Trim()).ToList();
        return uncertified.Count > 0
            ? PolicyDecision.Refuse($"考评员须持考评员证书：{string.Join("、", uncertified)}未持证", $"Examiners need the examiner certificate; missing for {string.Join(", ", uncertified)}", "JL-PAY-2")
            : PolicyDecision.Allow("考评员均持考评员证书", "Every examiner holds the examiner certificate", "JL-PAY-2");
    }

    /// <summary>The fee table pays only what the exam plan may have: certified examiners, the room and staff limits.</summary>
    protected override PolicyDecision DecideExamFeeLimits(ExamFeeFacts facts, ParameterSet parameters) =>
        PolicyDecision.All(ExaminersCertified(facts.Workers), InvigilatorLimit(facts.Workers, facts.OrganisationInvigilatorLimit, parameters), StaffLimit(facts.Workers, parameters));

    /// <summary>JL-PAY-2 examiners 800/day, JL-PAY-3 invigilators 100/session, JL-PAY-4 staff 200/person per exam.</summary>
    protected override FeeLine PriceWorker(ExamWorker worker, ExamFeeFacts facts, ParameterSet parameters) => worker.Role switch
    {
        ExamRole.Examiner => FeeTables.PersonLine(worker, CostType.ExaminerFee, $"考评员 · {ModeName(facts.Mode)} · {facts.CertificateName}", worker.Days, "天", parameters.Amount(JljtParameters.ExaminerDailyRate), ["JL-PAY-2"]),
        ExamRole.Invigilator => FeeTables.PersonLine(worker, CostType.InvigilatorFee, $"监考 · {ModeName(facts.Mode)} · {facts.CertificateName}", FeeTables.DistinctSittings(worker).Count, "场", parameters.Amount(JljtParameters.InvigilatorSessionRate), ["JL-PAY-3"]),
        ExamRole.ExamStaff => FeeTables.PersonLine(worker, CostType.ExamStaffFee, $"工作人员 · {ModeName(facts.Mode)} · {facts.CertificateName}", 1, "人·项目", parameters.Amount(JljtParameters.ExamStaffRate), ["JL-PAY-4"]),
        _ => base.PriceWorker(worker, facts, parameters),
    };

    protected override IReadOnlyList<string> ExamFeeRules(ParameterSet parameters) => ["JL-FORM-4", "NAT-FEE-1"];

    /// <summary>JL-PAY-1: hours × normal hourly rate × student-number coefficient; the table is 附件3 (JL-FORM-3).</summary>
    protected override FeeLine PriceTeaching(TeachingAssignment assignment, ParameterSet parameters)
    {
        var hours = assignment.Days.Sum(d => d.Hours);
        var coefficient = parameters.Brackets(JljtParameters.Coefficients).For(assignment.Students);
        return FeeTables.TeachingLine(assignment, hours, parameters.Amount(JljtParameters.HourlyRate), coefficient, ["JL-PAY-1"]) with
        {
            WorkloadHours = Workload(hours, parameters),
        };
    }

    protected override IReadOnlyList<string> TeachingFeeRules(ParameterSet parameters) => ["JL-FORM-3"];

    /// <summary>
    /// JL-FUND-1: public funds pay one certificate per student; the second and later are the student's.
    /// JL-FUND-2: once the pilot is over (a parameter switched on from the day it ends), students pay every certificate.
    /// </summary>
    protected override FundingDecision DecideFunding(RegistrationFacts facts, ParameterSet parameters)
    {
        if (facts.Candidate == CandidateKind.ExternalCandidate)
        {
            return ExternalCandidatePays(facts, parameters);
        }

        var n = facts.EarlierCertificates + 1;
        var (zh, en) = Ordinal(n);
        if (parameters.Flag(JljtParameters.PilotEnded))
        {
            return Funding(Payer.Student, PriceLines(Fund.CandidatePayment, facts.Price), parameters, $"学生自费：试点结束后{zh}证书", $"Paid by the student: {en} certificate after the pilot", "JL-FUND-2");
        }

        return n <= parameters.Count(JljtParameters.PubliclyFundedCertificates)
            ? Funding(Payer.College, PriceLines(Fund.PublicSpecialFund, facts.Price), parameters, $"财政专项资金承担：{zh}证书", $"Paid from public funds: {en} certificate", "JL-FUND-1")
            : Funding(Payer.Student, PriceLines(Fund.CandidatePayment, facts.Price), parameters, $"学生自费：{zh}证书", $"Paid by the student: {en} certificate", "JL-FUND-1");
    }

    /// <summary>JL-CRD-1: a held X certificate may substitute the credits of a programme course.</summary>
    protected override CreditGrant DecideCredits(CreditFacts facts, ParameterSet parameters) =>
        facts.SubstitutedCourseCredits is > 0 and var credits
            ? new(credits, CreditCategory.CourseSubstitution, ["JL-CRD-1"], Explanation.Of($"置换课程学分{N(credits)}分", $"Substitutes {N(credits)} course credits", "JL-CRD-1"))
            : new(0, CreditCategory.None, ["JL-CRD-1"], Explanation.Of("可按学分置换办法置换课程学分，尚未指定置换课程", "Course credits may be substituted; no course named yet", "JL-CRD-1"));

    /// <summary>JL-FORM-1: 附件1 needs major, place, each teacher's title, task and qualification, the timetable and the course standard.</summary>
    protected override PolicyDecision DecideTrainingFiling(TrainingFiling filing, ParameterSet parameters)
    {
        var missing = new List<(string Chinese, string English)>();
        Need(missing, !string.IsNullOrWhiteSpace(filing.Major), ("培训专业", "major"));
        Need(missing, !string.IsNullOrWhiteSpace(filing.Place), ("培训地点", "place"));
        Need(missing, filing.Teachers.Count > 0, ("培训教师", "teachers"));
        Need(missing, filing.Teachers.All(t => !string.IsNullOrWhiteSpace(t.Title)), ("教师职称/职务", "teacher's title or post"));
        Need(missing, filing.Teachers.All(t => !string.IsNullOrWhiteSpace(t.Task)), ("教师承担任务", "teacher's task"));
        Need(missing, filing.TimetableAttached, ("1+X课表", "timetable"));
        Need(missing, filing.CourseStandardAttached, ("培训课程标准", "course standard"));
        return missing.Count == 0
            ? PolicyDecision.Allow("培训备案表（附件1）信息完整", "Training filing (form 1) complete", "JL-FORM-1")
            : PolicyDecision.Refuse($"培训备案表（附件1）缺少：{string.Join("、", missing.Select(m => m.Chinese))}", $"Training filing (form 1) is missing: {string.Join(", ", missing.Select(m => m.English))}", "JL-FORM-1");
    }

    /// <summary>JL-FORM-2: 附件2 needs major, place, each invigilator's room and time, and the exam plan.</summary>
    protected override PolicyDecision DecideExamFiling(ExamFiling filing, ParameterSet parameters)
    {
        var missing = new List<(string Chinese, string English)>();
        Need(missing, !string.IsNullOrWhiteSpace(filing.Major), ("考核专业", "major"));
        Need(missing, !string.IsNullOrWhiteSpace(filing.Place), ("考核地点", "place"));
        Need(missing, filing.Invigilators.Count > 0, ("监考教师", "invigilators"));
        Need(missing, filing.Invigilators.All(i => !string.IsNullOrWhiteSpace(i.Room)), ("监考地点", "invigilator's room"));
        Need(missing, filing.ExamPlanAttached, ("考核安排方案", "exam plan"));
        return missing.Count == 0
            ? PolicyDecision.Allow("考核备案表（附件2）信息完整", "Exam filing (form 2) complete", "JL-FORM-2")
            : PolicyDecision.Refuse($"考核备案表（附件2）缺少：{string.Join("、", missing.Select(m => m.Chinese))}", $"Exam filing (form 2) is missing: {string.Join(", ", missing.Select(m => m.English))}", "JL-FORM-2");
    }

    /// <summary>
    /// JL-ORG-1: the leading group's office sits in 教务处 and the leading group decides exceptions; training and
    /// exam filings carry the school's and 教务处's opinions (JL-FORM-1, JL-FORM-2); added courses go to 教务处 (JL-CUR-2).
    /// </summary>
    public override ApprovalPath ApprovalPathFor(ApprovalSubject subject) => subject switch
    {
        ApprovalSubject.BudgetException => new(subject, [Approver.AcademicAffairsOffice, Approver.LeadingGroup], ["JL-ORG-1"],
            Explanation.Of("领导小组办公室（教务处）受理，领导小组审批", "Received by the leading group's office in academic affairs, decided by the leading group", "JL-ORG-1")),
        ApprovalSubject.CourseAddition => new(subject, [Approver.AcademicAffairsOffice], ["JL-CUR-2"],
            Explanation.Of("开课前报教务处审批", "Approved by academic affairs before the course starts", "JL-CUR-2")),
        ApprovalSubject.TrainingPlan => new(subject, [Approver.School, Approver.AcademicAffairsOffice], ["JL-FORM-1"],
            Explanation.Of("学院意见、教务处意见", "Opinions of the school and of academic affairs", "JL-FORM-1")),
        ApprovalSubject.ExamFiling => new(subject, [Approver.School, Approver.AcademicAffairsOffice], ["JL-FORM-2"],
            Explanation.Of("学院意见、教务处意见", "Opinions of the school and of academic affairs", "JL-FORM-2")),
        _ => WithRule(base.ApprovalPathFor(subject), "JL-ORG-1"),
    };

    private PolicyDecision InvigilatorLimit(IReadOnlyList<ExamWorker> workers, int? organisationLimit, ParameterSet parameters)
    {
        var limit = organisationLimit ?? parameters.Count(JljtParameters.InvigilatorsPerRoom);
        var duties = workers.Where(w => w.Role == ExamRole.Invigilator)
            .SelectMany(w => FeeTables.DistinctSittings(w).Select(s => (Room: FeeTables.Room(s.Room), s.Start, s.End, Name: w.Name.Trim())))
            .ToList();

        // At the start of each duty, count the invigilators in that room whose duty is running then: the most a
        // room holds at once is reached at some duty's start, whether sittings share their times or only overlap.
        var crowded = duties
            .Select(d => (d.Room, d.Start, Count: duties.Where(o => o.Room == d.Room && o.Start <= d.Start && d.Start < o.End).Select(o => o.Name).Distinct().Count()))
            .Where(x => x.Count > limit)
            .DistinctBy(x => (x.Room, x.Start))
            .Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.Room} {x.Start.ToOffset(ChinaOffset):MM-dd HH:mm} {x.Count}"))
            .ToList();
        var source = organisationLimit is null ? "" : "（评价组织要求，经审批）";
        return crowded.Count == 0
            ? PolicyDecision.Allow($"每考场监考不多于{limit}人{source}", $"At most {limit} invigilators per room", "JL-PAY-3")
            : PolicyDecision.Refuse($"每考场监考不得多于{limit}人{source}：{string.Join("，", crowded)}", $"At most {limit} invigilators per room: {string.Join(", ", crowded)}", "JL-PAY-3");
    }

    private static PolicyDecision StaffLimit(IReadOnlyList<ExamWorker> workers, ParameterSet parameters)
    {
        var limit = parameters.Count(JljtParameters.ExamStaffPerExam);
        var staff = workers.Where(w => w.Role == ExamRole.ExamStaff).Select(w => w.Name.Trim()).Distinct().Count();
        return staff > limit
            ? PolicyDecision.Refuse($"每个证书考核工作人员不得超过{limit}人，现有{staff}人", $"At most {limit} staff per certificate exam; {staff} listed", "JL-PAY-4")
            : PolicyDecision.Allow($"工作人员{staff}人，不超过{limit}人", $"{staff} staff, at most {limit}", "JL-PAY-4");
    }

    private static string ModeName(ExamMode mode) => mode switch
    {
        ExamMode.Computer => "机考",
        ExamMode.Written => "笔试",
        _ => "实践操作",
    };

    private static void Need(List<(string Chinese, string English)> missing, bool present, (string Chinese, string English) item)
    {
        if (!present)
        {
            missing.Add(item);
        }
    }
}
