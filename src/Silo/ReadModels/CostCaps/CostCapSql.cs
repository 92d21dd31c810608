using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.ReadModels.CostCaps;

/// <summary>
/// NAT-COST-1 as SQL, once for every reader of it (the over-cap view and the monitoring export): which cap is in
/// force on a day, and when a project is over it.
/// </summary>
internal static class CostCapSql
{
    /// <summary>The cap in force on <paramref name="day"/>: the latest effective day on or before it, of a certificate and level.</summary>
    public static string InForce(StorageDialect dialect, string certificate, string level, string day) =>
        $"(SELECT max(k2.effective_from) FROM cost_caps k2 WHERE k2.certificate_code = {certificate} AND k2.level = {level} AND k2.effective_from <= {Sql.Day(dialect, day)})";

    /// <summary>A project (<c>p</c>) is over its cap (<c>k</c>) when its agreed fee, or its highest exam cost per candidate, is above it.</summary>
    public static string Over(StorageDialect dialect) =>
        $"({Sql.Number(dialect, "p.agreed_fee")} > {Sql.Number(dialect, "k.cap")} OR {Sql.Number(dialect, "p.exam_cost_per_candidate")} > {Sql.Number(dialect, "k.cap")})";
}
