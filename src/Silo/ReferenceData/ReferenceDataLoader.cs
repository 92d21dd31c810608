using Dapper;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.ReferenceData;

/// <summary>Upserts the reference data into its tables at start-up, so SQL read models can join on it.</summary>
internal sealed class ReferenceDataLoader(Database database, ReferenceCatalog catalog)
{
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO provinces (code, name) VALUES (@Code, @Name) ON CONFLICT (code) DO UPDATE SET name = excluded.name",
            catalog.Provinces.Values, transaction);
        await connection.ExecuteAsync(
            """
            INSERT INTO cities (code, name, province_code, kind) VALUES (@Code, @Name, @ProvinceCode, @Kind)
            ON CONFLICT (code) DO UPDATE SET name = excluded.name, province_code = excluded.province_code, kind = excluded.kind
            """,
            catalog.Cities.Values, transaction);
        await connection.ExecuteAsync(
            "INSERT INTO evaluation_organizations (code, name) VALUES (@Code, @Name) ON CONFLICT (code) DO UPDATE SET name = excluded.name",
            catalog.Organizations.Values, transaction);
        await connection.ExecuteAsync(
            """
            INSERT INTO certificates (code, name, organization_code, levels) VALUES (@Code, @Name, @OrganisationCode, @Levels)
            ON CONFLICT (code) DO UPDATE SET name = excluded.name, organization_code = excluded.organization_code, levels = excluded.levels
            """,
            catalog.Certificates.Values.Select(c => new
            {
                c.Code, c.Name, OrganisationCode = c.OrganizationCode, Levels = string.Join(',', c.Levels.Select(l => (int)l)),
            }),
            transaction);
        await transaction.CommitAsync(cancellationToken);
    }
}
