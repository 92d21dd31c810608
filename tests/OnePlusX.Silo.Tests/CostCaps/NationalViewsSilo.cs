using System.Security.Claims;
using System.Text.Json;
using GraphQL;
using GraphQL.SystemTextJson;
using Microsoft.Extensions.DependencyInjection;
using OnePlusX.CertificateProjects;
using OnePlusX.Policies;
using OnePlusX.ReadModels;
using OnePlusX.Security;
using OnePlusX.Silo.Grains.Approvals;
using OnePlusX.Silo.Grains.CertificateProjects;
using OnePlusX.Silo.ReadModels.CertificateProjects;
using OnePlusX.Silo.ReadModels.Colleges;
using OnePlusX.Silo.ReadModels.CostCaps;
using OnePlusX.Silo.ReadModels.ExamStations;
using OnePlusX.Silo.ReadModels.MonitoringPoints;
using OnePlusX.Silo.ReferenceData;
using OnePlusX.Silo.Storage;
using OnePlusX.Silo.Tests.GraphQL;
using OnePlusX.Silo.Tests.Infrastructure;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.Tests.CostCaps;

[CollectionDefinition(Name)]
public sealed class NationalViewsCollection : ICollectionFixture<NationalViewsSilo>
{
    public const string Name = "National views (cost caps, monitoring points)";
}

/// <summary>
/// One embedded silo for the cost-cap and monitoring-point tests, with the gateway in this process over its grains
/// and read models, acting as the principals a test builds. Caps and points are national: each test uses its own
/// certificate (or level) and its own colleges, all following the national baseline.
/// </summary>
public sealed class NationalViewsSilo : IAsyncLifetime
{
    private static readonly GraphQLSerializer Serializer = new();
    private Database _database = null!;

    public SiloProcess Silo { get; private set; } = null!;

    public ClusterClient Client { get; private set; } = null!;

    public InProcessGateway Gateway { get; private set; } = null!;

    public IGrainFactory Grains => Client.Grains;

    public async Task InitializeAsync()
    {
        Silo = await SiloProcess.StartEmbeddedAsync();
        Client = await ClusterClient.ConnectAsync(Silo);
        _database = new Database(new StorageOptions { Sqlite = $"Data Source={Silo.DatabasePath}" });
        Gateway = new InProcessGateway(new SqlCollegeQueries(_database), new SqlExamStationQueries(_database), ReferenceCatalog.Load(), Client.Grains, more: services => services
            .AddSingleton<IProjectQueries>(new SqlProjectQueries(_database))
            .AddSingleton<ICostCapQueries>(new SqlCostCapQueries(_database))
            .AddSingleton<IMonitoringPointQueries>(new SqlMonitoringPointQueries(_database)));
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await _database.DisposeAsync();
        await Client.DisposeAsync();
        await Silo.DisposeAsync();
    }

    /// <summary>Runs a document and fails the test on any top-level error; returns <c>data</c>.</summary>
    public async Task<JsonElement> RunAsync(string document, ClaimsPrincipal user, object? variables = null)
    {
        var result = await ExecuteAsync(document, user, variables);
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data");
    }

    /// <summary>Runs a document and returns the whole answer, errors included.</summary>
    public Task<JsonElement> ExecuteAsync(string document, ClaimsPrincipal user, object? variables = null) =>
        Gateway.ExecuteAsync(document, user, variables is null ? null : Serializer.Deserialize<Inputs>(JsonSerializer.Serialize(variables)));

    /// <summary>National monitoring (国家监测).</summary>
    public static ClaimsPrincipal National() => User(null, null, Roles.NationalMonitor);

    /// <summary>A provincial coordinator of a province.</summary>
    public static ClaimsPrincipal Province(string province) => User(null, province, Roles.ProvincialCoordinator);

    /// <summary>A college's 教务处 and school officer at once.</summary>
    public static ClaimsPrincipal Officer(string tenant) => User(tenant, null, Roles.CollegeAdministrator, Roles.SchoolOfficer);

    public static ClaimsPrincipal User(string? tenant, string? province, params string[] roles)
    {
        var claims = new List<Claim> { new(ClaimNames.Name, $"{string.Join('+', roles)}@{tenant ?? province ?? "nation"}") };
        claims.AddRange(roles.Select(r => new Claim(ClaimNames.Role, r)));
        if (tenant is not null)
        {
            claims.Add(new Claim(ClaimNames.Tenant, tenant));
        }

        if (province is not null)
        {
            claims.Add(new Claim(ClaimNames.Province, province));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test", ClaimNames.Name, ClaimNames.Role));
    }

    /// <summary>A college (national baseline) in the province and city given, with school S1.</summary>
    public Task<TenantId> CollegeAsync(string code, string province = "22", string city = "220100") => Seed.CollegeAsync(Grains, code, province, city);

    /// <summary>An approved project of the college for 2026, with no exam price; its key, e.g. <c>ELDER-CARE-2-2026</c>.</summary>
    public async Task<string> ApprovedProjectAsync(TenantId tenant, string certificate, CertificateLevel level)
    {
        var key = CertificateProjectKey.For(tenant, certificate, level, 2026);
        var project = Grains.GetGrain<ICertificateProjectGrain>(key);
        using (CallScope.ForTenant(tenant, "test-admin"))
        {
            Seed.Ok(await project.ApplyAsync(new ApplyForProject("S1", 100, 100_000m)));
        }

        Seed.Ok(await ApprovalRun.ApproveAsync(project, tenant, ApplicationApproval.Item, "test"));
        return key[(key.IndexOf('/') + 1)..];
    }

    /// <summary>
    /// An approved exam E1 of the project, examining <paramref name="headcount"/> candidates, whose only cost is the
    /// equipment given: its fee table (附件4) is that one line, so its cost per candidate is amount / headcount.
    /// </summary>
    public async Task ExamWithFeesAsync(TenantId tenant, string projectKey, string room, int headcount, decimal equipment)
    {
        var project = Grains.GetGrain<ICertificateProjectGrain>(GrainKey.For(tenant, projectKey));
        var start = new DateTimeOffset(2026, 6, 10, 1, 0, 0, TimeSpan.Zero);
        using (CallScope.ForTenant(tenant, "test-officer"))
        {
            Seed.Ok(await project.PlanExamAsync(new PlanExam("E1", new DateOnly(2026, 6, 10), ExamMode.Written, [new PlannedSitting(room, start, start.AddHours(2))], [])
            {
                Headcount = headcount,
                OtherCosts = [new ExamCost(CostType.EquipmentAndConsumables, "实训耗材", equipment)],
            }));
        }

        Seed.Ok(await ApprovalRun.ApproveAsync(project, tenant, "exam:E1", "test"));
        using (CallScope.ForTenant(tenant, "test-officer"))
        {
            Seed.Ok(await project.ComputeExamFeesAsync(new ComputeExamFees("E1")));
        }
    }

    /// <summary>Sets a cap through the gateway as national monitoring; returns the payload.</summary>
    public async Task<JsonElement> SetCapAsync(string certificate, string level, string effectiveFrom, decimal cap, bool sample = true, ClaimsPrincipal? user = null) =>
        (await RunAsync(
            "mutation($input: SetCostCapInput!) { setCostCap(input: $input) { costCap { certificateCode level effectiveFrom cap sample setBy } table { level effectiveFrom cap } errors { __typename code message ... on ValidationError { field } ... on RefusalError { ruleIds } } } }",
            user ?? National(),
            new { input = new { certificateCode = certificate, level, effectiveFrom, cap, sample } })).GetProperty("setCostCap");

    /// <summary>Sets the project's agreed exam price as its college; returns the payload's errors.</summary>
    public async Task<JsonElement> SetPriceAsync(string tenant, string projectKey, decimal equipment, decimal certificateFee, decimal labour) =>
        (await RunAsync(
            "mutation($input: SetExamPriceInput!) { setExamPrice(input: $input) { project { key examPrice { total } } errors { __typename code message ... on RefusalError { ruleIds explanation { chinese english } } } } }",
            Officer(tenant),
            new { input = new { projectKey, equipmentAndConsumables = equipment, certificateFee, examinerLabour = labour } })).GetProperty("setExamPrice");
}
