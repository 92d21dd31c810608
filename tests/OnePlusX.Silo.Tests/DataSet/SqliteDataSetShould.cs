using Dapper;
using Microsoft.Data.Sqlite;
using OnePlusX.Silo.DataSet;
using OnePlusX.Silo.ReferenceData;
using OnePlusX.Silo.Tests.Infrastructure;

namespace OnePlusX.Silo.Tests.DataSet;

/// <summary>The embedded default loads the small data set through the same command (batched INSERTs).</summary>
public sealed class SqliteDataSetShould
{
    [Fact]
    public async Task LoadTheSmallScaleThroughTheCommand()
    {
        var folder = Directory.CreateTempSubdirectory("oneplusx-dataset-").FullName;
        try
        {
            var path = Path.Combine(folder, "oneplusx.db");
            var result = await Cli.RunAsync(path, ["dataset", "load", "--seed", "3", "--scale", "small"]);
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("batched INSERT", result.Output);
            Assert.Contains("students", result.Output);

            var expected = new DataSetGenerator(DataSetPlan.For(3, DataSetPlan.Small), ReferenceCatalog.Load()).Count();
            await using var connection = new SqliteConnection($"Data Source={path}");
            Assert.Equal(expected.Colleges, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM colleges"));
            Assert.Equal(450, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM certificates"));
            Assert.Equal(expected.Stations, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM exam_stations"));
            Assert.Equal(expected.Students, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM students"));
            Assert.Equal(expected.Registrations, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM registrations"));
            Assert.Equal(expected.IssuedCertificates, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM issued_certificates"));
            // Stored as the projections store them: booleans 0/1, money and days as text.
            Assert.Equal(expected.ApprovedStations, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM exam_stations WHERE approved = 1"));
            Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM registrations WHERE registered_on NOT LIKE '____-__-__' OR typeof(fee) <> 'text'"));

            var bad = await Cli.RunAsync(path, ["dataset", "load", "--scale", "huge"]);
            Assert.Equal(1, bad.ExitCode);
            Assert.Contains("(scale)", bad.Error);

            // The options read like the accounts commands': --name=value too, and a flag is not taken as a value.
            var joined = await Cli.RunAsync(path, ["dataset", "load", "--scale=huge"]);
            Assert.True(joined.ExitCode == 1 && joined.Error.Contains("(scale)", StringComparison.Ordinal), joined.ToString());
            var missing = await Cli.RunAsync(path, ["dataset", "load", "--seed", "--scale", "small"]);
            Assert.True(missing.ExitCode == 2 && missing.Error.Contains("'--seed' needs a value", StringComparison.Ordinal), missing.ToString());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
