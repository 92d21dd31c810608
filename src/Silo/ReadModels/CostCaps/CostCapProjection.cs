using System.Globalization;
using System.Text.Json;
using Dapper;
using OnePlusX.Silo.Grains.CostCaps;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.ReadModels.CostCaps;

/// <summary>
/// A certificate's cost-cap table in <c>cost_caps</c> (NAT-COST-1, migration 0012): its rows are replaced by the
/// grain's current entries while the projection ledger holds this version.
/// </summary>
internal static class CostCapProjection
{
    private static readonly string[] ItemColumns = ["level", "effective_from", "cap", "sample", "set_by", "set_at"];

    public static Projection For(string certificateCode, CostCapState state, int version) =>
        new(CostCapGrain.StateKey, certificateCode, Projection.NationalTenant, version, state.LastChange, dialect => Rows(dialect, certificateCode, state));

    private static ProjectionSql Rows(StorageDialect dialect, string certificateCode, CostCapState state)
    {
        var pg = dialect == StorageDialect.PostgreSQL;
        string Cast(string column, string pgType, string sqliteType) => pg ? $"CAST(items.{column} AS {pgType})" : sqliteType.Length == 0 ? $"items.{column}" : $"CAST(items.{column} AS {sqliteType})";
        var parameters = new DynamicParameters();
        parameters.Add("CcCertificate", certificateCode);
        parameters.Add("CcItems", JsonSerializer.Serialize(state.Caps.Select(c => new Dictionary<string, object?>
        {
            ["level"] = ((int)c.Level).ToString(CultureInfo.InvariantCulture),
            ["effective_from"] = Sql.IsoDay(c.EffectiveFrom),
            ["cap"] = c.Cap.ToString(CultureInfo.InvariantCulture),
            ["sample"] = c.Sample ? "1" : "0",
            ["set_by"] = c.SetBy,
            ["set_at"] = Sql.IsoInstant(c.SetAt),
        })));
        return new(
            $"""
            DELETE FROM cost_caps WHERE certificate_code = @CcCertificate AND {Projection.LedgerAtThisVersion};
            INSERT INTO cost_caps (certificate_code, level, effective_from, cap, sample, set_by, set_at)
            SELECT @CcCertificate, {Cast("level", "smallint", "INTEGER")}, {Sql.Day(dialect, "items.effective_from")}, {Cast("cap", "numeric", "")},
                {(pg ? "items.sample = '1'" : "CAST(items.sample AS INTEGER)")}, items.set_by, {Sql.InstantFrom(dialect, "items.set_at")}
            FROM {JsonSql.Objects(dialect, "@CcItems", ItemColumns)}
            WHERE {Projection.LedgerAtThisVersion};
            """,
            parameters);
    }
}
