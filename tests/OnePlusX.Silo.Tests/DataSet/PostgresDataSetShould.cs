using System.Security.Claims;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using OnePlusX.Security;
using OnePlusX.Silo.BulkImport;
using OnePlusX.Silo.DataSet;
using OnePlusX.Silo.ReadModels.Colleges;
using OnePlusX.Silo.ReadModels.ExamStations;
using OnePlusX.Silo.ReferenceData;
using OnePlusX.Silo.Storage;
using OnePlusX.Silo.Tests.GraphQL;
using OnePlusX.Silo.Tests.Infrastructure;

namespace OnePlusX.Silo.Tests.DataSet;

/// <summary>
/// The data set on PostgreSQL as production runs it: migrations and the import as the tables' owner, reads as the
/// service role under row-level security. Small scale (1/1000: 31 colleges, 5,000 students), a few seconds each.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresDataSetShould(PostgresServer server)
{
    private const int Seed = 7;

    private static readonly string[] Tables =
    [
        "evaluation_organizations", "certificates", "colleges", "schools", "majors", "certificate_projects", "exam_stations", "students",
        "registrations", "issued_certificates",
    ];

    [Fact]
    public async Task LoadTheSmallScaleThroughTheCommandWithExactCounts()
    {
        var database = await server.CreateServiceDatabaseAsync("dataset");
        var result = await Cli.RunAsync(Path.GetTempPath(), ["dataset", "load", "--seed", $"{Seed}", "--scale", "small"], Settings(database));
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("binary COPY", result.Output);

        var expected = Generator(Seed).Count();
        await using var superuser = new NpgsqlConnection(database.Superuser);
        async Task<long> Count(string sql) => await superuser.ExecuteScalarAsync<long>(sql);
        Assert.Equal(31, await Count("SELECT count(*) FROM provinces"));
        Assert.Equal(333, await Count("SELECT count(*) FROM cities WHERE kind = 'prefecture'"));
        Assert.Equal(450, await Count("SELECT count(*) FROM certificates"));
        Assert.Equal(expected.Colleges, await Count("SELECT count(*) FROM colleges"));
        Assert.Equal(31, await Count("SELECT count(DISTINCT province_code) FROM colleges"));
        Assert.Equal(expected.Schools, await Count("SELECT count(*) FROM schools"));
        Assert.Equal(expected.Majors, await Count("SELECT count(*) FROM majors"));
        Assert.Equal(expected.Projects, await Count("SELECT count(*) FROM certificate_projects"));
        Assert.Equal(50, await Count("SELECT count(*) FROM exam_stations"));
        Assert.Equal(expected.ApprovedStations, await Count("SELECT count(*) FROM exam_stations WHERE approved"));
        Assert.Equal(5_000, await Count("SELECT count(*) FROM students"));
        Assert.Equal(expected.Registrations, await Count("SELECT count(*) FROM registrations"));
        Assert.Equal(await Count("SELECT sum(registration_count) FROM students"), await Count("SELECT count(*) FROM registrations WHERE NOT external"));
        Assert.Equal(expected.IssuedCertificates, await Count("SELECT count(*) FROM issued_certificates"));
        Assert.Equal(expected.IssuedCertificates, await Count("SELECT count(*) FROM registrations WHERE certificate_number IS NOT NULL"));
        // FORCE is back on every tenant table the import lifted it from.
        Assert.Equal(0, await Count("SELECT count(*) FROM pg_class WHERE relrowsecurity AND NOT relforcerowsecurity"));

        var again = await Cli.RunAsync(Path.GetTempPath(), ["dataset", "load", "--seed", $"{Seed}", "--scale", "small"], Settings(database));
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already in this database", again.Error);
    }

    [Fact]
    public async Task LoadTheSameRowsFromTheSameSeed()
    {
        var first = await LoadInProcessAsync(Seed);
        var second = await LoadInProcessAsync(Seed);
        var other = await LoadInProcessAsync(Seed + 1);

        var a = await ChecksumsAsync(first);
        Assert.Equal(a, await ChecksumsAsync(second));
        var b = await ChecksumsAsync(other);
        Assert.NotEqual(a["students"], b["students"]);
        Assert.NotEqual(a["registrations"], b["registrations"]);
    }

    [Fact]
    public async Task RefuseTheServiceRoleWhichRowLevelSecurityBinds()
    {
        var database = await server.CreateServiceDatabaseAsync("dataset");
        await MigrateAsync(database);
        await using var importer = new BulkImporter(new StorageOptions { PostgreSQL = database.Service });
        var generator = Generator(Seed);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => importer.ImportAsync(DataSetTables.Colleges, generator.CollegeRows(), null, null));
        Assert.Contains("PostgreSQLMigrations", error.Message);
    }

    [Fact]
    public async Task ServeTheLoadedProvinceToItsCoordinatorThroughGraphQLUnderRowLevelSecurity()
    {
        var database = await LoadInProcessAsync(Seed);
        await using var service = new Database(new StorageOptions { PostgreSQL = database.Service });
        var reference = ReferenceCatalog.Load();
        await new ReferenceDataLoader(service, reference).LoadAsync(default);
        await using var gateway = new InProcessGateway(new SqlCollegeQueries(service), new SqlExamStationQueries(service), reference);
        await using var superuser = new NpgsqlConnection(database.Superuser);
        var province = await superuser.ExecuteScalarAsync<string>("SELECT province_code FROM exam_stations GROUP BY province_code ORDER BY count(*) DESC, province_code LIMIT 1");
        var colleges = await superuser.ExecuteScalarAsync<long>("SELECT count(*) FROM colleges WHERE province_code = @province", new { province });
        var stations = await superuser.QueryAsync<string>("SELECT certificate_code FROM exam_stations WHERE province_code = @province ORDER BY tenant_id, station_code", new { province });

        var data = await DataAsync(gateway, $$"""
            { colleges(where: { provinceCode: "{{province}}" }, first: 1000) { totalCount items { code city { province { code } } } }
              examStations(first: 1000) { totalCount items { code city { code } certificate { code name evaluationOrganization { name } } } } }
            """, Coordinator(province!));

        Assert.Equal(colleges, data.GetProperty("colleges").GetProperty("totalCount").GetInt64());
        Assert.All(data.GetProperty("colleges").GetProperty("items").EnumerateArray(),
            c => Assert.Equal(province, c.GetProperty("city").GetProperty("province").GetProperty("code").GetString()));
        // Unfiltered, the coordinator still sees only its own province's stations, and their generated certificates resolve.
        var items = data.GetProperty("examStations").GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(stations, items.Select(s => s.GetProperty("certificate").GetProperty("code").GetString()!));
        Assert.Contains(items, s => s.GetProperty("certificate").GetProperty("code").GetString()!.StartsWith(DataSetCatalogue.GeneratedPrefix, StringComparison.Ordinal));
        Assert.All(items, s => Assert.False(string.IsNullOrEmpty(s.GetProperty("certificate").GetProperty("evaluationOrganization").GetProperty("name").GetString())));

        var otherProvince = province == "11" ? "12" : "11";
        var refused = await DataAsync(gateway, $$"""{ colleges(where: { provinceCode: "{{otherProvince}}" }) { totalCount } }""", Coordinator(province!));
        Assert.Equal(0, refused.GetProperty("colleges").GetProperty("totalCount").GetInt32());
    }

    private static DataSetGenerator Generator(int seed) => new(DataSetPlan.For(seed, DataSetPlan.Small), ReferenceCatalog.Load());

    private static IEnumerable<string> Settings(PostgresDatabase database) =>
        ["--ConnectionStrings:PostgreSQL", database.Service, "--ConnectionStrings:PostgreSQLMigrations", database.Owner];

    private async Task<PostgresDatabase> LoadInProcessAsync(int seed)
    {
        var database = await server.CreateServiceDatabaseAsync("dataset");
        await MigrateAsync(database);
        var storage = new StorageOptions { PostgreSQL = database.Service, PostgreSQLMigrations = database.Owner };
        await using var importer = new BulkImporter(storage);
        var generator = Generator(seed);
        await new DataSetLoader(importer, generator).LoadAsync(generator.Count(), _ => { }, default);
        return database;
    }

    private static async Task MigrateAsync(PostgresDatabase database)
    {
        var storage = new StorageOptions { PostgreSQL = database.Service, PostgreSQLMigrations = database.Owner };
        await using var service = new Database(storage);
        await new MigrationRunner(service, NullLogger<MigrationRunner>.Instance, storage).MigrateAsync();
        await new ReferenceDataLoader(service, ReferenceCatalog.Load()).LoadAsync(default);
    }

    /// <summary>An md5 of every table's rows in key order.</summary>
    private static async Task<Dictionary<string, string>> ChecksumsAsync(PostgresDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.Superuser);
        var sums = new Dictionary<string, string>();
        foreach (var table in Tables)
        {
            sums[table] = await connection.ExecuteScalarAsync<string>($"SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM {table} t") ?? "";
        }

        return sums;
    }

    private static async Task<JsonElement> DataAsync(InProcessGateway gateway, string query, ClaimsPrincipal user)
    {
        var result = await gateway.ExecuteAsync(query, user);
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data");
    }

    private static ClaimsPrincipal Coordinator(string province) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, $"coordinator@{province}"), new Claim(ClaimTypes.Role, Roles.ProvincialCoordinator), new Claim(ClaimNames.Province, province)], "test"));
}
