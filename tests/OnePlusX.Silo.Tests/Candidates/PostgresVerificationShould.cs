using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using OnePlusX.CertificateProjects;
using OnePlusX.ReadModels;
using OnePlusX.Security;
using OnePlusX.Silo.ReadModels.IssuedCertificates;
using OnePlusX.Silo.Storage;
using OnePlusX.Silo.Tests.Infrastructure;

namespace OnePlusX.Silo.Tests.Candidates;

/// <summary>
/// issued_certificates on PostgreSQL as the service role, under row-level security: an anonymous connection sees no
/// row, verify_certificate shows one only for its exact number and holder, claims keep a number to one college,
/// and deadline lists stay within the reader's scope.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresVerificationShould(PostgresServer server) : IAsyncLifetime
{
    private Database _service = null!;
    private CertificateNumberClaims _claims = null!;

    public async Task InitializeAsync()
    {
        var db = await server.CreateServiceDatabaseAsync("verify");
        _service = new Database(new StorageOptions { PostgreSQL = db.Service });
        await new MigrationRunner(_service, NullLogger<MigrationRunner>.Instance, new StorageOptions { PostgreSQL = db.Service, PostgreSQLMigrations = db.Owner }).MigrateAsync();
        _claims = new CertificateNumberClaims(_service);
        await using (var system = await _service.OpenAsync(AccessScope.System("test set-up")))
        {
            await system.ExecuteAsync(
                """
                INSERT INTO colleges (tenant_id, name, province_code, city_code, policy_code, version, updated_at)
                VALUES ('PVA', '甲学院', '22', '220100', 'NAT', 1, now()), ('PVB', '乙学院', '42', '420300', 'NAT', 1, now())
                """);
        }

        Assert.Equal(["PVA-0001"], await IssueAsync("PVA", "2001", "PVA-0001", "张三", new DateOnly(2025, 9, 29), new DateOnly(2025, 10, 15)));
        Assert.Equal(["PVB-0001"], await IssueAsync("PVB", "3001", "PVB-0001", "李四", new DateOnly(2025, 10, 9), new DateOnly(2025, 10, 17)));
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task ShowAnAnonymousCallerNoRowButTheOneItNamesByNumberAndHolder_NAT_ISS_1()
    {
        var queries = new SqlIssuedCertificateQueries(_service);

        var found = await queries.VerifyAsync("pva-0001", "张三", default);
        var wrongName = await queries.VerifyAsync("PVA-0001", "李四", default);
        var unknown = await queries.VerifyAsync("PVA-9999", "张三", default);

        Assert.Equal(new CertificateVerificationRecord("PVA-0001", "张三", "WEB-FE", CertificateLevel.Intermediate, "甲学院", new DateOnly(2025, 9, 29)), found);
        Assert.Null(wrongName);
        Assert.Null(unknown);
        await using var anonymous = await _service.OpenAsync(AccessScope.Public);
        Assert.Equal(0, await anonymous.ExecuteScalarAsync<int>("SELECT count(*) FROM issued_certificates"));
        Assert.Equal(1, await anonymous.ExecuteScalarAsync<int>("SELECT count(*) FROM verify_certificate('PVA-0001', '张三')"));
        // The function's settings end with it: the connection is back in its own scope, and still sees nothing.
        Assert.Equal(("none", ""), await anonymous.QuerySingleAsync<(string, string)>(
            "SELECT current_setting('oneplusx.scope'), coalesce(current_setting('oneplusx.verify_number', true), '')"));
        Assert.Equal(0, await anonymous.ExecuteScalarAsync<int>("SELECT count(*) FROM issued_certificates"));
        // Even a connection that puts itself in the verification scope sees only the row it names by number and holder.
        await anonymous.ExecuteAsync("SELECT set_config('oneplusx.scope', 'verification', false), set_config('oneplusx.verify_number', 'PVA-0001', false)");
        Assert.Equal(0, await anonymous.ExecuteScalarAsync<int>("SELECT count(*) FROM issued_certificates"));
        await anonymous.ExecuteAsync("SELECT set_config('oneplusx.verify_holder_name', '张三', false)");
        Assert.Equal(["PVA-0001"], await anonymous.QueryAsync<string>("SELECT number FROM issued_certificates"));
    }

    [Fact]
    public async Task KeepACertificateNumberToTheCollegeThatClaimedIt()
    {
        Assert.Empty(await IssueAsync("PVB", "3002", "PVA-0001", "王五", new DateOnly(2025, 9, 30), new DateOnly(2025, 10, 16)));
        Assert.Empty(await IssueAsync("PVA", "2002", "PVA-0001", "赵六", new DateOnly(2025, 9, 30), new DateOnly(2025, 10, 16)));
        Assert.Equal(["PVA-0001"], await IssueAsync("PVA", "2001", "PVA-0001", "张三", new DateOnly(2025, 9, 29), new DateOnly(2025, 10, 15)));
    }

    [Fact]
    public async Task ListPlatformDeadlinesWithinTheReadersScope_NAT_ISS_1()
    {
        var queries = new SqlIssuedCertificateQueries(_service);
        var overdue = new PlatformDeadlineFilter(PlatformDeadlineStatus.Overdue, new DateOnly(2025, 10, 20), 0);
        var dueSoon = new PlatformDeadlineFilter(PlatformDeadlineStatus.DueSoon, new DateOnly(2025, 10, 13), 2);

        async Task<string[]> Numbers(AccessScope scope, PlatformDeadlineFilter filter) =>
            (await queries.DeadlinesAsync(scope, filter, 0, 100, default)).Items.Select(i => i.Number).ToArray();

        Assert.Equal(["PVA-0001", "PVB-0001"], await Numbers(Scope(ScopeKind.National, null, null), overdue));
        Assert.Equal(["PVA-0001"], await Numbers(Scope(ScopeKind.Province, null, "22"), overdue));
        Assert.Equal(["PVB-0001"], await Numbers(Scope(ScopeKind.College, "PVB", "42"), overdue));
        Assert.Empty(await Numbers(AccessScope.Public, overdue));
        Assert.Equal(["PVA-0001"], await Numbers(Scope(ScopeKind.National, null, null), dueSoon));
        var record = (await queries.DeadlinesAsync(Scope(ScopeKind.College, "PVA", "22"), overdue, 0, 10, default)).Items.Single();
        Assert.Equal(new IssuedCertificateRecord("PVA-0001", "PVA", "WEB-FE-2-2025", "WEB-FE", CertificateLevel.Intermediate, "张三", "2001",
            new DateOnly(2025, 9, 29), new DateOnly(2025, 10, 15), false, null), record);
    }

    private static AccessScope Scope(ScopeKind kind, string? tenant, string? province) => new(kind, tenant, province, new HashSet<string>(), "test");

    /// <summary>Claims a number as a project would, then brings the row to version 1 as its projection would; the numbers now the project's.</summary>
    private async Task<string[]> IssueAsync(string tenant, string student, string number, string holder, DateOnly issuedOn, DateOnly due)
    {
        var claimed = await _claims.ClaimAsync(tenant, "WEB-FE-2-2025", "WEB-FE", CertificateLevel.Intermediate, tenant == "PVA" ? "甲学院" : "乙学院",
            [new IssuedCertificateRows.Item(number, student, holder, student, issuedOn, due, false, null)]);
        await using var connection = await _service.OpenAsync(AccessScope.Writing(tenant));
        await connection.ExecuteAsync("UPDATE issued_certificates SET version = 1 WHERE number = ANY(@Numbers)", new { Numbers = claimed.ToArray() });
        return [.. claimed];
    }
}
