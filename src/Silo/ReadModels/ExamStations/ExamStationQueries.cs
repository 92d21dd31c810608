using Dapper;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.ReadModels.ExamStations;

/// <summary>Exam stations read from the read model.</summary>
internal sealed class ExamStationQueries(Database database)
{
    public async Task<IReadOnlyList<ExamStationRow>> ListForTenantAsync(string tenant, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<ExamStationRow>(
            """
            SELECT station_code AS Code, name AS Name, certificate_code AS CertificateCode, province_code AS ProvinceCode,
                   city_code AS CityCode, capacity AS Capacity
            FROM exam_stations WHERE tenant_id = @tenant ORDER BY station_code
            """,
            new { tenant })).ToList();
    }
}

internal sealed record ExamStationRow(string Code, string Name, string CertificateCode, string ProvinceCode, string CityCode, long Capacity);
