using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OnePlusX.CreditBank;
using OnePlusX.ReadModels;
using OnePlusX.Security;
using OnePlusX.Silo.Tests.Infrastructure;

namespace OnePlusX.Silo.Tests.CreditBank;

/// <summary>
/// The credit bank on the embedded default (NAT-CB-1): a record per issued certificate with the credits the college's
/// policy grants and the one-month deadline; the pull over REST and GraphQL with real client-credentials tokens, in
/// pages, each change exactly once; scope; bad cursors.
/// </summary>
public sealed class CreditBankShould(CreditBankSilo silo) : IClassFixture<CreditBankSilo>
{
    private const string Record = "certificateNumber collegeCode projectKey level holderName studentNumber issuedOn credits category ruleIds explanation { chinese } due proposedOn overdue";

    [Fact]
    public async Task KeepARecordPerCertificateWithThePolicysCreditsAndAMonthToPropose_NAT_CB_1()
    {
        // Hand-computed: XM-CRD-1 grants 2 credits (innovation practice by default); JL-CRD-1 none until a course is
        // substituted; the baseline the college's own number, 0 unless set. Due = issue day + 1 calendar month, the
        // month's last day when it has no such day (31 Jan → 28 Feb 2025).
        await silo.IssueAsync("CX1", "2025-01-31", [("1101", "CB-XM-0001")]);
        await silo.IssueAsync("CJ1", "2025-09-29", [("1201", "CB-JL-0001")]);
        await silo.IssueAsync("CBNA", "2025-03-31", [("1301", "CB-NA-0001")]);

        var xm = await OnlyRecordAsync("CX1");
        var jl = await OnlyRecordAsync("CJ1");
        var na = await OnlyRecordAsync("CBNA");

        Assert.Equal(("CB-XM-0001", 2m, "INNOVATION_PRACTICE", "XM-CRD-1", "2025-01-31", "2025-02-28"), Summary(xm));
        Assert.Equal(("CB-JL-0001", 0m, "NONE", "JL-CRD-1", "2025-09-29", "2025-10-29"), Summary(jl));
        Assert.Equal(("CB-NA-0001", 0m, "NONE", "NAT-CB-1", "2025-03-31", "2025-04-30"), Summary(na));
        Assert.Equal(("CX1", "WEB-FE-2-2025", "INTERMEDIATE", "学生1101", "1101"),
            (xm.GetProperty("collegeCode").GetString(), xm.GetProperty("projectKey").GetString(), xm.GetProperty("level").GetString(), xm.GetProperty("holderName").GetString(), xm.GetProperty("studentNumber").GetString()));
        Assert.Equal("证书认定2学分（创新创业实践学分）（XM-CRD-1）", xm.GetProperty("explanation").GetProperty("chinese").GetString());
        Assert.True(xm.GetProperty("overdue").GetBoolean()); // never proposed, due in 2025
        Assert.Equal(JsonValueKind.Null, xm.GetProperty("proposedOn").ValueKind);

        // Due and overdue are judged on the day asked about: on 28 Feb 2025 the XMGX record is still due, on 1 Mar overdue.
        Assert.Equal(1, await CountAsync("CX1", "DUE", "2025-02-28"));
        Assert.Equal(0, await CountAsync("CX1", "OVERDUE", "2025-02-28"));
        Assert.Equal(1, await CountAsync("CX1", "OVERDUE", "2025-03-01"));

        // Proposing within the month makes the record proposed and not overdue; a second, different day is a conflict.
        var proposed = await ProposeAsync("CJ1", "CB-JL-0001", "2025-10-29");
        var again = await ProposeAsync("CJ1", "cb-jl-0001", "2025-10-30");
        var late = await ProposeAsync("CX1", "CB-XM-0001", "2025-03-01");
        Assert.Equal(0, proposed.GetProperty("results")[0].GetProperty("errors").GetArrayLength());
        Assert.Equal("ALREADY_PROPOSED", again.GetProperty("results")[0].GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(0, late.GetProperty("results")[0].GetProperty("errors").GetArrayLength());
        var onTime = await OnlyRecordAsync("CJ1");
        var lateRecord = await OnlyRecordAsync("CX1");
        Assert.Equal(("2025-10-29", false), (onTime.GetProperty("proposedOn").GetString(), onTime.GetProperty("overdue").GetBoolean()));
        Assert.Equal(("2025-03-01", true), (lateRecord.GetProperty("proposedOn").GetString(), lateRecord.GetProperty("overdue").GetBoolean()));
        Assert.Equal(1, await CountAsync("CJ1", "PROPOSED", "2025-12-01"));

        // Every insert and every real update is a change: issue, then proposal; the repeated proposal changed nothing.
        var changes = (await silo.AllChangesAsync()).Where(c => c.Number == "CB-JL-0001").ToList();
        Assert.Equal(2, changes.Count);
    }

    [Fact]
    public async Task PullEveryChangeExactlyOnceInOrderOverRestAndGraphQLWithARealToken_NAT_CB_1()
    {
        await silo.IssueAsync("CX4", "2025-06-30", [("4101", "CB-PULL-0001"), ("4102", "CB-PULL-0002"), ("4103", "CB-PULL-0003")]);
        await silo.IssueAsync("CJ4", "2025-07-01", [("4201", "CB-PULL-0004"), ("4202", "CB-PULL-0005")]);
        Assert.Equal(0, (await ProposeAsync("CX4", "CB-PULL-0002", "2025-07-15")).GetProperty("results")[0].GetProperty("errors").GetArrayLength());
        var national = silo.National;
        var expected = (await silo.AllChangesAsync()).Select(c => c.Number).ToList();
        Assert.True(expected.Count >= 6, $"{expected.Count} changes");

        var (rest, restEnd) = await PullRestAsync(national, null, 2);
        var (graph, graphEnd) = await PullGraphQLAsync(national, null, 3);

        Assert.Equal(expected, rest.Select(i => i.GetProperty("record").GetProperty("certificateNumber").GetString()!).ToList());
        Assert.Equal(expected, graph.Select(i => i.GetProperty("record").GetProperty("certificateNumber").GetString()!).ToList());
        Assert.Equal(rest.Select(i => i.GetProperty("cursor").GetString()), graph.Select(i => i.GetProperty("cursor").GetString())); // one feed, one cursor
        Assert.Equal(rest.Count, rest.Select(i => i.GetProperty("cursor").GetString()).Distinct().Count());
        var proposal = rest.Last(i => i.GetProperty("record").GetProperty("certificateNumber").GetString() == "CB-PULL-0002").GetProperty("record");
        Assert.Equal("2025-07-15", proposal.GetProperty("proposedOn").GetString());

        // Caught up: the end cursor stays put on an empty page; a new change comes after it, once.
        var (none, sameEnd) = await PullRestAsync(national, restEnd, 5);
        Assert.Empty(none);
        Assert.Equal(restEnd, sameEnd);
        Assert.Equal(restEnd, graphEnd);
        Assert.Equal(0, (await ProposeAsync("CJ4", "CB-PULL-0005", "2025-07-20")).GetProperty("results")[0].GetProperty("errors").GetArrayLength());
        var (next, _) = await PullRestAsync(national, restEnd, 5);
        var (nextOverGraph, _) = await PullGraphQLAsync(national, graphEnd, 5);
        Assert.Equal("CB-PULL-0005", Assert.Single(next).GetProperty("record").GetProperty("certificateNumber").GetString());
        Assert.Equal("2025-07-20", Assert.Single(nextOverGraph).GetProperty("record").GetProperty("proposedOn").GetString());
    }

    [Fact]
    public async Task RefuseAProvincialClientAnotherProvincesRecords_NAT_CB_1()
    {
        await silo.IssueAsync("CX5", "2025-05-06", [("5101", "CB-JILIN-0001")]);
        await silo.IssueAsync("CX6", "2025-05-06", [("6101", "CB-HUBEI-0001")], province: "42", city: "420300");
        var jilin = silo.NewClient(CreditBankAccess.Scope, "22");
        var hubei = silo.NewClient(CreditBankAccess.Scope, "42");

        var (jilinSees, _) = await PullRestAsync(jilin, null, 1000);
        var (hubeiSees, _) = await PullGraphQLAsync(hubei, null, 1000);
        var jilinNumbers = jilinSees.Select(i => i.GetProperty("record").GetProperty("certificateNumber").GetString()).ToList();
        var hubeiNumbers = hubeiSees.Select(i => i.GetProperty("record").GetProperty("certificateNumber").GetString()).ToList();
        Assert.Contains("CB-JILIN-0001", jilinNumbers);
        Assert.DoesNotContain("CB-HUBEI-0001", jilinNumbers);
        Assert.Equal(["CB-HUBEI-0001"], hubeiNumbers);

        // Without the creditbank.read scope a client may not pull at all; a coordinator's records are its province's.
        var withoutScope = await silo.GetAsync(silo.NewClient("province.read", "22"), "/api/credit-bank/changes");
        Assert.Equal(HttpStatusCode.Forbidden, withoutScope.StatusCode);
        var withoutScopeGraph = (await silo.GraphQLAsync(silo.NewClient("province.read", "22"), "{ creditBankChanges { hasMore } }")).GetProperty("errors")[0];
        Assert.Equal("AUTH_NOT_AUTHORIZED", withoutScopeGraph.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(CreditBankAccess.Scope, withoutScopeGraph.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await silo.Http.GetAsync("/api/credit-bank/changes")).StatusCode);
        var coordinator = await silo.Gateway.ExecuteAsync("{ creditBankChanges { hasMore } }", CreditBankSilo.User(null, "42", Roles.ProvincialCoordinator));
        Assert.Equal("AUTH_NOT_AUTHORIZED", coordinator.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        var records = await silo.RunAsync("{ creditRecords(first: 1000) { items { certificateNumber } } }", CreditBankSilo.User(null, "42", Roles.ProvincialCoordinator));
        Assert.Equal(["CB-HUBEI-0001"], records.GetProperty("creditRecords").GetProperty("items").EnumerateArray().Select(i => i.GetProperty("certificateNumber").GetString()));
    }

    [Fact]
    public async Task RefuseABadCursorOrPageSizeNamingIt_NAT_CB_1()
    {
        var national = silo.National;
        var tampered = Convert.ToBase64String("cb1:x:1"u8.ToArray()).TrimEnd('=');
        foreach (var (query, field) in new[] { ("after=not-a-cursor!", "after"), ($"after={tampered}", "after"), ("after=Y2IxOjE6LTE", "after"), ("limit=0", "limit"), ("limit=1001", "limit"), ("limit=ten", "limit") })
        {
            using var response = await silo.GetAsync(national, $"/api/credit-bank/changes?{query}");
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{query}: {(int)response.StatusCode} {problem}");
            Assert.Equal(field, problem.GetProperty("field").GetString());
            Assert.Contains(field, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        var graph = await silo.GraphQLAsync(national, """{ creditBankChanges(after: "bm9wZQ") { hasMore } }""");
        var error = graph.GetProperty("errors")[0];
        Assert.Equal("INVALID_ARGUMENT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("'after'", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        var first = (await silo.GraphQLAsync(national, "{ creditBankChanges(first: 0) { hasMore } }")).GetProperty("errors")[0];
        Assert.Contains("'first'", first.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DescribeThePullInAnOpenApi31DocumentThatMatchesWhatItReturns_NAT_CB_1()
    {
        await silo.IssueAsync("CX7", "2025-04-01", [("7101", "CB-DOC-0001")]);
        using var documentResponse = await silo.Http.GetAsync("/api/openapi.json"); // anonymous: the description is public, the data is not
        var document = await documentResponse.Content.ReadFromJsonAsync<JsonElement>();
        using var response = await silo.GetAsync(silo.National, "/api/credit-bank/changes?limit=1000");
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, documentResponse.StatusCode);
        Assert.StartsWith("3.1", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal(["/api/credit-bank/changes"], document.GetProperty("paths").EnumerateObject().Select(p => p.Name));
        var get = document.GetProperty("paths").GetProperty("/api/credit-bank/changes").GetProperty("get");
        var parameters = get.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p);
        Assert.Equal(["after", "limit"], parameters.Keys.Order());
        Assert.All(parameters.Values, p => Assert.Equal("query", p.GetProperty("in").GetString()));
        Assert.Equal(("integer", 1, 1000, 100), (parameters["limit"].GetProperty("schema").GetProperty("type").GetString(), parameters["limit"].GetProperty("schema").GetProperty("minimum").GetInt32(),
            parameters["limit"].GetProperty("schema").GetProperty("maximum").GetInt32(), parameters["limit"].GetProperty("schema").GetProperty("default").GetInt32()));
        Assert.True(get.GetProperty("responses").TryGetProperty("400", out _));
        var flow = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("oauth2").GetProperty("flows").GetProperty("clientCredentials");
        Assert.Equal("/connect/token", flow.GetProperty("tokenUrl").GetString());
        Assert.True(flow.GetProperty("scopes").TryGetProperty(CreditBankAccess.Scope, out _));

        // The endpoint's real answer, property by property and type by type, against the schema the document gives for it.
        Assert.Contains(page.GetProperty("items").EnumerateArray(), i => i.GetProperty("record").GetProperty("certificateNumber").GetString() == "CB-DOC-0001");
        var problems = new List<string>();
        OpenApiShape.Match(document, get.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema"), page, "$", problems);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static (string?, decimal, string?, string, string?, string?) Summary(JsonElement r) => (
        r.GetProperty("certificateNumber").GetString(), r.GetProperty("credits").GetDecimal(), r.GetProperty("category").GetString(),
        string.Join(",", r.GetProperty("ruleIds").EnumerateArray().Select(x => x.GetString())), r.GetProperty("issuedOn").GetString(), r.GetProperty("due").GetString());

    private async Task<JsonElement> OnlyRecordAsync(string college)
    {
        var data = await silo.RunAsync($"{{ creditRecords {{ items {{ {Record} }} }} }}", CreditBankSilo.User(college, "22", Roles.CollegeAdministrator));
        return Assert.Single(data.GetProperty("creditRecords").GetProperty("items").EnumerateArray());
    }

    private async Task<int> CountAsync(string college, string status, string asOf)
    {
        var data = await silo.RunAsync($$"""{ creditRecords(where: { status: {{status}} }, asOf: "{{asOf}}") { totalCount } }""", CreditBankSilo.User(college, "22", Roles.CollegeAdministrator));
        return data.GetProperty("creditRecords").GetProperty("totalCount").GetInt32();
    }

    private async Task<JsonElement> ProposeAsync(string college, string number, string proposedOn)
    {
        var data = await silo.RunAsync(
            $$"""mutation { recordCreditProposal(input: { projectKey: "WEB-FE-2-2025", certificateNumbers: ["{{number}}"], proposedOn: "{{proposedOn}}" }) { results { key errors { code message } } errors { code } } }""",
            CreditBankSilo.User(college, "22", Roles.CollegeAdministrator));
        var payload = data.GetProperty("recordCreditProposal");
        Assert.Equal(0, payload.GetProperty("errors").GetArrayLength());
        return payload;
    }

    /// <summary>Pages over REST from a cursor until hasMore is false; returns the items and the last end cursor.</summary>
    private async Task<(List<JsonElement> Items, string? End)> PullRestAsync(Tokens client, string? after, int limit)
    {
        var items = new List<JsonElement>();
        while (true)
        {
            var path = $"/api/credit-bank/changes?limit={limit}" + (after is null ? "" : $"&after={Uri.EscapeDataString(after)}");
            using var response = await silo.GetAsync(client, path);
            var page = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {page}");
            var got = page.GetProperty("items").EnumerateArray().ToList();
            Assert.True(got.Count <= limit);
            items.AddRange(got);
            after = page.GetProperty("endCursor").GetString();
            if (!page.GetProperty("hasMore").GetBoolean())
            {
                return (items, after);
            }
        }
    }

    /// <summary>The same over GraphQL at /graphql with the client's token.</summary>
    private async Task<(List<JsonElement> Items, string? End)> PullGraphQLAsync(Tokens client, string? after, int first)
    {
        var items = new List<JsonElement>();
        while (true)
        {
            var argument = after is null ? $"first: {first}" : $"first: {first}, after: \"{after}\"";
            var answer = await silo.GraphQLAsync(client, $"{{ creditBankChanges({argument}) {{ items {{ cursor changedAt record {{ {Record} }} }} endCursor hasMore }} }}");
            Assert.False(answer.TryGetProperty("errors", out var errors), errors.ToString());
            var page = answer.GetProperty("data").GetProperty("creditBankChanges");
            items.AddRange(page.GetProperty("items").EnumerateArray());
            after = page.GetProperty("endCursor").GetString();
            if (!page.GetProperty("hasMore").GetBoolean())
            {
                return (items, after);
            }
        }
    }
}
