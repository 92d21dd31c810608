using System.Globalization;
using OnePlusX.Policies.Parameters;

namespace OnePlusX.Policies;

/// <summary>Builds fee-table rows and tables; every amount rounded to the fen (see <see cref="Money"/>).</summary>
internal static class FeeTables
{
    public static FeeTable Build(string policyCode, ParameterSet parameters, IReadOnlyList<FeeLine> lines, IReadOnlyList<string> ruleIds)
    {
        var numbered = lines.Select((l, i) => l with { Number = i + 1 }).ToList();
        var total = numbered.Sum(l => l.Amount);
        var rules = ruleIds.Concat(numbered.SelectMany(l => l.RuleIds)).Distinct(StringComparer.Ordinal).ToList();
        return new FeeTable(
            policyCode,
            parameters.On,
            numbered,
            total,
            Money.InWords(total),
            parameters.Used,
            rules,
            Explanation.Of(
                $"合计{total.ToString("0.00", CultureInfo.InvariantCulture)}元（{Money.InWords(total)}）",
                $"Total {total.ToString("0.00", CultureInfo.InvariantCulture)} yuan",
                rules));
    }

    /// <summary>A teaching row of 附件3: hours × rate × coefficient.</summary>
    public static FeeLine TeachingLine(TeachingAssignment a, decimal hours, decimal rate, decimal coefficient, IReadOnlyList<string> ruleIds) =>
        new(0, a.Name.Trim(), CostType.TeachingFee, $"{a.Title} · {a.Course}", hours, "学时", rate, coefficient, Money.Round(hours * rate * coefficient), ruleIds, a.Remarks)
        {
            Students = a.Students,
        };

    /// <summary>A row paying a person quantity × rate.</summary>
    public static FeeLine PersonLine(ExamWorker worker, CostType type, string description, decimal quantity, string unit, decimal rate, IReadOnlyList<string> ruleIds, string? remarks = null) =>
        new(0, worker.Name.Trim(), type, description, quantity, unit, rate, 1m, Money.Round(quantity * rate), ruleIds, remarks);

    /// <summary>A row for an agreed cost that is not a person's pay.</summary>
    public static FeeLine CostLine(CostItem cost) =>
        new(0, cost.Description.Trim(), cost.Type, cost.Description.Trim(), 1m, "项", cost.Amount, 1m, Money.Round(cost.Amount), [], null);

    /// <summary>The distinct sittings a person works, each counted once however often it is listed.</summary>
    public static IReadOnlyList<ExamSitting> DistinctSittings(ExamWorker worker) =>
        worker.Sittings.DistinctBy(s => (Room(s.Room), s.Start, s.End)).ToList();

    /// <summary>A room's name as compared: "A101", " a101 " and "A101" are one room.</summary>
    public static string Room(string name) => name.Trim().ToUpperInvariant();
}
