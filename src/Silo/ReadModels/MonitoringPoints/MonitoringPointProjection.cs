using System.Text.Json;
using Dapper;
using OnePlusX.Silo.Grains.MonitoringPoints;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.ReadModels.MonitoringPoints;

/// <summary>
/// A certificate's monitoring points (NAT-MON-1) in <c>monitoring_points</c> (replaced by the current set) and
/// <c>monitoring_point_history</c> (appended: a change is never rewritten), while the projection ledger holds this
/// version. Migration 0014.
/// </summary>
internal static class MonitoringPointProjection
{
    private static readonly string[] PointColumns = ["tenant_id", "college_name", "province_code", "designated_at", "designated_by", "reason"];
    private static readonly string[] ChangeColumns = ["sequence", "tenant_id", "college_name", "province_code", "action", "actor", "occurred_at", "reason"];

    public static Projection For(string certificateCode, MonitoringPointsState state, int version) =>
        new(MonitoringPointsGrain.StateKey, certificateCode, Projection.NationalTenant, version, state.LastChange, dialect => Rows(dialect, certificateCode, state));

    private static ProjectionSql Rows(StorageDialect dialect, string certificateCode, MonitoringPointsState state)
    {
        string Instant(string column) => Sql.InstantFrom(dialect, $"items.{column}");
        var parameters = new DynamicParameters();
        parameters.Add("MpCertificate", certificateCode);
        parameters.Add("MpPoints", JsonSerializer.Serialize(state.Points.Select(p => new Dictionary<string, string>
        {
            ["tenant_id"] = p.CollegeCode,
            ["college_name"] = p.CollegeName,
            ["province_code"] = p.ProvinceCode,
            ["designated_at"] = Sql.IsoInstant(p.DesignatedAt),
            ["designated_by"] = p.DesignatedBy,
            ["reason"] = p.Reason,
        })));
        parameters.Add("MpChanges", JsonSerializer.Serialize(state.History.Select(c => new Dictionary<string, string>
        {
            ["sequence"] = c.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["tenant_id"] = c.CollegeCode,
            ["college_name"] = c.CollegeName,
            ["province_code"] = c.ProvinceCode,
            ["action"] = c.Action.ToString(),
            ["actor"] = c.Actor,
            ["occurred_at"] = Sql.IsoInstant(c.At),
            ["reason"] = c.Reason,
        })));
        return new(
            $"""
            DELETE FROM monitoring_points WHERE certificate_code = @MpCertificate AND {Projection.LedgerAtThisVersion};
            INSERT INTO monitoring_points (certificate_code, tenant_id, college_name, province_code, designated_at, designated_by, reason)
            SELECT @MpCertificate, items.tenant_id, items.college_name, items.province_code, {Instant("designated_at")}, items.designated_by, items.reason
            FROM {JsonSql.Objects(dialect, "@MpPoints", PointColumns)}
            WHERE {Projection.LedgerAtThisVersion};
            INSERT INTO monitoring_point_history (certificate_code, sequence, tenant_id, college_name, province_code, action, actor, occurred_at, reason)
            SELECT @MpCertificate, CAST(items.sequence AS integer), items.tenant_id, items.college_name, items.province_code, items.action,
                items.actor, {Instant("occurred_at")}, items.reason
            FROM {JsonSql.Objects(dialect, "@MpChanges", ChangeColumns)}
            WHERE {Projection.LedgerAtThisVersion}
            ON CONFLICT (certificate_code, sequence) DO NOTHING;
            """,
            parameters);
    }
}
