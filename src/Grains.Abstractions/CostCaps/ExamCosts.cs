using OnePlusX.CertificateProjects;

namespace OnePlusX.CostCaps;

/// <summary>An exam's cost per candidate, which NAT-COST-1 checks against the certificate's cost cap.</summary>
public static class ExamCosts
{
    /// <summary>
    /// The total of the exam's fee-table lines (附件4: workers' pay and the other costs) over the candidates it
    /// examines, to the fen; null until the table is computed, or when it examines nobody.
    /// </summary>
    public static decimal? PerCandidate(ExamDetails exam) =>
        exam.FeeTable is { } table && exam.Headcount > 0
            ? decimal.Round(table.Lines.Sum(l => l.Amount) / exam.Headcount, 2, MidpointRounding.AwayFromZero)
            : null;

    /// <summary>A project's figure: the highest per-candidate cost among its exams, or null when none is known.</summary>
    public static decimal? HighestPerCandidate(IEnumerable<ExamDetails> exams) => exams.Select(PerCandidate).Max();
}
