using OnePlusX.Silo.Grains.Students;

namespace OnePlusX.Silo.ReadModels.Students;

/// <summary>The row a student contributes to the read models.</summary>
internal static class StudentProjection
{
    public static Projection For(string grainKey, string tenant, string studentNumber, StudentState state, int version) =>
        new(StudentGrain.StateKey, grainKey, tenant, version, state.LastChange, _ => new(
            """
            INSERT INTO students (tenant_id, student_number, name, major_code, cohort, registration_count, version, updated_at)
            VALUES (@Tenant, @StudentNumber, @Name, @MajorCode, @Cohort, @Registrations, @Version, @Now)
            ON CONFLICT (tenant_id, student_number) DO UPDATE SET name = excluded.name, major_code = excluded.major_code,
                cohort = excluded.cohort, registration_count = excluded.registration_count, version = excluded.version,
                updated_at = excluded.updated_at
                WHERE students.version <= excluded.version;
            """,
            new
            {
                Tenant = tenant, StudentNumber = studentNumber, state.Name, state.MajorCode, state.Cohort,
                Registrations = state.Registrations.Count, Version = version, Now = DateTimeOffset.UtcNow,
            }));
}
