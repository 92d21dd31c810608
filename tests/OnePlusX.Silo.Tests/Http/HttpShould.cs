using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OnePlusX.Silo.Tests.Infrastructure;

namespace OnePlusX.Silo.Tests.Http;

/// <summary>The real HTTP server: health, readiness, and bad input answered with problems that name the field.</summary>
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
        var response = await Http.GetAsync(path);
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

    [Fact]
    public async Task AnswerUnknownRoutesWithoutAStackTrace()
    {
        var response = await Http.GetAsync("/api/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServeCollegesFromTheReadModel()
    {
        await Seed.CollegeAsync(fixture.Client.Grains, "HTTPA");
        var college = await Http.GetFromJsonAsync<JsonElement>("/api/colleges/HTTPA");
        Assert.Equal("220100", college.GetProperty("college").GetProperty("cityCode").GetString());
        Assert.Equal("M1", college.GetProperty("majors")[0].GetProperty("code").GetString());

        var page = await Http.GetFromJsonAsync<JsonElement>("/api/colleges?limit=1000");
        Assert.Contains(page.GetProperty("items").EnumerateArray(), c => c.GetProperty("code").GetString() == "HTTPA");
        Assert.Equal(page.GetProperty("items").GetArrayLength(), page.GetProperty("totalCount").GetInt32());
        var stations = await Http.GetFromJsonAsync<JsonElement>("/api/colleges/HTTPA/exam-stations");
        Assert.Equal(0, stations.GetProperty("totalCount").GetInt32());
    }
}
