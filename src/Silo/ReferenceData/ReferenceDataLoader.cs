using System.Text.Json;
using Dapper;
using OnePlusX.CertificateProjects;
using OnePlusX.ReadModels;
using OnePlusX.Silo.ReadModels;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.ReferenceData;

/// <summary>
/// Upserts the reference data into its tables at start-up, so SQL read models can join on it: one statement per
/// table (the rows travel as a JSON array), not a round trip per row.
/// </summary>
internal sealed class ReferenceDataLoader(Database database, ReferenceCatalog catalog)
{
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var dialect = database.Dialect;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(
            $"""
            INSERT INTO provinces (code, name) SELECT code, name FROM {JsonSql.Objects(dialect, "@Rows", "code", "name")} WHERE true
            ON CONFLICT (code) DO UPDATE SET name = excluded.name
            """,
            Rows(catalog.Provinces.Values.Select(p => new { code = p.Code, name = p.Name })), transaction);
        await connection.ExecuteAsync(
            $"""
            INSERT INTO cities (code, name, province_code, kind)
            SELECT code, name, province, kind FROM {JsonSql.Objects(dialect, "@Rows", "code", "name", "province", "kind")} WHERE true
            ON CONFLICT (code) DO UPDATE SET name = excluded.name, province_code = excluded.province_code, kind = excluded.kind
            """,
            Rows(catalog.Cities.Values.Select(c => new { code = c.Code, name = c.Name, province = c.ProvinceCode, kind = c.Kind })), transaction);
        await connection.ExecuteAsync(
            $"""
            INSERT INTO evaluation_organizations (code, name) SELECT code, name FROM {JsonSql.Objects(dialect, "@Rows", "code", "name")} WHERE true
            ON CONFLICT (code) DO UPDATE SET name = excluded.name
            """,
            Rows(catalog.Organizations.Values.Select(o => new { code = o.Code, name = o.Name })), transaction);
        await connection.ExecuteAsync(
            $"""
            INSERT INTO certificates (code, name, organization_code, levels)
            SELECT code, name, organization, levels FROM {JsonSql.Objects(dialect, "@Rows", "code", "name", "organization", "levels")} WHERE true
            ON CONFLICT (code) DO UPDATE SET name = excluded.name, organization_code = excluded.organization_code, levels = excluded.levels
            """,
            Rows(catalog.Certificates.Values.Select(c => new
            {
                code = c.Code, name = c.Name, organization = c.OrganizationCode, levels = string.Join(',', c.Levels.Select(l => (int)l)),
            })),
            transaction);
        await transaction.CommitAsync(cancellationToken);

        // Certificates loaded in bulk (the national data set, docs/dataset.md) join the in-memory catalogue.
        var organizations = await connection.QueryAsync<EvaluationOrganizationRecord>(
            "SELECT code AS Code, name AS Name FROM evaluation_organizations");
        var certificates = await connection.QueryAsync<(string Code, string Name, string OrganizationCode, string Levels)>(
            "SELECT code, name, organization_code, levels FROM certificates");
        catalog.Include(organizations, certificates.Select(c => new CertificateRecord(c.Code, c.Name, c.OrganizationCode,
            c.Levels.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(l => (CertificateLevel)int.Parse(l, System.Globalization.CultureInfo.InvariantCulture)).ToList())));
    }

    private static object Rows<T>(IEnumerable<T> rows) => new { Rows = JsonSerializer.Serialize(rows) };
}
