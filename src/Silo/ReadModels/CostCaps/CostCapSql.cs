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

    /// <summary>
    /// The cap (<c>k</c>) of a project (<c>p</c>) in force on <paramref name="day"/>, to follow <c>JOIN</c> (only projects
    /// with a cap) or <c>LEFT JOIN</c> (every project).
    /// </summary>
    public static string CapOfProject(StorageDialect dialect, string day) =>
        $"cost_caps k ON k.certificate_code = p.certificate_code AND k.level = p.level AND k.effective_from = {InForce(dialect, "p.certificate_code", "p.level", day)}";

    /// <summary>How far a project (<c>p</c>) is over its cap (<c>k</c>): its agreed fee or its highest exam cost, whichever is larger, less the cap.</summary>
    public static string OverBy(StorageDialect dialect) =>
        $"{(dialect == StorageDialect.PostgreSQL ? "GREATEST" : "MAX")}(COALESCE({Sql.Number(dialect, "p.agreed_fee")}, 0), COALESCE({Sql.Number(dialect, "p.exam_cost_per_candidate")}, 0)) - {Sql.Number(dialect, "k.cap")}";

    /// <summary>A project (<c>p</c>) is over its cap (<c>k</c>) when its agreed fee, or its highest exam cost per candidate, is above it.</summary>
    public static string Over(StorageDialect dialect) =>
        $"({Sql.Number(dialect, "p.agreed_fee")} > {Sql.Number(dialect, "k.cap")} OR {Sql.Number(dialect, "p.exam_cost_per_candidate")} > {Sql.Number(dialect, "k.cap")})";
}
