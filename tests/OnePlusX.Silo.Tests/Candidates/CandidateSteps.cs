using System.Security.Claims;
using System.Text.Json;
using OnePlusX.CertificateProjects;
using OnePlusX.Silo.Grains.Approvals;
using OnePlusX.Silo.Grains.CertificateProjects;
using OnePlusX.Silo.Tests.Infrastructure;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.Tests.Candidates;

/// <summary>The candidate workflow's GraphQL documents and the set-up the tests share (college, students, approved project).</summary>
public sealed class CandidateSteps(CandidatesSilo silo)
{
    public const string Project = "WEB-FE-2-2025";

    public const string RowErrors = "errors { __typename code message ... on ValidationError { field } ... on RefusalError { ruleIds explanation { chinese english } } }";

    public const string Registration = """
        candidate kind studentNumber name idNumberMasked selected registeredOn
        funding { payer total ruleIds explanation { chinese english } lines { fund component amount } parameters { key value } }
        result { score passed }
        certificate { number holderName studentNumber issuedOn platformDue platformDueProvisional platformEnteredOn late }
        """;

    public const string Batch = $$"""project { key } results { row key registration { {{Registration}} } {{RowErrors}} } {{RowErrors}}""";

    /// <summary>A college of the tenant's plugin with school S1, major M1, the students given, and an approved WEB-FE project (price 100 + 200 + 50).</summary>
    public async Task<TenantId> CollegeWithProjectAsync(string tenant, params string[] students)
    {
        var id = await Seed.CollegeAsync(silo.Grains, tenant);
        await Seed.StudentsAsync(silo.Grains, id, students);
        await Seed.ApprovedProjectAsync(silo.Grains, id);
        return id;
    }

    /// <summary>Another approved project of the college, without an exam price unless given.</summary>
    public async Task<string> ApprovedProjectAsync(TenantId tenant, string certificate, Policies.ExamPrice? price = null, decimal budget = 1000m)
    {
        var project = silo.Grains.GetGrain<ICertificateProjectGrain>(CertificateProjectKey.For(tenant, certificate, CertificateLevel.Intermediate, 2025));
        using (CallScope.ForTenant(tenant, "test-admin"))
        {
            Seed.Ok(await project.ApplyAsync(new ApplyForProject("S1", 100, budget)));
        }

        Seed.Ok(await ApprovalRun.ApproveAsync(project, tenant, ApplicationApproval.Item, "test"));
        await Seed.OtherStagesNotNeededAsync(project, tenant);
        if (price is not null)
        {
            using var scope = CallScope.ForTenant(tenant, "test-admin");
            Seed.Ok(await project.SetExamPriceAsync(price));
        }

        return $"{certificate}-2-2025";
    }

    public Task<JsonElement> RegisterAsync(string tenant, object rows, string project = Project, string? registeredOn = "2025-09-01") =>
        MutateAsync(tenant, "registerCandidates", "RegisterCandidatesInput", new { projectKey = project, registeredOn, rows });

    public Task<JsonElement> RecordResultsAsync(string tenant, object rows, string project = Project) =>
        MutateAsync(tenant, "recordResults", "RecordResultsInput", new { projectKey = project, rows });

    public Task<JsonElement> IssueAsync(string tenant, object rows, string project = Project) =>
        MutateAsync(tenant, "issueCertificates", "IssueCertificatesInput", new { projectKey = project, rows });

    public Task<JsonElement> RecordPlatformEntryAsync(string tenant, string[] numbers, string enteredOn, string project = Project) =>
        MutateAsync(tenant, "recordPlatformEntry", "RecordPlatformEntryInput", new { projectKey = project, certificateNumbers = numbers, enteredOn });

    /// <summary>Registers, passes and issues: the certificate numbers given, issued on the day given.</summary>
    public async Task IssuedAsync(string tenant, string issuedOn, params (string Student, string Number)[] certificates)
    {
        AllApplied(await RegisterAsync(tenant, certificates.Select(c => new { studentNumber = c.Student, selected = true }).ToArray()));
        AllApplied(await RecordResultsAsync(tenant, certificates.Select(c => new { candidate = c.Student, score = 80, passed = true }).ToArray()));
        AllApplied(await IssueAsync(tenant, certificates.Select(c => new { candidate = c.Student, certificateNumber = c.Number, issuedOn, scanArchived = true }).ToArray()));
    }

    public async Task<JsonElement> MutateAsync(string tenant, string field, string inputType, object input, ClaimsPrincipal? user = null)
    {
        var data = await silo.RunAsync($"mutation($input: {inputType}!) {{ {field}(input: $input) {{ {Batch} }} }}", user ?? CandidatesSilo.Officer(tenant), new { input });
        return data.GetProperty(field);
    }

    /// <summary>The rows' outcomes, asserting the call as a whole was accepted.</summary>
    public static JsonElement[] Rows(JsonElement payload)
    {
        Assert.Equal(0, payload.GetProperty("errors").GetArrayLength());
        return payload.GetProperty("results").EnumerateArray().ToArray();
    }

    public static void AllApplied(JsonElement payload) =>
        Assert.All(Rows(payload), row => Assert.True(row.GetProperty("errors").GetArrayLength() == 0, row.ToString()));

    /// <summary>The only error of a row.</summary>
    public static JsonElement Error(JsonElement row) => Assert.Single(row.GetProperty("errors").EnumerateArray());

    public static JsonElement Funding(JsonElement row) => row.GetProperty("registration").GetProperty("funding");

    /// <summary>The rule IDs of a decision or refusal, comma-separated in order.</summary>
    public static string RuleIds(JsonElement element) => string.Join(",", element.GetProperty("ruleIds").EnumerateArray().Select(r => r.GetString()));

    public static (string Fund, string Component, decimal Amount)[] Lines(JsonElement funding) => funding.GetProperty("lines").EnumerateArray()
        .Select(l => (l.GetProperty("fund").GetString()!, l.GetProperty("component").GetString()!, l.GetProperty("amount").GetDecimal())).ToArray();
}
