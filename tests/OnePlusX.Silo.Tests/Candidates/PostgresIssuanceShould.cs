using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OnePlusX.CertificateProjects;
using OnePlusX.ReadModels;
using OnePlusX.Security;
using OnePlusX.Silo.ReadModels.IssuedCertificates;
using OnePlusX.Silo.Storage;
using OnePlusX.Silo.Tests.Infrastructure;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.Tests.Candidates;

/// <summary>
/// The whole path on PostgreSQL in production mode (the service role under row-level security): a project
/// registers, records and issues; its projection writes issued_certificates; the public verifies over REST and
/// GraphQL, anonymously; the college lists its deadline.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresIssuanceShould(PostgresServer server)
{
    [Fact]
    public async Task IssueProjectAndVerifyACertificateOnPostgreSQL_NAT_ISS_1()
    {
        var database = await server.CreateServiceDatabaseAsync("issue");
        var settings = ClusterSettings.For(database);
        settings["OnePlusX:Policies:Tenants:PGSD"] = "SDDZ";
        var folder = Directory.CreateTempSubdirectory("oneplusx-issue-").FullName;
        try
        {
            await IssueAndVerifyAsync(database, await SiloProcess.StartAsync(settings, folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task IssueAndVerifyAsync(PostgresDatabase database, SiloProcess started)
    {
        await using var silo = started;
        await using var client = await ClusterClient.ConnectAsync(silo);
        await using var service = new Database(new StorageOptions { PostgreSQL = database.Service });
        using var http = new HttpClient { BaseAddress = silo.BaseAddress };

        var tenant = await Seed.CollegeAsync(client.Grains, "PGSD");
        await Seed.StudentsAsync(client.Grains, tenant, ["6001"]);
        var project = await Seed.ApprovedProjectAsync(client.Grains, tenant);
        using (CallScope.ForTenant(tenant, "test-officer"))
        {
            Assert.True(Seed.Ok(await project.RegisterCandidatesAsync(new RegisterCandidates([new CandidateRow("6001", true, null)], new DateOnly(2025, 9, 1)))).Rows[0].Applied);
            Assert.True(Seed.Ok(await project.RecordResultsAsync(new RecordResults([new ResultRow("6001", 91m, true)]))).Rows[0].Applied);
            var issued = Seed.Ok(await project.IssueCertificatesAsync(new IssueCertificates([new IssueRow("6001", "PG-2025-0001", new DateOnly(2025, 9, 29), ScanArchived: true)])));
            Assert.True(issued.Rows[0].Applied, string.Join("; ", issued.Rows[0].Errors));
        }

        var rest = await http.GetAsync("/api/certificates/verify?number=PG-2025-0001&name=%E5%AD%A6%E7%94%9F6001");
        var graph = await (await http.PostAsJsonAsync("/graphql", new { query = """{ verifyCertificate(number: "PG-2025-0001", holderName: "学生6001") { number collegeName issuedOn } }""" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var deadlines = await new SqlIssuedCertificateQueries(service).DeadlinesAsync(
            new AccessScope(ScopeKind.College, "PGSD", "22", new HashSet<string>(), "test"), new PlatformDeadlineFilter(PlatformDeadlineStatus.Overdue, new DateOnly(2025, 10, 16), 0), 0, 10, default);

        Assert.Equal(HttpStatusCode.OK, rest.StatusCode);
        Assert.Equal("测试学院 PGSD", (await rest.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("collegeName").GetString());
        Assert.Equal("2025-09-29", graph.GetProperty("data").GetProperty("verifyCertificate").GetProperty("issuedOn").GetString());
        var due = Assert.Single(deadlines.Items);
        Assert.Equal(("PG-2025-0001", new DateOnly(2025, 10, 15), "学生6001"), (due.Number, due.PlatformDue, due.HolderName));
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/api/certificates/verify?number=PG-2025-0001&name=x")).StatusCode);

        // The registration's row for the national views: who pays and how much, the result and the certificate.
        var college = new AccessScope(ScopeKind.College, "PGSD", "22", new HashSet<string>(), "test");
        await using (var connection = await service.OpenAsync(college, default))
        {
            var row = await Dapper.SqlMapper.QuerySingleAsync<(string Candidate, string Payer, decimal Fee, bool Passed, decimal Score, string Number, DateOnly IssuedOn)>(connection,
                "SELECT candidate_key, payer, fee, passed, score, certificate_number, issued_on FROM registrations WHERE tenant_id = 'PGSD'");
            Assert.Equal(("6001", true, 91m, "PG-2025-0001", new DateOnly(2025, 9, 29)), (row.Candidate, row.Passed, row.Score, row.Number, row.IssuedOn));
            Assert.True(row.Fee > 0, $"fee {row.Fee} paid by {row.Payer}");
        }

        await using (var other = await service.OpenAsync(new AccessScope(ScopeKind.College, "ELSE", "22", new HashSet<string>(), "test"), default))
        {
            Assert.Equal(0L, await Dapper.SqlMapper.ExecuteScalarAsync<long>(other, "SELECT count(*) FROM registrations"));
        }
    }
}
