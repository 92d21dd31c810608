using System.Text.Json;
using OnePlusX.Silo.Grains.Colleges;

namespace OnePlusX.Silo.ReadModels.Colleges;

/// <summary>The rows a college contributes: its profile, schools and majors.</summary>
internal static class CollegeProjection
{
    public static Projection For(string tenant, CollegeState state, string policyCode, int version) =>
        new(CollegeGrain.StateKey, tenant, tenant, version, state.LastChange, dialect => new(
            $"""
            INSERT INTO colleges (tenant_id, name, province_code, city_code, policy_code, version, updated_at)
            VALUES (@Tenant, @Name, @ProvinceCode, @CityCode, @PolicyCode, @Version, @Now)
            ON CONFLICT (tenant_id) DO UPDATE SET name = excluded.name, province_code = excluded.province_code,
                city_code = excluded.city_code, policy_code = excluded.policy_code, version = excluded.version,
                updated_at = excluded.updated_at
                WHERE colleges.version <= excluded.version;
            DELETE FROM schools WHERE tenant_id = @Tenant
                AND EXISTS (SELECT 1 FROM colleges WHERE tenant_id = @Tenant AND version = @Version);
            INSERT INTO schools (tenant_id, code, name)
                SELECT @Tenant, code, name FROM {JsonSql.Objects(dialect, "@Schools", "code", "name")}
                WHERE EXISTS (SELECT 1 FROM colleges WHERE tenant_id = @Tenant AND version = @Version);
            DELETE FROM majors WHERE tenant_id = @Tenant
                AND EXISTS (SELECT 1 FROM colleges WHERE tenant_id = @Tenant AND version = @Version);
            INSERT INTO majors (tenant_id, code, name, school_code)
                SELECT @Tenant, code, name, school FROM {JsonSql.Objects(dialect, "@Majors", "code", "name", "school")}
                WHERE EXISTS (SELECT 1 FROM colleges WHERE tenant_id = @Tenant AND version = @Version);
            """,
            new
            {
                Tenant = tenant, state.Name, state.ProvinceCode, state.CityCode, PolicyCode = policyCode, Version = version,
                Now = DateTimeOffset.UtcNow,
                Schools = JsonSerializer.Serialize(state.Schools.Select(s => new { code = s.Code, name = s.Name })),
                Majors = JsonSerializer.Serialize(state.Majors.Select(m => new { code = m.Code, name = m.Name, school = m.SchoolCode })),
            }));
}
