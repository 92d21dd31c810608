using Dapper;
using OnePlusX.ReadModels;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.ReadModels.ExamStations;

/// <summary>Exam stations read from the read model; each method is one round trip.</summary>
internal sealed class SqlExamStationQueries(Database database) : IExamStationQueries
{
    private const string Columns = """
        tenant_id AS TenantId, station_code AS Code, name AS Name, certificate_code AS CertificateCode,
        province_code AS ProvinceCode, city_code AS CityCode, capacity AS Capacity
        """;


    public async Task<Page<ExamStationRecord>> ListAsync(ExamStationFilter filter, int offset, int limit, CancellationToken cancellationToken)
    {
        var where = new List<string>();
        if (filter.ProvinceCode is not null)
        {
            where.Add("province_code = @ProvinceCode");
        }

        if (filter.CityCode is not null)
        {
            where.Add("city_code = @CityCode");
        }

        if (filter.CertificateCode is not null)
        {
            where.Add("certificate_code = @CertificateCode");
        }

        if (filter.TenantId is not null)
        {
            where.Add("tenant_id = @TenantId");
        }

        var whereSql = where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where);
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<Row>(
            $"SELECT {Columns}, count(*) OVER () AS Total FROM exam_stations {whereSql} ORDER BY tenant_id, station_code LIMIT @limit OFFSET @offset",
            new { filter.ProvinceCode, filter.CityCode, filter.CertificateCode, filter.TenantId, limit, offset })).ToList();
        var total = rows.Count > 0
            ? (int)rows[0].Total
            : await connection.ExecuteScalarAsync<int>($"SELECT count(*) FROM exam_stations {whereSql}",
                new { filter.ProvinceCode, filter.CityCode, filter.CertificateCode, filter.TenantId });
        return new Page<ExamStationRecord>(rows.Select(r => r.ToRecord()).ToList(), total);
    }

    public async Task<IReadOnlyDictionary<(string TenantId, string Code), ExamStationRecord>> ByKeysAsync(
        IReadOnlyCollection<(string TenantId, string Code)> keys, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var joined = keys.Select(k => $"{k.TenantId}/{k.Code}").Distinct().ToArray();
        var rows = await connection.QueryAsync<Row>(
            $"SELECT {Columns}, 0 AS Total FROM exam_stations WHERE {Sql.In(database.Dialect, "tenant_id || '/' || station_code", "@joined")}",
            new { joined });
        return rows.ToDictionary(r => (r.TenantId, r.Code), r => r.ToRecord());
    }

    // Settable properties for the same reason as SqlCollegeQueries' row: the computed Total has no declared type.
    private sealed class Row
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
