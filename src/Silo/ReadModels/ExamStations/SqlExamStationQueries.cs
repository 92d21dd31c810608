using System.Text.Json;
using Dapper;
using OnePlusX.ReadModels;
using OnePlusX.Security;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.ReadModels.ExamStations;

/// <summary>Exam stations read from the read model; each method is one round trip.</summary>
internal sealed class SqlExamStationQueries(Database database) : IExamStationQueries
{
    private const string Columns = """
        tenant_id AS TenantId, station_code AS Code, name AS Name, certificate_code AS CertificateCode,
        province_code AS ProvinceCode, city_code AS CityCode, capacity AS Capacity
        """;


    public async Task<Page<ExamStationRecord>> ListAsync(AccessScope scope, ExamStationFilter filter, int offset, int limit, CancellationToken cancellationToken)
    {
        if (Sql.HasNul(filter.ProvinceCode, filter.CityCode, filter.CertificateCode, filter.TenantId))
        {
            return new Page<ExamStationRecord>([], 0);
        }

        var where = PagedSql.Where(
            ScopeSql.Condition(scope, "tenant_id", "province_code"),
            (filter.ProvinceCode, "province_code = @ProvinceCode"),
            (filter.CityCode, "city_code = @CityCode"),
            (filter.CertificateCode, "certificate_code = @CertificateCode"),
            (filter.TenantId, "tenant_id = @TenantId"));
        await using var connection = await database.OpenAsync(scope, cancellationToken);
        return await PagedSql.PageAsync<Row, ExamStationRecord>(
            connection, Columns, "exam_stations", where, "tenant_id, station_code",
            ScopeSql.With(new { filter.ProvinceCode, filter.CityCode, filter.CertificateCode, filter.TenantId }, scope), offset, limit, r => r.ToRecord());
    }

    /// <summary>Stations by (tenant, code) in one round trip, joined on the primary key.</summary>
    public async Task<IReadOnlyDictionary<(string TenantId, string Code), ExamStationRecord>> ByKeysAsync(
        AccessScope scope, IReadOnlyCollection<(string TenantId, string Code)> keys, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(scope, cancellationToken);
        var rows = await connection.QueryAsync<Row>(
            $"""
            SELECT {Columns}, 0 AS Total
            FROM exam_stations JOIN {JsonSql.Objects(database.Dialect, "@keys", "tenant", "code")}
              ON tenant_id = items.tenant AND station_code = items.code
            WHERE {ScopeSql.Condition(scope, "tenant_id", "province_code")}
            """,
            ScopeSql.With(new { keys = JsonSerializer.Serialize(keys.Where(k => !Sql.HasNul(k.TenantId, k.Code)).Distinct().Select(k => new { tenant = k.TenantId, code = k.Code })) }, scope));
        return rows.ToDictionary(r => (r.TenantId, r.Code), r => r.ToRecord());
    }

    // Settable properties for the same reason as SqlCollegeQueries' row: the computed Total has no declared type.
    private sealed class Row : IPagedRow
    {
        public string TenantId { get; init; } = "";
        public string Code { get; init; } = "";
        public string Name { get; init; } = "";
        public string CertificateCode { get; init; } = "";
        public string ProvinceCode { get; init; } = "";
        public string CityCode { get; init; } = "";
        public long Capacity { get; init; }
        public long Total { get; init; }

        public ExamStationRecord ToRecord() => new(TenantId, Code, Name, CertificateCode, ProvinceCode, CityCode, (int)Capacity);
    }
}
