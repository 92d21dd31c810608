using System.Security.Claims;
using System.Text.Json;
using GraphQL;
using GraphQL.SystemTextJson;
using Microsoft.Extensions.DependencyInjection;
using OnePlusX.CertificateProjects;
using OnePlusX.Colleges;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.ReadModels;
using OnePlusX.Security;
using OnePlusX.Silo.Grains.Approvals;
using OnePlusX.Silo.Grains.CertificateProjects;
using OnePlusX.Silo.ReadModels.Approvals;
using OnePlusX.Silo.ReadModels.Colleges;
using OnePlusX.Silo.ReadModels.ExamStations;
using OnePlusX.Silo.ReferenceData;
using OnePlusX.Silo.Storage;
using OnePlusX.Silo.Tests.GraphQL;
using OnePlusX.Silo.Tests.Infrastructure;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.Tests.Exams;

[CollectionDefinition(Name)]
public sealed class ExamCollection : ICollectionFixture<ExamSilo>
{
    public const string Name = "Exams";
}

/// <summary>
/// One embedded silo for the exam tests, with test colleges that configuration maps to JLJT's policy (EXJL, and EXJR
/// whose rates a test changes) and to XMGX's (EXXM); the gateway runs in this process over the silo's grains and read
/// models, acting as principals of those colleges. Tests share the silo, so each uses its own project and rooms.
/// </summary>
public sealed class ExamSilo : IAsyncLifetime
{
    public const string Jilin = "EXJL";
    public const string JilinRates = "EXJR";
    public const string Xiamen = "EXXM";

    private static readonly GraphQLSerializer Serializer = new();

    private Database _database = null!;

    public SiloProcess Silo { get; private set; } = null!;

    public ClusterClient Client { get; private set; } = null!;

    public InProcessGateway Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Silo = await SiloProcess.StartEmbeddedAsync(new Dictionary<string, string>
        {
            [$"OnePlusX:Policies:Tenants:{Jilin}"] = "JLJT",
            [$"OnePlusX:Policies:Tenants:{JilinRates}"] = "JLJT",
            [$"OnePlusX:Policies:Tenants:{Xiamen}"] = "XMGX",
        });
        Client = await ClusterClient.ConnectAsync(Silo);
        _database = new Database(new StorageOptions { Sqlite = $"Data Source={Silo.DatabasePath}" });
        Gateway = new InProcessGateway(new SqlCollegeQueries(_database), new SqlExamStationQueries(_database), ReferenceCatalog.Load(), Client.Grains,
            more: s => s.AddSingleton<IApprovalQueries>(new SqlApprovalQueries(_database)));
        foreach (var college in new[] { Jilin, JilinRates, Xiamen })
        {
            await Seed.CollegeAsync(Client.Grains, college);
        }
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await _database.DisposeAsync();
        await Client.DisposeAsync();
        await Silo.DisposeAsync();
    }

    /// <summary>An approved project of the college (naming no major: JL-APP-1 allows a major only 2), e.g. <c>WEB-FE-2-2030</c>.</summary>
    public async Task<string> ApprovedProjectAsync(string college, string certificate, CertificateLevel level, int year)
    {
        var tenant = TenantId.From(college);
        var key = CertificateProjectKey.For(tenant, certificate, level, year);
        var project = Client.Grains.GetGrain<ICertificateProjectGrain>(key);
        using (CallScope.ForTenant(tenant, "test-admin"))
        {
            Seed.Ok(await project.ApplyAsync(new ApplyForProject("S1", 100, 10_000m)));
        }

        Seed.Ok(await ApprovalRun.ApproveAsync(project, tenant, ApplicationApproval.Item, "test"));
        return key[(key.IndexOf('/') + 1)..];
    }

    /// <summary>A school officer (二级学院) of the college.</summary>
    public static ClaimsPrincipal Officer(string college) => Principal($"officer@{college}", Roles.SchoolOfficer, college);

    /// <summary>The academic affairs office (教务处) of the college.</summary>
    public static ClaimsPrincipal Office(string college) => Principal($"office@{college}", Roles.CollegeAdministrator, college);

    /// <summary>Runs a GraphQL document with variables (any object serialised as JSON); fails on request-level errors.</summary>
    public async Task<JsonElement> RunAsync(string document, ClaimsPrincipal user, object? variables = null)
    {
        var result = await Gateway.ExecuteAsync(document, user, variables is null ? null : Serializer.Deserialize<Inputs>(JsonSerializer.Serialize(variables)));
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data");
    }

    /// <summary>Takes an exam through its college's path: a school officer submits, the office agrees at every step (four eyes).</summary>
    public async Task ApproveAsync(string college, string approvalId)
    {
        var step = (await RunAsync(ExamDocuments.Submit, Officer(college), new { id = approvalId })).GetProperty("submitForApproval");
        for (var i = 0; i < 5 && step.GetProperty("errors").GetArrayLength() == 0 && step.GetProperty("item").GetProperty("status").GetString() == "SUBMITTED"; i++)
        {
            step = (await RunAsync(ExamDocuments.Review, Office(college), new { input = new { id = approvalId, approve = true } })).GetProperty("review");
        }

        Assert.Equal(0, step.GetProperty("errors").GetArrayLength());
        Assert.Equal("APPROVED", step.GetProperty("item").GetProperty("status").GetString());
    }

    private static ClaimsPrincipal Principal(string name, string role, string college) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role), new Claim(Caller.TenantClaim, college)], authenticationType: "test"));
}
