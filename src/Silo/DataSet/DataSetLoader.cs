using System.Diagnostics;
using Dapper;
using OnePlusX.Security;
using OnePlusX.Silo.BulkImport;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.DataSet;

/// <summary>What loading one table took.</summary>
public sealed record TableLoad(string Table, long Rows, TimeSpan Elapsed)
{
    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? Rows / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// Loads the data set through the bulk-import path, table by table in foreign-key order (organisations before
/// certificates), each table one stream of rows drawn from the seed. Provinces and cities are the reference data
/// the silo's storage initialisation has already upserted; the embedded certificates likewise.
/// </summary>
internal sealed class DataSetLoader(BulkImporter importer, DataSetGenerator generator)
{
    /// <summary>True when any of the data set's rows are in the database already (its first college or generated certificate).</summary>
    public static async Task<bool> IsLoadedAsync(Database database, DataSetGenerator generator, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(AccessScope.System("dataset"), cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT (SELECT count(*) FROM colleges WHERE tenant_id = @College) + (SELECT count(*) FROM certificates WHERE code = @Certificate)",
            new { College = generator.Colleges[0].Code, Certificate = generator.Catalogue.Generated.FirstOrDefault()?.Code ?? "" },
            cancellationToken: cancellationToken)) > 0;
    }

    public async Task<IReadOnlyList<TableLoad>> LoadAsync(DataSetCounts counts, Action<BulkProgress> progress, CancellationToken cancellationToken)
    {
        var loads = new List<TableLoad>();
        async Task Load<T>(BulkTable<T> table, IEnumerable<T> rows, long expected)
        {
            var clock = Stopwatch.StartNew();
            var written = await importer.ImportAsync(table, rows, expected, progress, cancellationToken);
            if (written != expected)
            {
                throw new InvalidOperationException($"{table.Name}: {written} rows written, {expected} planned.");
            }

            loads.Add(new TableLoad(table.Name, written, clock.Elapsed));
        }

        await Load(DataSetTables.Organizations, generator.Organizations(), counts.GeneratedOrganizations);
        await Load(DataSetTables.Certificates, generator.Certificates(), counts.GeneratedCertificates);
        await Load(DataSetTables.Colleges, generator.CollegeRows(), counts.Colleges);
        await Load(DataSetTables.Schools, generator.Schools(), counts.Schools);
        await Load(DataSetTables.Majors, generator.Majors(), counts.Majors);
        await Load(DataSetTables.Projects, generator.Projects(), counts.Projects);
        await Load(DataSetTables.Stations, generator.Stations(), counts.Stations);
        await Load(DataSetTables.Students, generator.Students(), counts.Students);
        await Load(DataSetTables.Registrations, generator.Registrations(), counts.Registrations);
        await Load(DataSetTables.IssuedCertificates, generator.IssuedCertificates(), counts.IssuedCertificates);
        return loads;
    }
}
