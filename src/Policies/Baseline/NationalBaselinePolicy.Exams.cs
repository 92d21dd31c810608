using System.Globalization;
using OnePlusX.Outcomes;
using OnePlusX.Policies.Parameters;
using static OnePlusX.Policies.Validation.FactCheck;

namespace OnePlusX.Policies.Baseline;

/// <summary>Exam plans, exam work fees (附件4), venue conflicts, and issuance.</summary>
public partial class NationalBaselinePolicy
{
    /// <summary>Exam days are China days: a sitting at 00:30 Beijing time belongs to that Beijing day.</summary>
    protected static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public CommandResult<PolicyDecision> CheckExamPlan(ExamPlanFacts facts, ParameterSchedule parameters) =>
        facts is null
            ? Missing("input")
            : Evaluate(
                First(
                    Defined(facts.Mode, "mode"),
                    facts.Sittings is { Count: 0 } ? CommandError.Invalid("sittings", "An exam needs at least one sitting.") : null,
                    Each(facts.Sittings, "sittings", Sitting),
                    Each(facts.Workers, "workers", Worker),
                    facts.OrganisationInvigilatorLimit is { } limit ? Positive(limit, "organisationInvigilatorLimit") : null,
                    Each(facts.OtherBookings, "otherBookings", (b, field) => Sitting(new ExamSitting(b.Room, b.Start, b.End), field))),
                parameters,
                facts.ExamDate,
                "examDate",
                p => DecideExamPlan(facts, p));

    public CommandResult<FeeTable> ComputeExamFees(ExamFeeFacts facts, ParameterSchedule parameters) =>
        facts is null
            ? Missing("input")
            : EvaluateOrRefuse(
                First(
                    Required(facts.CertificateName, "certificateName"),
                    Defined(facts.Mode, "mode"),
                    Each(facts.Workers, "workers", (w, field) => Worker(w, field) ?? ValidatePaidWorker(w, field)),
                    Each(facts.OtherCosts, "otherCosts", (c, field) => First(
                        Defined(c.Type, $"{field}.type"), Required(c.Description, $"{field}.description"), Amount(c.Amount, $"{field}.amount")))),
                parameters,
                facts.ExamDate,
                "examDate",
                p =>
                {
                    var limits = PolicyDecision.All(NationalRules.CheckFeeTypes(facts.OtherCosts), DecideExamFeeLimits(facts, p));
                    if (!limits.Allowed)
                    {
                        return CommandError.Refused(limits);
                    }

                    var lines = facts.Workers.SelectMany(w => PriceWorkerLines(w, facts, p)).Concat(facts.OtherCosts.Select(FeeTables.CostLine)).ToList();
                    return CommandResult<FeeTable>.Ok(FeeTables.Build(Code, p, lines, ExamFeeRules(p)));
                });

    public CommandResult<PolicyDecision> CheckIssuance(IssuanceFacts facts, ParameterSchedule parameters) =>
        facts is null ? Missing("input") : Evaluate(null, parameters, facts.IssuedOn, "issuedOn", p => DecideIssuance(facts, p));

    /// <summary>The baseline refuses only what is physically impossible: two sittings claiming one room at once.</summary>
    protected virtual PolicyDecision DecideExamPlan(ExamPlanFacts facts, ParameterSet parameters) =>
        VenueConflicts(facts, []);

    /// <summary>
    /// Sittings of this exam that overlap another sitting in the same room (of this or another exam). Touching
    /// sittings (one ends at 11:00, the next starts at 11:00) do not conflict.
    /// </summary>
    protected static PolicyDecision VenueConflicts(ExamPlanFacts facts, string[] ruleIds)
    {
        var others = facts.Sittings.Select((s, i) => (Name: $"本场考核第{i + 1}场", s.Room, s.Start, s.End, Index: i))
            .Concat(facts.OtherBookings.Select(b => (Name: b.ExamName, b.Room, b.Start, b.End, Index: -1)))
            .ToList();
        var conflicts = new List<string>();
        for (var i = 0; i < facts.Sittings.Count; i++)
        {
            var s = facts.Sittings[i];
            foreach (var o in others.Where(o => o.Index != i && (o.Index < 0 || o.Index > i)))
            {
                if (FeeTables.Room(o.Room) == FeeTables.Room(s.Room) && s.Start < o.End && o.Start < s.End)
                {
                    conflicts.Add(string.Create(CultureInfo.InvariantCulture, $"{s.Room.Trim()} {s.Start.ToOffset(ChinaOffset):MM-dd HH:mm}–{s.End.ToOffset(ChinaOffset):HH:mm} × {o.Name}"));
                }
            }
        }

        return conflicts.Count == 0
            ? PolicyDecision.Allow("考场时间无冲突", "No venue is claimed twice at once", ruleIds)
            : PolicyDecision.Refuse($"考场时间冲突：{string.Join("，", conflicts)}", $"Venue claimed twice at once: {string.Join(", ", conflicts)}", ruleIds);
    }

    /// <summary>Pay rules a worker must satisfy (e.g. examiners need days); null when fine.</summary>
    protected virtual CommandError? ValidatePaidWorker(ExamWorker worker, string field) => worker.Role switch
    {
        ExamRole.Examiner or ExamRole.Supervisor => Positive(worker.Days, $"{field}.days"),
        ExamRole.Invigilator when worker.Sittings.Count == 0 => CommandError.Invalid($"{field}.sittings", "An invigilator is paid by the session and needs at least one sitting."),
        _ => null,
    };

    /// <summary>Limits on who may be paid for an exam; the baseline has none.</summary>
    protected virtual PolicyDecision DecideExamFeeLimits(ExamFeeFacts facts, ParameterSet parameters) =>
        PolicyDecision.Allow("国家基线：考务人员不设数量限制", "National baseline: no limit on exam workers");

    /// <summary>Baseline exam pay at the college's own rates (NAT-COST-1 lists them as exam costs).</summary>
    protected virtual FeeLine PriceWorker(ExamWorker worker, ExamFeeFacts facts, ParameterSet parameters) => worker.Role switch
    {
        ExamRole.Examiner => FeeTables.PersonLine(worker, CostType.ExaminerFee, "考评员", worker.Days, "天", parameters.Amount(NationalParameters.ExaminerDailyRate), ["NAT-COST-1"]),
        ExamRole.Invigilator => FeeTables.PersonLine(worker, CostType.InvigilatorFee, "监考", FeeTables.DistinctSittings(worker).Count, "场", parameters.Amount(NationalParameters.InvigilatorSessionRate), ["NAT-COST-1"]),
        ExamRole.ExamStaff => FeeTables.PersonLine(worker, CostType.ExamStaffFee, "工作人员", 1, "人·项目", parameters.Amount(NationalParameters.ExamStaffRate), ["NAT-COST-1"]),
        _ => FeeTables.PersonLine(worker, CostType.SupervisorFee, "督导员", worker.Days, "天", parameters.Amount(NationalParameters.SupervisorDailyRate), ["NAT-COST-1"]),
    };

    /// <summary>The rows a worker is paid with; one row unless a policy pays by day and session (XM-PAY-2).</summary>
    protected virtual IEnumerable<FeeLine> PriceWorkerLines(ExamWorker worker, ExamFeeFacts facts, ParameterSet parameters) =>
        [PriceWorker(worker, facts, parameters)];

    /// <summary>The rules an exam-fee table of this policy cites as a whole.</summary>
    protected virtual IReadOnlyList<string> ExamFeeRules(ParameterSet parameters) => ["NAT-COST-1", "NAT-FEE-1"];

    /// <summary>Only a candidate who passed receives a certificate.</summary>
    protected virtual PolicyDecision DecideIssuance(IssuanceFacts facts, ParameterSet parameters) =>
        facts.Passed
            ? PolicyDecision.Allow("考核通过，可颁发证书", "Passed: the certificate may be issued")
            : PolicyDecision.Refuse("考核未通过，不能颁发证书", "Not passed: no certificate is issued");
}
