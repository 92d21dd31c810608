using System.Globalization;
using System.Text;

namespace OnePlusX.Benchmarks;

/// <summary>One side of a comparison: its per-round rates and their median.</summary>
internal sealed record Side(string Name, string Unit, IReadOnlyList<double> Rounds)
{
    public double Median => Measure.Median(Rounds);
}

/// <summary>A benchmark's outcome: two sides measured in the same run and the ratio of their medians.</summary>
internal sealed record Comparison(string Benchmark, Side Ours, Side Reference, string RatioName, double? Target, IReadOnlyList<string> Notes)
{
    public double Ratio => Ours.Median / Reference.Median;

    /// <summary>Each round's ratio of the two sides measured back to back, which shares that moment's machine load.</summary>
    public IReadOnlyList<double> PairedRatios => Ours.Rounds.Zip(Reference.Rounds, (ours, reference) => ours / reference).ToList();
}

internal static class Report
{
    public static string Table(IReadOnlyList<Comparison> comparisons)
    {
        var rows = new List<string[]> { new[] { "benchmark", "side", "rounds", "median", "unit" } };
        foreach (var c in comparisons)
        {
            foreach (var side in new[] { c.Reference, c.Ours })
            {
                rows.Add([c.Benchmark, side.Name, string.Join(" ", side.Rounds.Select(F)), F(side.Median), side.Unit]);
            }

            var verdict = c.Target is { } target ? $"target >= {target.ToString("P0", CultureInfo.InvariantCulture)}: {(c.Ratio >= target ? "met" : "NOT met")}" : "";
            rows.Add([c.Benchmark, $"ratio {c.RatioName} (of the medians)", "", P(c.Ratio), verdict]);
            rows.Add([c.Benchmark, $"ratio {c.RatioName} per round (paired)", string.Join(" ", c.PairedRatios.Select(P)), P(Measure.Median(c.PairedRatios)), ""]);
        }

        var widths = Enumerable.Range(0, rows[0].Length).Select(i => rows.Max(r => r[i].Length)).ToArray();
        var text = new StringBuilder();
        for (var r = 0; r < rows.Count; r++)
        {
            text.AppendLine("| " + string.Join(" | ", rows[r].Select((cell, i) => cell.PadRight(widths[i]))) + " |");
            if (r == 0)
            {
                text.AppendLine("|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|");
            }
        }

        foreach (var c in comparisons)
        {
            foreach (var note in c.Notes)
            {
                text.AppendLine($"- {c.Benchmark}: {note}");
            }
        }

        return text.ToString();
    }

    public static string P(double value) => value.ToString("P1", CultureInfo.InvariantCulture).Replace(" ", "", StringComparison.Ordinal);

    public static string F(double value) => value.ToString(value >= 100 ? "F0" : "F1", CultureInfo.InvariantCulture);
}
