using OnePlusX.MonitoringPoints;
using OnePlusX.ReadModels;
using OnePlusX.Security;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.ReadModels.MonitoringPoints;

/// <summary>
/// Monitoring points (NAT-MON-1) and their history from the read model, within the caller's scope (national all, a
/// province its colleges' rows by the province the college had when designated, a college its own): one round trip
/// per page.
/// </summary>
internal sealed class SqlMonitoringPointQueries(Database database) : IMonitoringPointQueries
{
    public async Task<Page<MonitoringPoint>> PointsAsync(AccessScope scope, MonitoringPointFilter filter, MonitoringPointOrder order, int offset, int limit, CancellationToken cancellationToken)
    {
        if (Sql.HasNul(filter.CertificateCode, filter.ProvinceCode, filter.CollegeCode))
        {
            return new Page<MonitoringPoint>([], 0);
        }

        await using var connection = await database.OpenAsync(scope, cancellationToken);
        return await PagedSql.PageAsync<PointRow, MonitoringPoint>(
            connection,
            """
            certificate_code AS CertificateCode, tenant_id AS CollegeCode, college_name AS CollegeName, province_code AS ProvinceCode,
            designated_at AS DesignatedAt, designated_by AS DesignatedBy, reason AS Reason
            """,
            "monitoring_points",
            Where(scope, filter),
            order == MonitoringPointOrder.DesignatedDescending ? "designated_at DESC, certificate_code, tenant_id" : "certificate_code, province_code, tenant_id",
            ScopeSql.With(new { filter.CertificateCode, filter.ProvinceCode, filter.CollegeCode }, scope),
            offset,
            limit,
            r => new MonitoringPoint(r.CertificateCode, r.CollegeCode, r.CollegeName, r.ProvinceCode, Sql.Instant(r.DesignatedAt), r.DesignatedBy, r.Reason));
    }

    public async Task<Page<MonitoringPointChange>> HistoryAsync(AccessScope scope, MonitoringPointFilter filter, int offset, int limit, CancellationToken cancellationToken)
    {
        if (Sql.HasNul(filter.CertificateCode, filter.ProvinceCode, filter.CollegeCode))
        {
            return new Page<MonitoringPointChange>([], 0);
        }

        await using var connection = await database.OpenAsync(scope, cancellationToken);
        return await PagedSql.PageAsync<ChangeRow, MonitoringPointChange>(
            connection,
            $"""
            certificate_code AS CertificateCode, {Sql.Integer(database.Dialect, "sequence")} AS Sequence, tenant_id AS CollegeCode,
            college_name AS CollegeName, province_code AS ProvinceCode, action AS Action, occurred_at AS OccurredAt, actor AS Actor, reason AS Reason
            """,
            "monitoring_point_history",
            Where(scope, filter),
            "occurred_at DESC, certificate_code, sequence DESC",
            ScopeSql.With(new { filter.CertificateCode, filter.ProvinceCode, filter.CollegeCode }, scope),
            offset,
            limit,
            r => new MonitoringPointChange(r.CertificateCode, (int)r.Sequence, r.CollegeCode, r.CollegeName, r.ProvinceCode,
                Enum.Parse<MonitoringPointAction>(r.Action), Sql.Instant(r.OccurredAt), r.Actor, r.Reason));
    }

    private static string Where(AccessScope scope, MonitoringPointFilter filter) => PagedSql.Where(
        ScopeSql.Condition(scope, "tenant_id", "province_code"),
        (filter.CertificateCode, "certificate_code = @CertificateCode"),
        (filter.ProvinceCode, "province_code = @ProvinceCode"),
        (filter.CollegeCode, "tenant_id = @CollegeCode"));

    private sealed class PointRow : IPagedRow
    {
        public string CertificateCode { get; init; } = "";
        public string CollegeCode { get; init; } = "";
        public string CollegeName { get; init; } = "";
        public string ProvinceCode { get; init; } = "";
        public object DesignatedAt { get; init; } = "";
        public string DesignatedBy { get; init; } = "";
        public string Reason { get; init; } = "";
        public long Total { get; init; }
    }

    private sealed class ChangeRow : IPagedRow
    {
        public string CertificateCode { get; init; } = "";
        public long Sequence { get; init; }
        public string CollegeCode { get; init; } = "";
        public string CollegeName { get; init; } = "";
        public string ProvinceCode { get; init; } = "";
        public string Action { get; init; } = "";
        public object OccurredAt { get; init; } = "";
        public string Actor { get; init; } = "";
        public string Reason { get; init; } = "";
        public long Total { get; init; }
    }
}
