using System.Text.Json;
using OnePlusX.Approvals;
using OnePlusX.ReadModels;
using OnePlusX.Silo.Grains.CertificateProjects;
using OnePlusX.Silo.ReadModels.Approvals;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.ReadModels.CertificateProjects;

/// <summary>The rows a certificate project contributes: the project, its candidate roster, its approvable items and its issued certificates.</summary>
internal static class CertificateProjectProjection
{
    public static Projection For(string grainKey, string tenant, string projectKey, CertificateProjectState state, int version, IReadOnlyList<ApprovalItem> approvals) =>
        new(CertificateProjectGrain.StateKey, grainKey, tenant, version, state.LastChange, dialect => ProjectionSql.Combine(Project(dialect, tenant, projectKey, state, version),
            ApprovalProjection.Rows(dialect, tenant, ApprovalTarget.Project, projectKey, approvals, version),
            IssuedCertificates.IssuedCertificateProjection.Rows(dialect, tenant, projectKey, state, version),
            Registrations.RegistrationProjection.Rows(dialect, tenant, projectKey, state, version),
            CreditBank.CreditRecordProjection.Rows(dialect, tenant, projectKey, state, version)));

    private static ProjectionSql Project(StorageDialect dialect, string tenant, string projectKey, CertificateProjectState state, int version) => new(
            $"""
            INSERT INTO certificate_projects (tenant_id, project_key, certificate_code, level, year, school_code,
                pilot_scale, budget, status, candidate_count, agreed_fee, exam_cost_per_candidate, version, updated_at)
            VALUES (@Tenant, @ProjectKey, @CertificateCode, @Level, @Year, @SchoolCode, @PilotScale, @Budget, @Status,
                @CandidateCount, @AgreedFee, @ExamCostPerCandidate, @Version, @Now)
            ON CONFLICT (tenant_id, project_key) DO UPDATE SET school_code = excluded.school_code,
                pilot_scale = excluded.pilot_scale, budget = excluded.budget, status = excluded.status, agreed_fee = excluded.agreed_fee,
                exam_cost_per_candidate = excluded.exam_cost_per_candidate,
                candidate_count = excluded.candidate_count, version = excluded.version, updated_at = excluded.updated_at
                WHERE certificate_projects.version <= excluded.version;
            INSERT INTO project_candidates (tenant_id, project_key, student_number)
                SELECT @Tenant, @ProjectKey, value FROM {JsonSql.Strings(dialect, "@Candidates")}
                WHERE EXISTS (SELECT 1 FROM certificate_projects WHERE tenant_id = @Tenant AND project_key = @ProjectKey AND version = @Version)
                ON CONFLICT (tenant_id, project_key, student_number) DO NOTHING;
            DELETE FROM project_candidates
                WHERE tenant_id = @Tenant AND project_key = @ProjectKey
                  AND student_number NOT IN (SELECT value FROM {JsonSql.Strings(dialect, "@Candidates")})
                  AND EXISTS (SELECT 1 FROM certificate_projects WHERE tenant_id = @Tenant AND project_key = @ProjectKey AND version = @Version);
            """,
            new
            {
                Tenant = tenant, ProjectKey = projectKey, state.CertificateCode, Level = (int)state.Level, state.Year,
                state.SchoolCode, state.PilotScale, state.Budget, Status = state.Status.ToString(),
                CandidateCount = state.Candidates.Count, AgreedFee = state.ExamPrice?.Total,
                ExamCostPerCandidate = OnePlusX.CostCaps.ExamCosts.HighestPerCandidate(state.Exams), Version = version, Now = DateTimeOffset.UtcNow,
                Candidates = JsonSerializer.Serialize(state.Candidates),
            });
}
