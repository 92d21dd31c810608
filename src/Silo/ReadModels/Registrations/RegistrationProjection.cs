using System.Globalization;
using System.Text.Json;
using Dapper;
using OnePlusX.CertificateProjects;
using OnePlusX.Silo.Grains.CertificateProjects;
using OnePlusX.Silo.ReadModels.IssuedCertificates;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.ReadModels.Registrations;

/// <summary>
/// A project's registrations (报名) in the registrations table, in the project's projection batch: one row per
/// candidate with who pays and how much, the result and the certificate. Monitoring exports and coverage gaps read
/// these. Upserted while the project row is at this version; rows the state no longer holds are deleted.
/// </summary>
internal static class RegistrationProjection
{
    private const string Prefix = "Rg";

    /// <summary>The table's columns, in the order the national data set's bulk import writes them too.</summary>
    public const string Columns =
        "tenant_id, project_key, candidate_key, student_number, external, certificate_code, level, year, registered_on, payer, fee, passed, score, certificate_number, issued_on, version";

    private static readonly string[] ItemColumns = ["candidate_key", "student_number", "external", "registered_on", "payer", "fee", "passed", "score", "certificate_number", "issued_on"];

    public static ProjectionSql Rows(StorageDialect dialect, string tenant, string projectKey, CertificateProjectState state, int version)
    {
        var pg = dialect == StorageDialect.PostgreSQL;
        string Cast(string column, string type) => pg ? $"CAST(items.{column} AS {type})" : column is "external" or "passed" ? $"CAST(items.{column} AS INTEGER)" : $"items.{column}";
        var parameters = new DynamicParameters();
        parameters.Add($"{Prefix}Tenant", tenant);
        parameters.Add($"{Prefix}ProjectKey", projectKey);
        parameters.Add($"{Prefix}CertificateCode", state.CertificateCode);
        parameters.Add($"{Prefix}Level", (int)state.Level);
        parameters.Add($"{Prefix}Year", state.Year);
        parameters.Add($"{Prefix}Version", version);
        parameters.Add($"{Prefix}Items", JsonSerializer.Serialize(state.Registrations.Select(Item)));
        const string Current = $"EXISTS (SELECT 1 FROM certificate_projects WHERE tenant_id = @{Prefix}Tenant AND project_key = @{Prefix}ProjectKey AND version = @{Prefix}Version)";
        return new(
            $"""
            INSERT INTO registrations ({Columns})
            SELECT @{Prefix}Tenant, @{Prefix}ProjectKey, items.candidate_key, items.student_number, {Cast("external", "boolean")},
                @{Prefix}CertificateCode, @{Prefix}Level, @{Prefix}Year, {Cast("registered_on", "date")}, items.payer,
                {Cast("fee", "numeric")}, {Cast("passed", "boolean")}, {Cast("score", "numeric")}, items.certificate_number,
                {Cast("issued_on", "date")}, @{Prefix}Version
            FROM {JsonSql.Objects(dialect, $"@{Prefix}Items", ItemColumns)}
            WHERE {Current}
            ON CONFLICT (tenant_id, project_key, candidate_key) DO UPDATE SET student_number = excluded.student_number,
                external = excluded.external, registered_on = excluded.registered_on, payer = excluded.payer, fee = excluded.fee,
                passed = excluded.passed, score = excluded.score, certificate_number = excluded.certificate_number,
                issued_on = excluded.issued_on, version = excluded.version
                WHERE registrations.version <= excluded.version;
            DELETE FROM registrations
                WHERE tenant_id = @{Prefix}Tenant AND project_key = @{Prefix}ProjectKey AND version < @{Prefix}Version
                  AND candidate_key NOT IN (SELECT items.candidate_key FROM {JsonSql.Objects(dialect, $"@{Prefix}Items", "candidate_key")})
                  AND {Current};
            """,
            parameters);
    }

    private static Dictionary<string, object?> Item(CandidateRegistration r) => new()
    {
        ["candidate_key"] = r.Key,
        ["student_number"] = r.StudentNumber,
        ["external"] = r.Kind == OnePlusX.Policies.CandidateKind.ExternalCandidate ? 1 : 0,
        ["registered_on"] = Sql.IsoDay(r.RegisteredOn),
        ["payer"] = r.Funding.Payer.ToString(),
        ["fee"] = r.Funding.Total.ToString(CultureInfo.InvariantCulture),
        ["passed"] = r.Result is { } result ? (result.Passed ? 1 : 0) : null,
        ["score"] = r.Result?.Score?.ToString(CultureInfo.InvariantCulture),
        ["certificate_number"] = r.Certificate?.Number,
        ["issued_on"] = r.Certificate is { } certificate ? Sql.IsoDay(certificate.IssuedOn) : null,
    };
}
