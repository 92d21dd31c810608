using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OnePlusX.Silo.Tests.Infrastructure;

namespace OnePlusX.Silo.Tests.Http;

/// <summary>
/// The real HTTP server: health, readiness, bad input answered with problems that name the field, and college data
/// only for signed-in readers (a national client's token unless a test says otherwise).
/// </summary>
public sealed class HttpShould(SqliteSiloFixture fixture) : IClassFixture<SqliteSiloFixture>
{
    private HttpClient Http => fixture.Http;

    [Fact]
    public async Task ReportHealthAndReadiness()
    {
        Assert.Equal(HttpStatusCode.OK, (await Http.GetAsync("/healthz")).StatusCode);
        var ready = await Http.GetFromJsonAsync<JsonElement>("/readyz");
        Assert.True(ready.GetProperty("clusterMember").GetBoolean());
        Assert.True(ready.GetProperty("storage").GetBoolean());
    }

    [Theory]
    [InlineData("/api/colleges/jljt", HttpStatusCode.BadRequest, "code")]
    [InlineData("/api/colleges/A%27%3BDROP", HttpStatusCode.BadRequest, "code")]
    [InlineData("/api/colleges/NOSUCH", HttpStatusCode.NotFound, "code")]
    [InlineData("/api/colleges/NOSUCH/exam-stations", HttpStatusCode.NotFound, "code")]
    [InlineData("/api/reference/provinces/99/cities", HttpStatusCode.NotFound, "code")]
    [InlineData("/api/colleges?limit=0", HttpStatusCode.BadRequest, "limit")]
    [InlineData("/api/colleges?limit=1001", HttpStatusCode.BadRequest, "limit")]
    [InlineData("/api/colleges/JLJT/exam-stations?offset=-1", HttpStatusCode.BadRequest, "offset")]
    public async Task AnswerBadInputWithAProblemNamingTheField(string path, HttpStatusCode status, string field)
    {
        var response = await fixture.Tokens.GetAsync(Http, path);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(field, problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task RefuseAnOversizedBodyWithoutReadingIt()
    {
        using var content = new ByteArrayContent(new byte[2_000_000]);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        // As a careful client does: announce the body and wait, so the refusal arrives before any of it is sent
        // (otherwise the server's early answer races the upload and the client may see a broken pipe).
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.ExpectContinue = true;
        var response = await Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("body", problem.GetProperty("field").GetString());
    }

    [Theory]
    [InlineData(false, HttpStatusCode.Unauthorized)]
    [InlineData(true, HttpStatusCode.NotFound)]
    public async Task AnswerUnknownRoutesWithoutAStackTrace(bool signedIn, HttpStatusCode status)
    {
        // Deny by default: an anonymous caller is refused before routing tells it whether the route exists.
        var response = signedIn ? await fixture.Tokens.GetAsync(Http, "/api/nothing-here") : await Http.GetAsync("/api/nothing-here");
        Assert.Equal(status, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServeCollegesFromTheReadModel()
    {
        await Seed.CollegeAsync(fixture.Client.Grains, "HTTPA");
        var college = await GetJsonAsync(fixture.Tokens, "/api/colleges/HTTPA");
        Assert.Equal("220100", college.GetProperty("college").GetProperty("cityCode").GetString());
        Assert.Equal("M1", college.GetProperty("majors")[0].GetProperty("code").GetString());

        var page = await GetJsonAsync(fixture.Tokens, "/api/colleges?limit=1000");
        Assert.Contains(page.GetProperty("items").EnumerateArray(), c => c.GetProperty("code").GetString() == "HTTPA");
        Assert.Equal(page.GetProperty("items").GetArrayLength(), page.GetProperty("totalCount").GetInt32());
        var stations = await GetJsonAsync(fixture.Tokens, "/api/colleges/HTTPA/exam-stations");
        Assert.Equal(0, stations.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task ServeCollegesOnlyToSignedInReadersWithinTheirScope()
    {
        await Seed.CollegeAsync(fixture.Client.Grains, "HTTPJL");
        await Seed.CollegeAsync(fixture.Client.Grains, "HTTPGD", province: "44", city: "440100");
        foreach (var path in new[] { "/api/colleges", "/api/colleges/HTTPJL", "/api/colleges/HTTPJL/exam-stations" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await Http.GetAsync(path)).StatusCode);
            using var forged = new HttpRequestMessage(HttpMethod.Get, path);
            forged.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "x.y.z");
            Assert.Equal(HttpStatusCode.Unauthorized, (await Http.SendAsync(forged)).StatusCode);
        }

        var national = await CodesAsync(fixture.Tokens);
        Assert.Contains("HTTPJL", national);
        Assert.Contains("HTTPGD", national);

        // A client the system administrator registered for Jilin (22) reads Jilin only; Guangdong's college answers
        // exactly like one that does not exist.
        var jilin = Tokens.ProvinceClient(fixture.Silo, "22");
        var listed = (await GetJsonAsync(jilin, "/api/colleges?limit=1000")).GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(listed, c => c.GetProperty("code").GetString() == "HTTPJL");
        Assert.All(listed, c => Assert.Equal("22", c.GetProperty("provinceCode").GetString()));
        foreach (var path in new[] { "/api/colleges/{0}", "/api/colleges/{0}/exam-stations" })
        {
            var foreign = await jilin.GetAsync(Http, string.Format(System.Globalization.CultureInfo.InvariantCulture, path, "HTTPGD"));
            var missing = await jilin.GetAsync(Http, string.Format(System.Globalization.CultureInfo.InvariantCulture, path, "NOSUCH"));
            Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (foreign.StatusCode, missing.StatusCode));
            Assert.Equal(
                (await missing.Content.ReadAsStringAsync()).Replace("NOSUCH", "?", StringComparison.Ordinal).Split("\"traceId\"")[0],
                (await foreign.Content.ReadAsStringAsync()).Replace("HTTPGD", "?", StringComparison.Ordinal).Split("\"traceId\"")[0]);
        }
    }

    private async Task<JsonElement> GetJsonAsync(Tokens tokens, string path)
    {
        using var response = await tokens.GetAsync(Http, path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<List<string>> CodesAsync(Tokens tokens) =>
        [.. (await GetJsonAsync(tokens, "/api/colleges?limit=1000")).GetProperty("items").EnumerateArray().Select(c => c.GetProperty("code").GetString()!)];
}
