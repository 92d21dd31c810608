using System.Globalization;
using System.Net;
using Npgsql;
using OnePlusX.Exports;
using OnePlusX.Security;
using OnePlusX.Silo.Exports;
using OnePlusX.Silo.Storage;
using OnePlusX.Silo.Tests.Infrastructure;
using OnePlusX.Silo.Tests.Security;

namespace OnePlusX.Silo.Tests.Exports;

/// <summary>
/// The exports on PostgreSQL in production mode: the silo connects as the service role under row-level security,
/// the job streams each dataset from a repeatable-read snapshot, and every row and column matches the read model.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresExportsShould(PostgresServer server)
{
    [Fact]
    public async Task ExportEveryDatasetFromPostgreSqlRowForRow_NAT_MON_1()
    {
        var database = await server.CreateServiceDatabaseAsync("export");
        var folder = Directory.CreateTempSubdirectory("oneplusx-export-").FullName;
        try
        {
            await using var silo = await SiloProcess.StartAsync(ClusterSettings.For(database), folder);
            await using var superuser = new NpgsqlConnection(database.Superuser);
            await superuser.OpenAsync();
            await ExportFixture.InsertAsync(superuser);
            var created = await Cli.RunAsync(folder, ["accounts", "create-client", "--display", "export test", "--scope", "monitoring.export"],
                ["--ConnectionStrings:PostgreSQL", database.Service, "--ConnectionStrings:PostgreSQLMigrations", database.Owner]);
            Assert.True(created.ExitCode == 0, created.ToString());
            using var client = new ExportClient(await SiloAccounts.ClientCredentialsAsync(
                silo.BaseAddress, (created.Value("client_id"), created.Value("client_secret")), "monitoring.export"));

            foreach (var dataset in Enum.GetValues<ExportDataset>())
            {
                foreach (var format in Enum.GetValues<ExportFormat>())
                {
                    var job = await client.ExportAsync(dataset, format);
                    var asOf = DateOnly.Parse(job.GetProperty("asOf").GetString()!, CultureInfo.InvariantCulture);
                    using var download = await client.GetAsync(await client.LinkAsync(job.GetProperty("id").GetString()!));
                    Assert.Equal(HttpStatusCode.OK, download.StatusCode);
                    ExportFiles.AssertRows(await ExportFixture.ExpectedAsync(superuser, dataset, asOf),
                        ExportFiles.Read(format, await download.Content.ReadAsByteArrayAsync(), dataset), format, dataset);
                }
            }

            // The service role under row-level security, in a provincial scope: its province's rows and none of 42's.
            await using var service = new Database(new StorageOptions { PostgreSQL = database.Service });
            var jilin = new AccessScope(ScopeKind.Province, null, "22", new HashSet<string>(), "test-coordinator");
            using var output = new MemoryStream();
            var rows = await new ExportRunner(service).ExportAsync(ExportDefinition.For(ExportDataset.Registrations), ExportFormat.JsonLines, jilin,
                ExportFilter.None, new DateOnly(2025, 12, 1), output, _ => Task.CompletedTask, _ => Task.CompletedTask, default);
            Assert.Equal((await ExportFixture.ExpectedAsync(superuser, ExportDataset.Registrations, default, "22")).Count, rows);
            Assert.DoesNotContain("\"EXB\"", System.Text.Encoding.UTF8.GetString(output.ToArray()), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
