using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OnePlusX.ReadModels;
using OnePlusX.Security;
using OnePlusX.Silo.ReadModels.Approvals;
using OnePlusX.Silo.ReadModels.CertificateProjects;
using OnePlusX.Silo.ReadModels.Colleges;
using OnePlusX.Silo.ReadModels.ExamStations;
using OnePlusX.Silo.ReferenceData;
using OnePlusX.Silo.Storage;
using OnePlusX.Silo.Tests.GraphQL;
using OnePlusX.Silo.Tests.Infrastructure;

namespace OnePlusX.Silo.Tests.Approvals;

/// <summary>The gateway in-process over a real silo's grains and read models, with the principals approvals need.</summary>
public sealed class ApprovalGateway : IAsyncDisposable
{
    private readonly Database _database;
    private readonly InProcessGateway _gateway;

    public ApprovalGateway(SqliteSiloFixture fixture)
    {
        _database = new Database(new StorageOptions { Sqlite = $"Data Source={fixture.DatabasePath}" });
        _gateway = new InProcessGateway(
            new SqlCollegeQueries(_database), new SqlExamStationQueries(_database), ReferenceCatalog.Load(), fixture.Client.Grains,
            more: services => services
                .AddSingleton<IApprovalQueries>(new SqlApprovalQueries(_database))
                .AddSingleton<IProjectQueries>(new SqlProjectQueries(_database))
                .AddSingleton<IStudentQueries>(new OnePlusX.Silo.ReadModels.Students.SqlStudentQueries(_database)));
    }

    public static ClaimsPrincipal Officer(string tenant, string name = "officer") => College(tenant, name, Roles.SchoolOfficer);

    public static ClaimsPrincipal Office(string tenant, string name = "office") => College(tenant, name, Roles.CollegeAdministrator);

    public static ClaimsPrincipal Province(string province, string name = "province") => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, $"{name}@{province}"), new Claim(ClaimTypes.Role, Roles.ProvincialCoordinator), new Claim(ClaimNames.Province, province)], "test"));

    /// <summary>Runs a document and returns its data, failing on any top-level error.</summary>
    public async Task<JsonElement> DataAsync(string query, ClaimsPrincipal user)
    {
        var result = await _gateway.ExecuteAsync(query, user);
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data");
    }

    /// <summary>Runs an approval step and returns its payload.</summary>
    public async Task<JsonElement> StepAsync(string field, string arguments, ClaimsPrincipal user) =>
        (await DataAsync(
            $$"""mutation { {{field}}({{arguments}}) { item { id status nextApprover rejectionReason detail { timeline { action actor as reason } } } errors { __typename code message ... on RefusalError { ruleIds } ... on ValidationError { field } } } }""",
            user)).GetProperty(field);

    /// <summary>Reviews the item as whoever its next approver is (a distinct person per step), until it is approved.</summary>
    public async Task<JsonElement> ApproveThroughAsync(string id, string tenant, string province)
    {
        for (var step = 0; step < 6; step++)
        {
            var item = (await DataAsync($$"""{ node(id: "{{id}}") { ... on ApprovalItem { status nextApprover } } }""", Office(tenant))).GetProperty("node");
            if (item.GetProperty("status").GetString() != "SUBMITTED")
            {
                return item;
            }

            var reviewer = item.GetProperty("nextApprover").GetString() switch
            {
                "PROVINCE" => Province(province, $"reviewer{step}"),
                "SCHOOL" => Officer(tenant, $"reviewer{step}"),
                _ => Office(tenant, $"reviewer{step}"),
            };
            var review = await StepAsync("review", $$"""input: { id: "{{id}}", approve: true }""", reviewer);
            Assert.Equal(0, review.GetProperty("errors").GetArrayLength());
        }

        throw new InvalidOperationException("The path did not end.");
    }

    public async ValueTask DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _database.DisposeAsync();
    }

    private static ClaimsPrincipal College(string tenant, string name, string role) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, $"{name}@{tenant}"), new Claim(ClaimTypes.Role, role), new Claim(ClaimNames.Tenant, tenant)], "test"));
}
