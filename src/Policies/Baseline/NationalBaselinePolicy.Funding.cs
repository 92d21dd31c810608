using OnePlusX.Outcomes;
using OnePlusX.Policies.Parameters;
using static OnePlusX.Policies.Validation.FactCheck;

namespace OnePlusX.Policies.Baseline;

/// <summary>Registration, who pays for it, and profit share.</summary>
public partial class NationalBaselinePolicy
{
    public CommandResult<PolicyDecision> CheckRegistration(RegistrationFacts facts, ParameterSchedule parameters) =>
        facts is null ? Missing("input") : Evaluate(ValidateRegistration(facts), parameters, facts.RegisteredOn, "registeredOn", p => DecideRegistration(facts, p));

    public CommandResult<FundingDecision> DecideFunding(RegistrationFacts facts, ParameterSchedule parameters) =>
        facts is null ? Missing("input") : Evaluate(ValidateRegistration(facts), parameters, facts.RegisteredOn, "registeredOn", p => DecideFunding(facts, p));

    public CommandResult<ProfitShare> ShareProfit(ProfitFacts facts, ParameterSchedule parameters) =>
        facts is null
            ? Missing("input")
            : Evaluate(
                First(Amount(facts.Revenue, "revenue"), Amount(facts.ExamAndTrainingCosts, "examAndTrainingCosts"), Amount(facts.VenueEnergyCosts, "venueEnergyCosts")),
                parameters,
                facts.ClosedOn,
                "closedOn",
                p => DecideProfitShare(facts, facts.Revenue - facts.ExamAndTrainingCosts - facts.VenueEnergyCosts, p));

    /// <summary>The national guidance does not require selection before registration.</summary>
    protected virtual PolicyDecision DecideRegistration(RegistrationFacts facts, ParameterSet parameters) =>
        PolicyDecision.Allow("国家基线：报名不设遴选要求", "National baseline: registration needs no selection");

    /// <summary>
    /// The national guidance has colleges ensure every pilot student sits at least one certificate exam at the
    /// college's cost (NAT-COST-1); how many more the college pays for is its parameter (1 by default), after
    /// which the student pays. External candidates always pay their own.
    /// </summary>
    protected virtual FundingDecision DecideFunding(RegistrationFacts facts, ParameterSet parameters)
    {
        if (facts.Candidate == CandidateKind.ExternalCandidate)
        {
            return ExternalCandidatePays(facts, parameters);
        }

        var n = facts.EarlierCertificates + 1;
        var (zh, en) = Ordinal(n);
        return n <= parameters.Count(NationalParameters.CollegeFundedCertificates)
            ? Funding(Payer.College, PriceLines(Fund.CollegeFunds, facts.Price), parameters, $"学校承担：{zh}证书", $"Paid by the college: {en} certificate", "NAT-COST-1")
            : Funding(Payer.Student, PriceLines(Fund.CandidatePayment, facts.Price), parameters, $"学生自费：{zh}证书", $"Paid by the student: {en} certificate", "NAT-COST-1");
    }

    /// <summary>An external candidate (社会学员) pays the whole agreed price.</summary>
    protected static FundingDecision ExternalCandidatePays(RegistrationFacts facts, ParameterSet parameters, params string[] ruleIds) =>
        Funding(Payer.ExternalCandidate, PriceLines(Fund.CandidatePayment, facts.Price), parameters, "社会学员自行缴费", "External candidate pays", ruleIds);

    /// <summary>The national guidance has no profit share; the profit is reported, nothing is shared.</summary>
    protected virtual ProfitShare DecideProfitShare(ProfitFacts facts, decimal profit, ParameterSet parameters) =>
        new(Money.Round(profit), 0m, [], new("国家基线：无利润分成规定", "National baseline: no profit share"), parameters.Used);

    /// <summary>A funding decision with its explanation and the parameters read.</summary>
    protected static FundingDecision Funding(Payer payer, IReadOnlyList<FundingLine> lines, ParameterSet parameters, string chinese, string english, params string[] ruleIds) =>
        new(true, payer, lines, ruleIds, Explanation.Of(chinese, english, ruleIds), parameters.Used);

    /// <summary>The price's non-zero components, all from one fund.</summary>
    protected static IReadOnlyList<FundingLine> PriceLines(Fund fund, ExamPrice price)
    {
        List<FundingLine> lines =
        [
            new(fund, "设备耗材费", Money.Round(price.EquipmentAndConsumables)),
            new(fund, "办证费", Money.Round(price.CertificateFee)),
            new(fund, "考评员劳务费", Money.Round(price.ExaminerLabour)),
        ];
        var nonZero = lines.Where(l => l.Amount != 0).ToList();
        return nonZero.Count > 0 ? nonZero : [new(fund, "考核费", 0m)];
    }

    private static CommandError? ValidateRegistration(RegistrationFacts facts) =>
        First(
            Defined(facts.Candidate, "candidate"),
            NotNegative(facts.EarlierCertificates, "earlierCertificates"),
            ExamPrice(facts.Price, "price"),
            facts.SchoolBudgetRemaining is { } remaining ? Amount(remaining, "schoolBudgetRemaining") : null);
}
