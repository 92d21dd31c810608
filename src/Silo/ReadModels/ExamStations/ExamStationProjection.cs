using OnePlusX.Approvals;
using OnePlusX.ReadModels;
using OnePlusX.Silo.Grains.ExamStations;
using OnePlusX.Silo.ReadModels.Approvals;

namespace OnePlusX.Silo.ReadModels.ExamStations;

/// <summary>The row an exam station contributes; provincial coverage (NAT-STA-1) reads these.</summary>
internal static class ExamStationProjection
{
    public static Projection For(string grainKey, string tenant, string stationCode, ExamStationState state, int version, IReadOnlyList<ApprovalItem> approvals) =>
        new(ExamStationGrain.StateKey, grainKey, tenant, version, state.LastChange, dialect => ProjectionSql.Combine(new(
            """
            INSERT INTO exam_stations (tenant_id, station_code, name, certificate_code, province_code, city_code, capacity, approved, version, updated_at)
            VALUES (@Tenant, @StationCode, @Name, @CertificateCode, @ProvinceCode, @CityCode, @Capacity, @Approved, @Version, @Now)
            ON CONFLICT (tenant_id, station_code) DO UPDATE SET name = excluded.name, certificate_code = excluded.certificate_code,
                province_code = excluded.province_code, city_code = excluded.city_code, capacity = excluded.capacity, approved = excluded.approved,
                version = excluded.version, updated_at = excluded.updated_at
                WHERE exam_stations.version <= excluded.version;
            """,
            new
            {
                Tenant = tenant, StationCode = stationCode, state.Name, state.CertificateCode, state.ProvinceCode,
                state.CityCode, state.Capacity, Approved = state.Application?.Status == ApprovalStatus.Approved, Version = version, Now = DateTimeOffset.UtcNow,
            }),
            ApprovalProjection.Rows(dialect, tenant, ApprovalTarget.Station, stationCode, approvals, version)));
}
