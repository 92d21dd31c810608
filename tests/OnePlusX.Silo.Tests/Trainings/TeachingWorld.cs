using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OnePlusX.CertificateProjects;
using OnePlusX.Colleges;
using OnePlusX.ReadModels;
using OnePlusX.Security;
using OnePlusX.Silo.ReadModels.Approvals;
using OnePlusX.Silo.ReadModels.Colleges;
using OnePlusX.Silo.ReadModels.ExamStations;
using OnePlusX.Silo.ReferenceData;
using OnePlusX.Silo.Storage;
using OnePlusX.Silo.Tests.GraphQL;
using OnePlusX.Silo.Tests.Infrastructure;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.Tests.Trainings;

/// <summary>
/// A college with an approved WEB-FE intermediate 2025 project in a real silo, reached through the GraphQL gateway as
/// its school officers and its academic affairs office. The fixture maps colleges TRJL and PPJL to JLJT's plugin and TRHB
/// to HBGZ's; any other code follows the national baseline.
/// </summary>
public sealed class TeachingWorld : IAsyncDisposable
{
    public const string ProjectKey = "WEB-FE-2-2025";

    /// <summary>What a training mutation's payload is read with.</summary>
    public const string TrainingSelection = """
        training {
          id code course headcount startsOn endsOn concentrated planApprovedOn
          teachers { name title task holdsQualification }
          check { allowed ruleIds explanation { chinese english } }
          approval { id status subject nextApprover rejectionReason detail { path ruleIds timeline { action actor as reason } } }
          teaching { teacher students days { date hours } }
          feeTable { policyCode computedFor total totalInWords ruleIds usesSampleParameters explanation { chinese }
            lines { number name type description quantity unit rate coefficient amount workloadHours students ruleIds remarks }
            parameters { key value effectiveFrom setByCollege isSample } }
        }
        errors { __typename message code ... on ValidationError { field } ... on RefusalError { ruleIds explanation { chinese english } } }
        """;

    private readonly SqliteSiloFixture _fixture;
    private readonly Database _database;

    public TeachingWorld(SqliteSiloFixture fixture)
    {
        _fixture = fixture;
        _database = new Database(new StorageOptions { Sqlite = $"Data Source={fixture.DatabasePath}" });
        Gateway = new InProcessGateway(new SqlCollegeQueries(_database), new SqlExamStationQueries(_database), ReferenceCatalog.Load(), fixture.Client.Grains,
            more: services => services.AddSingleton<IApprovalQueries>(new SqlApprovalQueries(_database)));
    }

    public InProcessGateway Gateway { get; }

    public IGrainFactory Grains => _fixture.Client.Grains;

    /// <summary>Today in China, and days from it, as GraphQL dates.</summary>
    public static string Day(int fromToday) =>
        DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime).AddDays(fromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Registers the college and applies for and approves its project, once per silo (xunit makes a class instance per test).</summary>
    public async Task EnsureCollegeAsync(string code, string province = "22", string city = "220100")
    {
        var tenant = TenantId.From(code);
        using (CallScope.ForTenant(tenant, "test"))
        {
            if (await Grains.GetGrain<ICollegeGrain>(code).GetAsync() is not null)
            {
                return;
            }
        }

        await Seed.CollegeAsync(Grains, code, province, city);
        await Seed.ApprovedProjectAsync(Grains, tenant);
    }

    /// <summary>The project's version in its grain, to show a refused command wrote nothing.</summary>
    public async Task<int> VersionAsync(string tenant)
    {
        using var scope = CallScope.ForTenant(TenantId.From(tenant), "test");
        return (await Grains.GetGrain<ICertificateProjectGrain>(GrainKey.For(TenantId.From(tenant), ProjectKey)).GetAsync())!.Version;
    }

    /// <summary>Runs a mutation or query, failing on top-level errors, and returns <c>data.{field}</c>.</summary>
    public async Task<JsonElement> RunAsync(string field, string document, ClaimsPrincipal user)
    {
        var result = await Gateway.ExecuteAsync(document, user);
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data").GetProperty(field);
    }

    /// <summary>Plans (or revises) a training; <paramref name="fields"/> are the input's fields after the project key.</summary>
    public Task<JsonElement> PlanAsync(ClaimsPrincipal user, string fields) =>
        RunAsync("planTraining", $$"""mutation { planTraining(input: { projectKey: "{{ProjectKey}}", {{fields}} }) { {{TrainingSelection}} } }""", user);

    /// <summary>
    /// A complete training plan's input fields with two qualified teachers, starting 30 days from today;
    /// <paramref name="replace"/> (e.g. <c>headcount: 0</c>) replaces the field it names.
    /// </summary>
    public static string TrainingFields(string code, int headcount = 30, bool concentrated = false, string? teachers = null, int startsIn = 30, bool timetable = true, string? replace = null)
    {
        List<(string Name, string Value)> fields =
        [
            ("code", $"\"{code}\""), ("course", "\"Web前端开发实训\""), ("majorCode", "\"M1\""), ("hours", "16"),
            ("startsOn", $"\"{Day(startsIn)}\""), ("endsOn", $"\"{Day(startsIn + 2)}\""), ("headcount", headcount.ToString(CultureInfo.InvariantCulture)),
            ("place", "\"实训楼A301\""), ("concentrated", concentrated ? "true" : "false"),
            ("teachers", teachers ?? """[{ name: "张老师", title: "副教授", task: "主讲", holdsQualification: true }, { name: "李老师", title: "讲师", task: "实训指导", holdsQualification: true }]"""),
            ("timetableAttached", timetable ? "true" : "false"), ("courseStandardAttached", "true"),
        ];
        if (replace is not null)
        {
            var name = replace[..replace.IndexOf(':', StringComparison.Ordinal)];
            fields = fields.Select(f => f.Name == name ? (name, replace[(name.Length + 1)..]) : f).ToList();
        }

        return string.Join(", ", fields.Select(f => $"{f.Name}: {f.Value}"));
    }

    /// <summary>The training as its project shows it now.</summary>
    public async Task<JsonElement> TrainingAsync(ClaimsPrincipal user, string code)
    {
        var selection = TrainingSelection[..TrainingSelection.LastIndexOf("errors", StringComparison.Ordinal)].Trim()
            .Replace("training {", "training(code: \"" + code + "\") {", StringComparison.Ordinal);
        var project = await RunAsync("project", $$"""{ project(key: "{{ProjectKey}}") { {{selection}} } }""", user);
        return project.GetProperty("training");
    }

    /// <summary>One approval step on an item through GraphQL; returns the payload.</summary>
    public Task<JsonElement> SubmitAsync(ClaimsPrincipal user, string id) =>
        RunAsync("submitForApproval", $$"""mutation { submitForApproval(id: "{{id}}") { {{ApprovalSelection}} } }""", user);

    public Task<JsonElement> ReviewAsync(ClaimsPrincipal user, string id, bool approve, string? reason = null) =>
        RunAsync("review", $$"""mutation { review(input: { id: "{{id}}", approve: {{(approve ? "true" : "false")}}{{Reason(reason)}} }) { {{ApprovalSelection}} } }""", user);

    private static string Reason(string? reason) => reason is null ? "" : ", reason: \"" + reason + "\"";

    /// <summary>Submits an item as one officer; another officer passes the 二级学院's steps, 教务处 the others.</summary>
    public async Task ApproveAsync(string tenant, string id)
    {
        var item = await SubmitAsync(Officer(tenant, "officer-a"), id);
        NoErrors(item);
        while (item.GetProperty("item").GetProperty("status").GetString() == "SUBMITTED")
        {
            var reviewer = item.GetProperty("item").GetProperty("nextApprover").GetString() == "SCHOOL" ? Officer(tenant, "officer-b") : Administrator(tenant);
            item = await ReviewAsync(reviewer, id, true);
            NoErrors(item);
        }

        Assert.Equal("APPROVED", item.GetProperty("item").GetProperty("status").GetString());
    }

    /// <summary>The approvals inbox (read model) as a caller sees it, filtered by <paramref name="where"/>.</summary>
    public async Task<List<JsonElement>> InboxAsync(ClaimsPrincipal user, string where)
    {
        var approvals = await RunAsync("approvals", $$"""{ approvals(where: { {{where}} }) { edges { node { id item title status nextApprover rejectionReason subject } } } }""", user);
        return approvals.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
    }

    public static void NoErrors(JsonElement payload) =>
        Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, payload.GetProperty("errors").ToString());

    /// <summary>The payload's only error.</summary>
    public static JsonElement Error(JsonElement payload) => Assert.Single(payload.GetProperty("errors").EnumerateArray());

    public static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    public static ClaimsPrincipal Officer(string tenant, string name = "officer-a") => Principal(tenant, name, Roles.SchoolOfficer);

    public static ClaimsPrincipal Administrator(string tenant, string name = "office") => Principal(tenant, name, Roles.CollegeAdministrator);

    public static ClaimsPrincipal Principal(string tenant, string name, string role) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, $"{name}@{tenant}"), new Claim(ClaimTypes.Role, role), new Claim(ClaimNames.Tenant, tenant)],
        authenticationType: "test"));

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await _database.DisposeAsync();
    }

    private const string ApprovalSelection = """
        item { id status nextApprover rejectionReason }
        errors { __typename message code ... on RefusalError { ruleIds } }
        """;
}
