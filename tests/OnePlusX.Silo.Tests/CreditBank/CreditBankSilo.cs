using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using OnePlusX.CertificateProjects;
using OnePlusX.ReadModels;
using OnePlusX.Security;
using OnePlusX.Silo.ReadModels.CertificateProjects;
using OnePlusX.Silo.ReadModels.Colleges;
using OnePlusX.Silo.ReadModels.CreditBank;
using OnePlusX.Silo.ReadModels.ExamStations;
using OnePlusX.Silo.ReferenceData;
using OnePlusX.Silo.Storage;
using OnePlusX.Silo.Tests.Candidates;
using OnePlusX.Silo.Tests.GraphQL;
using OnePlusX.Silo.Tests.Infrastructure;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.Tests.CreditBank;

/// <summary>
/// An embedded-default silo for the credit bank (NAT-CB-1): colleges CX… follow XMGX, CJ… JLJT, any other code the
/// national baseline; certificates are issued through the project grain, so its projection writes the records and the
/// feed. The gateway runs in process (as a principal a test builds) and the silo over HTTP (with real tokens).
/// </summary>
public sealed class CreditBankSilo : IAsyncLifetime
{
    private Database _database = null!;

    public SiloProcess Silo { get; private set; } = null!;

    public ClusterClient Client { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public InProcessGateway Gateway { get; private set; } = null!;

    /// <summary>A national client with the creditbank.read scope (its token is fetched at start-up).</summary>
    public Tokens National { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string>();
        for (var i = 1; i <= 9; i++)
        {
            settings[$"OnePlusX:Policies:Tenants:CX{i}"] = "XMGX";
            settings[$"OnePlusX:Policies:Tenants:CJ{i}"] = "JLJT";
        }

        Silo = await SiloProcess.StartEmbeddedAsync(settings);
        Client = await ClusterClient.ConnectAsync(Silo);
        Http = new HttpClient { BaseAddress = Silo.BaseAddress };
        _database = new Database(new StorageOptions { Sqlite = $"Data Source={Silo.DatabasePath}" });
        // The first token makes the silo's signing keys, which is slow on a busy machine: done here, once, with retries.
        National = NewClient(OnePlusX.CreditBank.CreditBankAccess.Scope);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await National.AccessTokenAsync();
                break;
            }
            catch (TaskCanceledException) when (attempt < 3)
            {
            }
        }

        Gateway = new InProcessGateway(new SqlCollegeQueries(_database), new SqlExamStationQueries(_database), ReferenceCatalog.Load(), Client.Grains, more: services =>
        {
            services.AddSingleton<ICreditBankQueries>(new SqlCreditBankQueries(_database));
            services.AddSingleton<IProjectQueries>(new SqlProjectQueries(_database));
        });
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await _database.DisposeAsync();
        Http.Dispose();
        await Client.DisposeAsync();
        await Silo.DisposeAsync();
    }

    /// <summary>A college (in the province and city given) whose students are issued the certificates given, on the day given.</summary>
    public async Task IssueAsync(string college, string issuedOn, (string Student, string Number)[] certificates, string province = "22", string city = "220100")
    {
        var tenant = await Seed.CollegeAsync(Client.Grains, college, province, city);
        await Seed.StudentsAsync(Client.Grains, tenant, certificates.Select(c => c.Student));
        var project = await Seed.ApprovedProjectAsync(Client.Grains, tenant);
        var day = DateOnly.Parse(issuedOn, System.Globalization.CultureInfo.InvariantCulture);
        using var scope = CallScope.ForTenant(tenant, "test-officer");
        Applied(await project.RegisterCandidatesAsync(new RegisterCandidates([.. certificates.Select(c => new CandidateRow(c.Student, true, null))], day.AddDays(-20))));
        Applied(await project.RecordResultsAsync(new RecordResults([.. certificates.Select(c => new ResultRow(c.Student, 80m, true))])));
        Applied(await project.IssueCertificatesAsync(new IssueCertificates([.. certificates.Select(c => new IssueRow(c.Student, c.Number, day, ScanArchived: true))])));
    }

    /// <summary>Runs a document in process as the principal; fails on any top-level error; returns <c>data</c>.</summary>
    public async Task<JsonElement> RunAsync(string document, ClaimsPrincipal user)
    {
        var result = await Gateway.ExecuteAsync(document, user);
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data");
    }

    /// <summary>A client of this silo with the scopes given (a province's when given, else the nation's).</summary>
    public Tokens NewClient(string scope, string? province = null) => new(Silo.BaseAddress, Silo.DatabasePath, scope, province);

    /// <summary>GET with the client's token.</summary>
    public async Task<HttpResponseMessage> GetAsync(Tokens client, string path) => await client.GetAsync(Http, path);

    /// <summary>POST /graphql with the client's token; returns the whole answer.</summary>
    public async Task<JsonElement> GraphQLAsync(Tokens client, string document)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = document }) };
        request.Headers.Authorization = await client.BearerAsync();
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await Http.SendAsync(request);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Every change in the feed's table, in feed order (SQLite: by number), as (sequence, certificate number).</summary>
    public async Task<IReadOnlyList<(long Sequence, string Number)>> AllChangesAsync()
    {
        await using var connection = await _database.OpenAsync(AccessScope.System("test"));
        return (await connection.QueryAsync<(long, string)>("SELECT id, certificate_number FROM credit_record_changes ORDER BY id")).ToList();
    }

    public static ClaimsPrincipal User(string? tenant, string province, params string[] roles) => CandidatesSilo.User(tenant, province, roles);

    private static void Applied(OnePlusX.Outcomes.CommandResult<CandidateBatch> result)
    {
        var batch = Seed.Ok(result);
        Assert.All(batch.Rows, row => Assert.True(row.Applied, string.Join("; ", row.Errors)));
    }
}
