using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using static OnePlusX.Silo.Tests.Candidates.CandidateSteps;

namespace OnePlusX.Silo.Tests.Candidates;

/// <summary>
/// Public verification (NAT-ISS-1) over GraphQL and REST, anonymous: the certificate's own fields when number and
/// holder's name both match, and one and the same "no" for an unknown number and a wrong name.
/// </summary>
public sealed class VerificationShould(CandidatesSilo silo) : IClassFixture<CandidatesSilo>
{
    private const string Fields = "number holderName certificate { code name } level evaluationOrganization { code name } issuedOn collegeName";
    private readonly CandidateSteps _steps = new(silo);

    [Fact]
    public async Task ConfirmACertificateToAnyoneWhoNamesItsNumberAndHolder_NAT_ISS_1()
    {
        await IssuedOnceAsync();

        var graph = (await silo.RunAsync($$"""{ verifyCertificate(number: " ver-0001 ", holderName: "学生2901") { {{Fields}} } }""", user: null)).GetProperty("verifyCertificate");
        var rest = await silo.Http.GetFromJsonAsync<JsonElement>("/api/certificates/verify?number=VER-0001&name=%E5%AD%A6%E7%94%9F2901");

        Assert.Equal(
            """{"number":"VER-0001","holderName":"学生2901","certificate":{"code":"WEB-FE","name":"Web前端开发"},"level":"INTERMEDIATE","evaluationOrganization":{"code":"MIIT-ETC","name":"工业和信息化部教育与考试中心"},"issuedOn":"2025-09-29","collegeName":"测试学院 CH3"}""",
            JsonSerializer.Serialize(graph, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Equal(
            ["number", "holderName", "certificate", "level", "organization", "issuedOn", "collegeName"],
            rest.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("VER-0001", "测试学院 CH3", 2, "工业和信息化部教育与考试中心"),
            (rest.GetProperty("number").GetString(), rest.GetProperty("collegeName").GetString(), rest.GetProperty("level").GetInt32(), rest.GetProperty("organization").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task AnswerAWrongNameExactlyAsAnUnknownNumber_NAT_ISS_1()
    {
        await IssuedOnceAsync();

        var wrongName = await silo.Gateway.ExecuteAsync("""{ verifyCertificate(number: "VER-0001", holderName: "别人") { number } }""");
        var unknown = await silo.Gateway.ExecuteAsync("""{ verifyCertificate(number: "VER-9999", holderName: "学生2901") { number } }""");
        var restWrongName = await silo.Http.GetAsync("/api/certificates/verify?number=VER-0001&name=%E5%88%AB%E4%BA%BA");
        var restUnknown = await silo.Http.GetAsync("/api/certificates/verify?number=VER-9999&name=%E5%AD%A6%E7%94%9F2901");

        Assert.Equal("""{"data":{"verifyCertificate":null}}""", wrongName.GetRawText());
        Assert.Equal(wrongName.GetRawText(), unknown.GetRawText());
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (restWrongName.StatusCode, restUnknown.StatusCode));
        Assert.Equal(await WithoutTraceAsync(restWrongName), await WithoutTraceAsync(restUnknown));
        Assert.Equal(HttpStatusCode.BadRequest, (await silo.Http.GetAsync("/api/certificates/verify?number=VER-0001")).StatusCode);
    }

    private async Task IssuedOnceAsync()
    {
        if (await silo.Certificates.VerifyAsync("VER-0001", "学生2901", default) is null)
        {
            await _steps.CollegeWithProjectAsync("CH3", "2901");
            AllApplied(await _steps.RegisterAsync("CH3", new[] { new { studentNumber = "2901", selected = true } }));
            AllApplied(await _steps.RecordResultsAsync("CH3", new[] { new { candidate = "2901", passed = true } }));
            AllApplied(await _steps.IssueAsync("CH3", new[] { new { candidate = "2901", certificateNumber = "VER-0001", issuedOn = "2025-09-29", scanArchived = true } }));
        }
    }

    private static async Task<string> WithoutTraceAsync(HttpResponseMessage response)
    {
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        body.Remove("traceId");
        return body.ToJsonString();
    }
}

/// <summary>The verification limit is one allowance per client address, shared by REST and GraphQL.</summary>
public sealed class VerificationLimitShould(RateLimitedCandidatesSilo silo) : IClassFixture<RateLimitedCandidatesSilo>
{
    [Fact]
    public async Task RefuseVerificationsBeyondTheLimitOverRestAndGraphQLAlike_NAT_ISS_1()
    {
        // RateLimitedCandidatesSilo.Limit is 3 a minute: two REST calls and one GraphQL selection use it up.
        Assert.Equal(HttpStatusCode.NotFound, (await silo.Http.GetAsync("/api/certificates/verify?number=NONE-0001&name=x")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await silo.Http.GetAsync("/api/certificates/verify?number=NONE-0002&name=x")).StatusCode);
        var third = await GraphAsync();
        Assert.False(third.TryGetProperty("errors", out _), third.ToString());

        var rest = await silo.Http.GetAsync("/api/certificates/verify?number=NONE-0003&name=x");
        var graph = await GraphAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, rest.StatusCode);
        var retryAfter = int.Parse(Assert.Single(rest.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal("RATE_LIMITED", graph.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, graph.GetProperty("data").GetProperty("verifyCertificate").ValueKind);

        // A request that names nothing is refused without a lookup, and costs nothing.
        Assert.Equal(HttpStatusCode.BadRequest, (await silo.Http.GetAsync("/api/certificates/verify")).StatusCode);
    }

    private async Task<JsonElement> GraphAsync()
    {
        var response = await silo.Http.PostAsJsonAsync("/graphql", new { query = """{ verifyCertificate(number: "NONE-0004", holderName: "x") { number } }""" });
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
