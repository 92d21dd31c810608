using OnePlusX.Silo.Grains.CertificateProjects;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.ReadModels.IssuedCertificates;

/// <summary>
/// A project's issued certificates in issued_certificates, in the project's projection batch: upserted while the
/// project row is at this version (so an older replay never overwrites a newer one), and rows of the project that
/// its state does not hold — numbers claimed for an issuance whose state write then failed — deleted.
/// </summary>
internal static class IssuedCertificateProjection
{
    private const string Prefix = "Ic";

    public static ProjectionSql Rows(StorageDialect dialect, string tenant, string projectKey, CertificateProjectState state, int version)
    {
        var items = IssuedCertificateRows.Of(state.Registrations);
        var parameters = IssuedCertificateRows.Parameters(Prefix, tenant, projectKey, state.CertificateCode, state.Level, state.IssuerName ?? "", items);
        parameters.Add($"{Prefix}Version", version);
        const string Current = $"EXISTS (SELECT 1 FROM certificate_projects WHERE tenant_id = @{Prefix}Tenant AND project_key = @{Prefix}ProjectKey AND version = @{Prefix}Version)";
        return new(
            $"""
            INSERT INTO issued_certificates ({IssuedCertificateRows.Columns})
            {IssuedCertificateRows.Select(dialect, Prefix, $"@{Prefix}Version")}
            WHERE {Current}
            ON CONFLICT (number) DO UPDATE SET holder_name = excluded.holder_name, student_number = excluded.student_number,
                college_name = excluded.college_name, issued_on = excluded.issued_on, platform_due = excluded.platform_due,
                platform_due_provisional = excluded.platform_due_provisional, platform_entered_on = excluded.platform_entered_on,
                version = excluded.version, updated_at = excluded.updated_at
                WHERE issued_certificates.tenant_id = excluded.tenant_id AND issued_certificates.project_key = excluded.project_key
                  AND issued_certificates.candidate_key = excluded.candidate_key AND issued_certificates.version <= excluded.version;
            DELETE FROM issued_certificates
                WHERE tenant_id = @{Prefix}Tenant AND project_key = @{Prefix}ProjectKey AND version < @{Prefix}Version
                  AND number NOT IN ({IssuedCertificateRows.Numbers(dialect, Prefix)})
                  AND {Current};
            """,
            parameters);
    }
}
