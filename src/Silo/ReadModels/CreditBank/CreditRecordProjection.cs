using System.Globalization;
using System.Text.Json;
using Dapper;
using OnePlusX.CertificateProjects;
using OnePlusX.Silo.Grains.CertificateProjects;
using OnePlusX.Silo.ReadModels.IssuedCertificates;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.ReadModels.CreditBank;

/// <summary>
/// A project's credit records (NAT-CB-1) in credit_records, in the project's projection batch: one per issued
/// certificate that carries its credit-bank entry, written while the project row is at this version, and only where
/// the record's content differs — so a replay, or a project change that leaves the record as it was, appends nothing
/// to the change feed (the table's triggers append a change for every insert and every real update). Certificates are
/// never withdrawn, so records are never deleted.
/// </summary>
internal static class CreditRecordProjection
{
    private const string Prefix = "Cb";

    private static readonly string[] ItemColumns =
        ["number", "candidate_key", "holder_name", "student_number", "issued_on", "credits", "category", "rule_ids", "explanation_chinese", "explanation_english", "due", "proposed_on"];

    /// <summary>The content columns: a record changes when one of these does.</summary>
    private static readonly string[] Content =
        ["project_key", "candidate_key", "holder_name", "student_number", "issued_on", "credits", "category", "rule_ids", "explanation_chinese", "explanation_english", "due", "proposed_on"];

    public static ProjectionSql Rows(StorageDialect dialect, string tenant, string projectKey, CertificateProjectState state, int version)
    {
        var pg = dialect == StorageDialect.PostgreSQL;
        string Cast(string column, string type) => pg ? $"CAST(items.{column} AS {type})" : $"items.{column}";
        var differs = string.Join(" OR ", Content.Select(c => pg ? $"credit_records.{c} IS DISTINCT FROM excluded.{c}" : $"credit_records.{c} IS NOT excluded.{c}"));
        var parameters = new DynamicParameters();
        parameters.Add($"{Prefix}Tenant", tenant);
        parameters.Add($"{Prefix}ProjectKey", projectKey);
        parameters.Add($"{Prefix}CertificateCode", state.CertificateCode);
        parameters.Add($"{Prefix}Level", (int)state.Level);
        parameters.Add($"{Prefix}Version", version);
        parameters.Add($"{Prefix}Now", DateTimeOffset.UtcNow);
        parameters.Add($"{Prefix}Items", JsonSerializer.Serialize(state.Registrations.Where(r => r.Certificate?.CreditBank is not null).Select(Item)));
        const string Current = $"EXISTS (SELECT 1 FROM certificate_projects WHERE tenant_id = @{Prefix}Tenant AND project_key = @{Prefix}ProjectKey AND version = @{Prefix}Version)";
        return new(
            $"""
            INSERT INTO credit_records (tenant_id, certificate_number, project_key, candidate_key, certificate_code, level,
                holder_name, student_number, issued_on, credits, category, rule_ids, explanation_chinese, explanation_english,
                due, proposed_on, version, updated_at)
            SELECT @{Prefix}Tenant, items.number, @{Prefix}ProjectKey, items.candidate_key, @{Prefix}CertificateCode, @{Prefix}Level,
                items.holder_name, items.student_number, {Cast("issued_on", "date")}, {Cast("credits", "numeric")}, items.category,
                items.rule_ids, items.explanation_chinese, items.explanation_english, {Cast("due", "date")}, {Cast("proposed_on", "date")},
                @{Prefix}Version, @{Prefix}Now
            FROM {JsonSql.Objects(dialect, $"@{Prefix}Items", ItemColumns)}
            WHERE {Current}
            ON CONFLICT (tenant_id, certificate_number) DO UPDATE SET project_key = excluded.project_key,
                candidate_key = excluded.candidate_key, holder_name = excluded.holder_name, student_number = excluded.student_number,
                issued_on = excluded.issued_on, credits = excluded.credits, category = excluded.category, rule_ids = excluded.rule_ids,
                explanation_chinese = excluded.explanation_chinese, explanation_english = excluded.explanation_english,
                due = excluded.due, proposed_on = excluded.proposed_on, version = excluded.version, updated_at = excluded.updated_at
                WHERE credit_records.version < excluded.version AND ({differs});
            """,
            parameters);
    }

    private static Dictionary<string, object?> Item(CandidateRegistration r)
    {
        var certificate = r.Certificate!;
        var entry = certificate.CreditBank!;
        return new()
        {
            ["number"] = certificate.Number,
            ["candidate_key"] = r.Key,
            ["holder_name"] = r.Name,
            ["student_number"] = r.StudentNumber,
            ["issued_on"] = Sql.IsoDay(certificate.IssuedOn),
            ["credits"] = entry.Grant.Credits.ToString(CultureInfo.InvariantCulture),
            ["category"] = entry.Grant.Category.ToString(),
            ["rule_ids"] = string.Join(',', entry.Grant.RuleIds),
            ["explanation_chinese"] = entry.Grant.Explanation.Chinese,
            ["explanation_english"] = entry.Grant.Explanation.English,
            ["due"] = Sql.IsoDay(entry.Deadline.Due),
            ["proposed_on"] = entry.ProposedOn is { } proposed ? Sql.IsoDay(proposed) : null,
        };
    }
}
