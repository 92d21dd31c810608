using System.Text.Json;
using Dapper;
using OnePlusX.CertificateProjects;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.ReadModels.IssuedCertificates;

/// <summary>
/// The issued_certificates rows of one project, as one JSON parameter expanded by a single INSERT: shared by the
/// projection (at the grain's version) and by the claim made before issuing (at version 0).
/// </summary>
internal static class IssuedCertificateRows
{
    public const string Columns =
        "number, tenant_id, project_key, candidate_key, certificate_code, level, holder_name, student_number, college_name, issued_on, platform_due, platform_due_provisional, platform_entered_on, version, updated_at";

    private static readonly string[] ItemColumns = ["number", "candidate_key", "holder_name", "student_number", "issued_on", "platform_due", "provisional", "entered_on"];

    /// <summary>One row's own values (the project's are parameters).</summary>
    public sealed record Item(string Number, string CandidateKey, string HolderName, string? StudentNumber, DateOnly IssuedOn, DateOnly PlatformDue, bool Provisional, DateOnly? EnteredOn);

    /// <summary>The rows of a project's issued certificates.</summary>
    public static IReadOnlyList<Item> Of(IEnumerable<CandidateRegistration> registrations) => registrations
        .Where(r => r.Certificate is not null)
        .Select(r => new Item(r.Certificate!.Number, r.Key, r.Name, r.StudentNumber, r.Certificate.IssuedOn, r.Certificate.PlatformDeadline.Due,
            r.Certificate.PlatformDeadline.Provisional, r.Certificate.PlatformEnteredOn))
        .ToList();

    /// <summary>
    /// <c>SELECT …</c> of the rows from the JSON parameter <c>@{prefix}Items</c>, with the project's values from
    /// <c>@{prefix}Tenant</c>, <c>…ProjectKey</c>, <c>…CertificateCode</c>, <c>…Level</c>, <c>…CollegeName</c>, <c>…Now</c>
    /// and the version expression given.
    /// </summary>
    public static string Select(StorageDialect dialect, string prefix, string version)
    {
        var pg = dialect == StorageDialect.PostgreSQL;
        string Day(string column) => pg ? $"CAST(items.{column} AS date)" : $"items.{column}";
        var provisional = pg ? "CAST(items.provisional AS boolean)" : "CAST(items.provisional AS INTEGER)";
        return $"""
            SELECT items.number, @{prefix}Tenant, @{prefix}ProjectKey, items.candidate_key, @{prefix}CertificateCode, @{prefix}Level,
                items.holder_name, items.student_number, @{prefix}CollegeName, {Day("issued_on")}, {Day("platform_due")}, {provisional},
                {Day("entered_on")}, {version}, @{prefix}Now
            FROM {JsonSql.Objects(dialect, $"@{prefix}Items", ItemColumns)}
            """;
    }

    /// <summary>The numbers of the JSON parameter, as a subquery.</summary>
    public static string Numbers(StorageDialect dialect, string prefix) =>
        $"SELECT items.number FROM {JsonSql.Objects(dialect, $"@{prefix}Items", "number")}";

    /// <summary>The parameters <see cref="Select"/> reads.</summary>
    public static DynamicParameters Parameters(string prefix, string tenant, string projectKey, string certificateCode, CertificateLevel level, string collegeName, IReadOnlyList<Item> items)
    {
        var parameters = new DynamicParameters();
        parameters.Add($"{prefix}Tenant", tenant);
        parameters.Add($"{prefix}ProjectKey", projectKey);
        parameters.Add($"{prefix}CertificateCode", certificateCode);
        parameters.Add($"{prefix}Level", (int)level);
        parameters.Add($"{prefix}CollegeName", collegeName);
        parameters.Add($"{prefix}Now", DateTimeOffset.UtcNow);
        parameters.Add($"{prefix}Items", JsonSerializer.Serialize(items.Select(i => new Dictionary<string, object?>
        {
            ["number"] = i.Number,
            ["candidate_key"] = i.CandidateKey,
            ["holder_name"] = i.HolderName,
            ["student_number"] = i.StudentNumber,
            ["issued_on"] = Sql.IsoDay(i.IssuedOn),
            ["platform_due"] = Sql.IsoDay(i.PlatformDue),
            ["provisional"] = i.Provisional ? 1 : 0,
            ["entered_on"] = i.EnteredOn is { } entered ? Sql.IsoDay(entered) : null,
        })));
        return parameters;
    }

}
