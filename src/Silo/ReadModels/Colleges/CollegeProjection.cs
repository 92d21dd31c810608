using Dapper;
using OnePlusX.Silo.Grains.Colleges;

namespace OnePlusX.Silo.ReadModels.Colleges;

/// <summary>The rows a college contributes: its profile, schools and majors.</summary>
internal static class CollegeProjection
{
    public static Projection For(string tenant, CollegeState state, int version) =>
        new(CollegeGrain.StateKey, tenant, tenant, version, state.LastChange, async rows =>
        {
            await rows.Connection.ExecuteAsync(
                """
                INSERT INTO colleges (tenant_id, name, province_code, city_code, policy_code, version, updated_at)
                VALUES (@Tenant, @Name, @ProvinceCode, @CityCode, @PolicyCode, @Version, @Now)
                ON CONFLICT (tenant_id) DO UPDATE SET name = excluded.name, province_code = excluded.province_code,
                    city_code = excluded.city_code, policy_code = excluded.policy_code, version = excluded.version,
                    updated_at = excluded.updated_at;
                DELETE FROM schools WHERE tenant_id = @Tenant;
                DELETE FROM majors WHERE tenant_id = @Tenant;
                """,
                new { Tenant = tenant, state.Name, state.ProvinceCode, state.CityCode, state.PolicyCode, Version = version, Now = DateTimeOffset.UtcNow },
                rows.Transaction);
            await rows.Connection.ExecuteAsync(
                "INSERT INTO schools (tenant_id, code, name) VALUES (@Tenant, @Code, @Name)",
                state.Schools.Select(s => new { Tenant = tenant, s.Code, s.Name }), rows.Transaction);
            await rows.Connection.ExecuteAsync(
                "INSERT INTO majors (tenant_id, code, name, school_code) VALUES (@Tenant, @Code, @Name, @SchoolCode)",
                state.Majors.Select(m => new { Tenant = tenant, m.Code, m.Name, m.SchoolCode }), rows.Transaction);
        });
}
