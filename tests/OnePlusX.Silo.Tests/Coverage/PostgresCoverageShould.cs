using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using OnePlusX.Silo.ReferenceData;
using OnePlusX.Silo.Storage;
using OnePlusX.Silo.Tests.Infrastructure;

namespace OnePlusX.Silo.Tests.Coverage;

/// <summary>
/// Coverage on PostgreSQL in production mode: migrations as the owner, the queries as the service role under
/// row-level security. Also: the hand-written query the benchmark runs with psql gives the gateway's answer.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresCoverageShould(PostgresServer server) : CoverageShould
{
    private PostgresDatabase _postgres = null!;

    protected override async Task<Database> CreateDatabaseAsync()
    {
        _postgres = await server.CreateServiceDatabaseAsync("coverage");
        var database = new Database(new StorageOptions { PostgreSQL = _postgres.Service });
        await new MigrationRunner(database, NullLogger<MigrationRunner>.Instance, new StorageOptions { PostgreSQL = _postgres.Service, PostgreSQLMigrations = _postgres.Owner }).MigrateAsync();
        await new ReferenceDataLoader(database, ReferenceCatalog.Load()).LoadAsync(default);
        return database;
    }

    [Theory]
    [InlineData("22", 2025, null)]
    [InlineData("22", 2025, "WEB")]
    [InlineData("22", 2024, null)]
    [InlineData("42", 2025, null)]
    [InlineData("11", 2025, null)]
    public async Task GiveTheAnswerOfTheHandWrittenBenchmarkQuery_NAT_STA_1(string province, int year, string? certificate)
    {
        var folder = Path.Combine(Repository.Root, "benchmarks", "coverage");
        var document = await File.ReadAllTextAsync(Path.Combine(folder, "province-coverage.graphql"));
        var answer = await Gateway.ExecuteAsync(document, Monitor(),
            new Inputs(new Dictionary<string, object?> { ["province"] = province, ["year"] = year, ["certificate"] = certificate }));
        Assert.False(answer.TryGetProperty("errors", out var errors), errors.ToString());

        // As psql substitutes its variables (-v province=… -v year=… -v certificate=…).
        var sql = (await File.ReadAllTextAsync(Path.Combine(folder, "province-coverage.sql")))
            .Replace(":'province'", $"'{province}'", StringComparison.Ordinal)
            .Replace(":'certificate'", $"'{certificate}'", StringComparison.Ordinal)
            .Replace(":year", year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        await using var connection = new NpgsqlConnection(_postgres.Superuser);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var computed = (string)(await command.ExecuteScalarAsync())!;

        Assert.Equal(Canonical(computed), Canonical(answer.GetProperty("data").GetProperty("stationCoverage").GetRawText()));
    }

    private static string Canonical(string json) => JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
