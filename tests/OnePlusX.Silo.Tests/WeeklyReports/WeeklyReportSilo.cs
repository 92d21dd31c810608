using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OnePlusX.Colleges;
using OnePlusX.ReadModels;
using OnePlusX.Security;
using OnePlusX.Silo.ReadModels.Colleges;
using OnePlusX.Silo.ReadModels.ExamStations;
using OnePlusX.Silo.ReadModels.WeeklyReports;
using OnePlusX.Silo.ReferenceData;
using OnePlusX.Silo.Storage;
using OnePlusX.Silo.Tests.GraphQL;
using OnePlusX.Silo.Tests.Infrastructure;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.Tests.WeeklyReports;

[CollectionDefinition(Name)]
public sealed class WeeklyReportCollection : ICollectionFixture<WeeklyReportSilo>
{
    public const string Name = "Weekly reports";
}

/// <summary>
/// An embedded silo whose weekly-report reminder checks every 2 seconds (its first check 1 second after reporting
/// starts), with tenant WRHB mapped to the HBGZ plugin, and the GraphQL gateway in this process over its read models
/// and grains. Weeks pass on the real clock: a college that starts reporting from a Monday weeks ago has those weeks due.
/// </summary>
public sealed class WeeklyReportSilo : IAsyncLifetime
{
    /// <summary>A tenant that configuration maps to the HBGZ plugin, as appsettings maps HBGZ.</summary>
    public const string Hubei = "WRHB";

    public static readonly IReadOnlyDictionary<string, string> Settings = new Dictionary<string, string>
    {
        ["OnePlusX:Orleans:Reminders:MinimumReminderPeriod"] = "00:00:02",
        ["OnePlusX:WeeklyReports:FirstCheckAfter"] = "00:00:01",
        ["OnePlusX:WeeklyReports:CheckEvery"] = "00:00:02",
        [$"OnePlusX:Policies:Tenants:{Hubei}"] = "HBGZ",
    };

    public SiloProcess Silo { get; private set; } = null!;

    public ClusterClient Client { get; private set; } = null!;

    public InProcessGateway Gateway { get; private set; } = null!;

    private Database _database = null!;

    public async Task InitializeAsync()
    {
        Silo = await SiloProcess.StartEmbeddedAsync(Settings);
        Client = await ClusterClient.ConnectAsync(Silo);
        _database = new Database(new StorageOptions { Sqlite = $"Data Source={Silo.DatabasePath}" });
        Gateway = new InProcessGateway(new SqlCollegeQueries(_database), new SqlExamStationQueries(_database), ReferenceCatalog.Load(), Client.Grains,
            more: services => services.AddSingleton<IWeeklyReportQueries>(new SqlWeeklyReportQueries(_database)));
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await _database.DisposeAsync();
        await Client.DisposeAsync();
        await Silo.DisposeAsync();
    }

    /// <summary>Registers a college once per silo (xunit makes a class instance per test).</summary>
    public async Task CollegeAsync(string code, string province = "22", string city = "220100")
    {
        using (CallScope.ForTenant(TenantId.From(code), "test"))
        {
            if (await Client.Grains.GetGrain<ICollegeGrain>(code).GetAsync() is not null)
            {
                return;
            }
        }

        await Seed.CollegeAsync(Client.Grains, code, province, city);
    }
}

/// <summary>The weekly-report operations as GraphQL documents, and the callers that send them.</summary>
public static class WeeklyReportCalls
{
    public const string Status = """
        reportingFrom asOf weeksDue weeksFiled weeksLate weeksMissed
        weeks { monday dueAt state report { week summary trainingsHeld filedBy } }
        compliance { missedInARow longestMissedRun warning exitFlag projectCancelled ruleIds explanation { chinese english } }
        """;

    private const string Errors = "errors { __typename code message ... on ValidationError { field } }";

    /// <summary>Today and this week's Monday on China's clock (UTC+8).</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    public static DateOnly ThisMonday => Today.AddDays(-(((int)Today.DayOfWeek + 6) % 7));

    public static async Task<JsonElement> StartAsync(this InProcessGateway gateway, ClaimsPrincipal caller, DateOnly firstWeek) =>
        Data(await gateway.ExecuteAsync($$"""mutation { startWeeklyReporting(input: { firstWeek: "{{Day(firstWeek)}}" }) { weeklyReports { {{Status}} } {{Errors}} } }""", caller), "startWeeklyReporting");

    public static async Task<JsonElement> FileAsync(this InProcessGateway gateway, ClaimsPrincipal caller, DateOnly week, string summary = "本周开展证书培训", int trainingsHeld = 1) =>
        Data(await gateway.ExecuteAsync(
            $$"""mutation { fileWeeklyReport(input: { week: "{{Day(week)}}", summary: {{JsonSerializer.Serialize(summary)}}, trainingsHeld: {{trainingsHeld}}, candidatesExamined: 30 }) { report { week summary trainingsHeld candidatesExamined certificatesIssued filedBy } weeklyReports { {{Status}} } {{Errors}} } }""",
            caller), "fileWeeklyReport");

    public static async Task<JsonElement> StatusAsync(this InProcessGateway gateway, ClaimsPrincipal caller, DateOnly? asOf = null) =>
        Data(await gateway.ExecuteAsync($$"""{ weeklyReports{{(asOf is { } day ? $"(asOf: \"{Day(day)}\")" : "")}} { {{Status}} } }""", caller), "weeklyReports");

    /// <summary>The compliance list's rows (every page of 50) for a caller and a filter.</summary>
    public static async Task<List<JsonElement>> ComplianceAsync(this InProcessGateway gateway, ClaimsPrincipal caller, string where = "{}")
    {
        var answer = await gateway.ExecuteAsync(
            $$"""{ weeklyReportCompliance(where: {{where}}, first: 1000) { totalCount edges { node { college { code name } province { code } reportingFrom lastFiledWeek evaluatedOn compliance { missedInARow longestMissedRun warning exitFlag projectCancelled ruleIds } } } } }""",
            caller);
        return Data(answer, "weeklyReportCompliance").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
    }

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static ClaimsPrincipal College(string role, string tenant, string province = "22") =>
        Principal(role, new Claim(ClaimNames.Tenant, tenant), new Claim(ClaimNames.Province, province));

    public static ClaimsPrincipal Province(string province) => Principal(Roles.ProvincialCoordinator, new Claim(ClaimNames.Province, province));

    public static ClaimsPrincipal National() => Principal(Roles.NationalMonitor);

    public static JsonElement Compliance(this JsonElement payloadOrStatus) =>
        (payloadOrStatus.TryGetProperty("weeklyReports", out var status) ? status : payloadOrStatus).GetProperty("compliance");

    public static IReadOnlyList<string> RuleIds(this JsonElement compliance) =>
        compliance.GetProperty("ruleIds").EnumerateArray().Select(r => r.GetString()!).ToList();

    public static IReadOnlyList<(string Monday, string State)> Weeks(this JsonElement status) =>
        status.GetProperty("weeks").EnumerateArray().Select(w => (w.GetProperty("monday").GetString()!, w.GetProperty("state").GetString()!)).ToList();

    private static JsonElement Data(JsonElement answer, string field)
    {
        Assert.False(answer.TryGetProperty("errors", out var errors), errors.ToString());
        return answer.GetProperty("data").GetProperty(field);
    }

    private static ClaimsPrincipal Principal(string role, params Claim[] more) => new(new ClaimsIdentity(
        [new Claim(ClaimNames.Name, $"{role.ToLowerInvariant()}@test"), new Claim(ClaimNames.Role, role), .. more], "test", ClaimNames.Name, ClaimNames.Role));
}
