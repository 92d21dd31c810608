using System.Globalization;
using OnePlusX.Outcomes;

namespace OnePlusX.Policies.Baseline;

/// <summary>A trainer on an evaluation organisation's trainer team.</summary>
public sealed record Trainer(string Name, bool FromIndustry);

/// <summary>An exam's cost per candidate against the certificate's cap.</summary>
/// <param name="AgreedFeePerCandidate">The fee agreed by organisation, province and college, per candidate.</param>
/// <param name="ExamCost">The exam's computed cost (its fee table total), when there is one.</param>
/// <param name="Candidates">Candidates sitting the exam.</param>
/// <param name="Cap">The cost cap (考核成本上限) in force for the certificate and level.</param>
public sealed record CostCapFacts(decimal AgreedFeePerCandidate, decimal? ExamCost, int Candidates, decimal Cap);

/// <summary>
/// National rules that do not vary by college: they hold the organisations and the national level to account
/// and apply whatever plugin a college follows.
/// </summary>
public static class NationalRules
{
    /// <summary>The least share of industry and enterprise experts on a trainer team.</summary>
    public const decimal IndustryShareMinimum = 0.40m;

    /// <summary>About this many pilot colleges per certificate are monitoring points.</summary>
    public const int MonitoringPointsPerCertificate = 10;

    private static readonly HashSet<CostType> ForbiddenFees = [CostType.TrainerCertificationFee, CostType.ExaminerCertificationFee];

    /// <summary>NAT-FEE-1: no certification fee for trainers or examiners may be charged.</summary>
    public static PolicyDecision CheckFeeTypes(IEnumerable<CostItem> costs)
    {
        var forbidden = costs.Where(c => ForbiddenFees.Contains(c.Type)).Select(c => c.Description.Trim()).ToList();
        return forbidden.Count == 0
            ? PolicyDecision.Allow("费用项目合规", "Fee types allowed", "NAT-FEE-1")
            : PolicyDecision.Refuse($"不得另立名目收取培训师、考评员认证费：{string.Join("，", forbidden)}", $"No certification fee for trainers or examiners may be charged: {string.Join(", ", forbidden)}", "NAT-FEE-1");
    }

    /// <summary>NAT-TRN-1: at least 40% of an organisation's trainer team come from industry and enterprises.</summary>
    public static CommandResult<PolicyDecision> CheckTrainerRoster(IReadOnlyList<Trainer> roster)
    {
        if (roster is null || roster.Count == 0)
        {
            return CommandError.Invalid("roster", "A trainer roster needs at least one trainer.");
        }

        var fromIndustry = roster.Count(t => t.FromIndustry);
        var share = (decimal)fromIndustry / roster.Count;
        var percent = Math.Round(share * 100, 1, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture);
        return share >= IndustryShareMinimum
            ? PolicyDecision.Allow($"行业企业专家占{percent}%，不少于40%", $"{percent}% industry experts, at least 40%", "NAT-TRN-1")
            : PolicyDecision.Refuse($"行业企业专家仅占{percent}%，少于40%", $"Only {percent}% industry experts, fewer than 40%", "NAT-TRN-1");
    }

    /// <summary>
    /// NAT-COST-1: the agreed fee per candidate, and the exam's cost per candidate, must not exceed the cap.
    /// Equal to the cap is allowed.
    /// </summary>
    public static CommandResult<PolicyDecision> CheckCostCap(CostCapFacts facts)
    {
        var invalid = facts is null
            ? CommandError.Invalid("input", "input is required.")
            : Validation.FactCheck.First(
                Validation.FactCheck.Amount(facts.AgreedFeePerCandidate, "agreedFeePerCandidate"),
                Validation.FactCheck.Amount(facts.Cap, "cap"),
                facts.ExamCost is { } cost ? Validation.FactCheck.Amount(cost, "examCost") : null,
                facts.ExamCost is not null ? Validation.FactCheck.Positive(facts.Candidates, "candidates") : null);
        if (invalid is not null)
        {
            return invalid;
        }

        // Compared unrounded: 3000.04 yuan for 10 candidates is above a 300.00 cap even though it shows as 300.00.
        var perCandidate = facts!.ExamCost is { } total ? total / facts.Candidates : (decimal?)null;
        var cap = Numbers.Yuan(facts.Cap);
        if (facts.AgreedFeePerCandidate > facts.Cap)
        {
            return PolicyDecision.Refuse($"协商考核费{Numbers.Yuan(facts.AgreedFeePerCandidate)}元超过成本上限{cap}元", $"Agreed fee {Numbers.Yuan(facts.AgreedFeePerCandidate)} yuan exceeds the cost cap {cap} yuan", "NAT-COST-1");
        }

        if (perCandidate is { } each && each > facts.Cap)
        {
            var shown = Numbers.Yuan(decimal.Round(each, 2, MidpointRounding.ToPositiveInfinity));
            return PolicyDecision.Refuse($"每名考生考核成本{shown}元超过成本上限{cap}元", $"Cost per candidate {shown} yuan exceeds the cost cap {cap} yuan", "NAT-COST-1");
        }

        return PolicyDecision.Allow($"未超过成本上限{cap}元", $"Within the cost cap of {cap} yuan", "NAT-COST-1");
    }

    /// <summary>NAT-COST-1: students who sit no certificate exam at all, to be listed for the college.</summary>
    public static IReadOnlyList<string> StudentsWithoutExam(IEnumerable<string> pilotStudents, IEnumerable<string> studentsWithAnExam)
    {
        var examined = studentsWithAnExam.ToHashSet(StringComparer.Ordinal);
        return pilotStudents.Where(s => !examined.Contains(s)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// NAT-MON-1: about 10 monitoring points per certificate. Designation is national monitoring's choice, so
    /// any number is allowed; the explanation says how far it is from the guideline.
    /// </summary>
    public static CommandResult<PolicyDecision> CheckMonitoringPoints(int points) =>
        points < 0 ? CommandError.Invalid("points", $"points must not be negative (got {points}).")
        : points == MonitoringPointsPerCertificate ? PolicyDecision.Allow("监测点10个", "10 monitoring points", "NAT-MON-1")
        : PolicyDecision.Allow($"监测点{points}个（指导数约10个）", $"{points} monitoring points (guideline: about 10)", "NAT-MON-1");
}
