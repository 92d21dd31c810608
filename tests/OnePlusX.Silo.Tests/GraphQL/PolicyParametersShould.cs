using System.Security.Claims;
using System.Text.Json;
using OnePlusX.Colleges;
using OnePlusX.GraphQL.Colleges;
using OnePlusX.Silo.ReadModels.Colleges;
using OnePlusX.Silo.ReadModels.ExamStations;
using OnePlusX.Silo.ReferenceData;
using OnePlusX.Silo.Storage;
using OnePlusX.Silo.Tests.Infrastructure;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.Tests.GraphQL;

/// <summary>
/// A college's academic affairs office reads and sets its policy's effective-dated parameters through GraphQL,
/// against a real silo; the tenant → plugin mapping comes from configuration.
/// </summary>
public sealed class PolicyParametersShould(SqliteSiloFixture fixture) : IClassFixture<SqliteSiloFixture>, IAsyncLifetime
{
    private const string Selection = "policy { code on parameters { key value effectiveFrom setByCollege isSample } } errors { __typename message ... on ValidationError { field } }";
    private Database _database = null!;
    private InProcessGateway _gateway = null!;

    public async Task InitializeAsync()
    {
        _database = new Database(new StorageOptions { Sqlite = $"Data Source={fixture.DatabasePath}" });
        _gateway = new InProcessGateway(new SqlCollegeQueries(_database), new SqlExamStationQueries(_database), ReferenceCatalog.Load(), fixture.Client.Grains);
        await RegisterOnceAsync("PPJL");
        await RegisterOnceAsync("PPNA");
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task FollowThePluginConfigurationMapsTheTenantTo()
    {
        var mapped = await PolicyAsync("PPJL", "2025-03-01");
        var unmapped = await PolicyAsync("PPNA", "2025-03-01");

        Assert.Equal("JLJT", mapped.GetProperty("code").GetString());
        Assert.Equal("NAT", unmapped.GetProperty("code").GetString());
        var examinerRate = Parameter(mapped, "JL-PAY-2.examinerDailyRate");
        Assert.Equal(("800", "2019-01-01", false), (examinerRate.GetProperty("value").GetString(), examinerRate.GetProperty("effectiveFrom").GetString(), examinerRate.GetProperty("setByCollege").GetBoolean()));
        Assert.True(Parameter(unmapped, "NAT-COST-1.examinerDailyRate").GetProperty("isSample").GetBoolean());
        Assert.False(Parameter(mapped, "JL-PAY-2.examinerDailyRate").GetProperty("isSample").GetBoolean());
    }

    [Fact]
    public async Task ApplyANewRateFromItsDayOnAndNotBefore()
    {
        var set = await SetAsync("PPJL", "JL-PAY-3.invigilatorSessionRate", "2026-01-01", "120");

        Assert.Equal(0, set.GetProperty("errors").GetArrayLength());
        var onTheDay = Parameter(set.GetProperty("policy"), "JL-PAY-3.invigilatorSessionRate");
        Assert.Equal(("120", "2026-01-01", true), (onTheDay.GetProperty("value").GetString(), onTheDay.GetProperty("effectiveFrom").GetString(), onTheDay.GetProperty("setByCollege").GetBoolean()));
        var dayBefore = Parameter(await PolicyAsync("PPJL", "2025-12-31"), "JL-PAY-3.invigilatorSessionRate");
        Assert.Equal(("100", false), (dayBefore.GetProperty("value").GetString(), dayBefore.GetProperty("setByCollege").GetBoolean()));

        // The same key and day again replaces the value (a correction), it does not add a second one.
        await SetAsync("PPJL", "JL-PAY-3.invigilatorSessionRate", "2026-01-01", "110");
        Assert.Equal("110", Parameter(await PolicyAsync("PPJL", "2026-06-01"), "JL-PAY-3.invigilatorSessionRate").GetProperty("value").GetString());
    }

    [Theory]
    [InlineData("JL-PAY-2.examinerDailyRate", "2026-01-01", "800.005", "value")]
    [InlineData("JL-PAY-2.examinerDailyRate", "2026-01-01", "-1", "value")]
    [InlineData("JL-CLS-1.minimumClassSize", "2026-01-01", "twenty", "value")]
    [InlineData("NO-SUCH.parameter", "2026-01-01", "1", "key")]
    [InlineData("JL-PAY-2.examinerDailyRate", "2018-12-31", "900", "effectiveFrom")]
    public async Task RefuseABadValueNamingTheFieldAndChangeNothing(string key, string from, string value, string field)
    {
        var before = await PolicyAsync("PPJL", "2027-01-01");

        var result = await SetAsync("PPJL", key, from, value);

        Assert.Equal(JsonValueKind.Null, result.GetProperty("policy").ValueKind);
        var error = result.GetProperty("errors")[0];
        Assert.Equal(("ValidationError", field), (error.GetProperty("__typename").GetString(), error.GetProperty("field").GetString()));
        Assert.Equal(before.GetRawText(), (await PolicyAsync("PPJL", "2027-01-01")).GetRawText());
    }

    [Fact]
    public async Task AnswerADayBeforeThePilotWithAnErrorAndLetOnlyTheOfficeIn()
    {
        var early = await _gateway.ExecuteAsync("""{ collegePolicy(on: "2018-06-01") { code } }""", Administrator("PPJL"));
        Assert.Contains("before parameter", early.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);

        var anonymous = await _gateway.ExecuteAsync("""mutation { setPolicyParameter(input: { key: "JL-PAY-2.examinerDailyRate", effectiveFrom: "2026-01-01", value: "1" }) { errors { message } } }""");
        Assert.Equal("AUTH_NOT_AUTHORIZED", anonymous.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private async Task<JsonElement> PolicyAsync(string tenant, string on)
    {
        var result = await _gateway.ExecuteAsync($$"""{ collegePolicy(on: "{{on}}") { code on parameters { key value effectiveFrom setByCollege isSample } } }""", Administrator(tenant));
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data").GetProperty("collegePolicy");
    }

    private async Task<JsonElement> SetAsync(string tenant, string key, string from, string value)
    {
        var result = await _gateway.ExecuteAsync(
            $$"""mutation { setPolicyParameter(input: { key: "{{key}}", effectiveFrom: "{{from}}", value: "{{value}}" }) { {{Selection}} } }""", Administrator(tenant));
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data").GetProperty("setPolicyParameter");
    }

    /// <summary>xunit makes a class instance per test; the colleges are registered by the first.</summary>
    private async Task RegisterOnceAsync(string code)
    {
        using (CallScope.ForTenant(TenantId.From(code), "test"))
        {
            if (await fixture.Client.Grains.GetGrain<ICollegeGrain>(code).GetAsync() is not null)
            {
                return;
            }
        }

        await Seed.CollegeAsync(fixture.Client.Grains, code);
    }

    private static JsonElement Parameter(JsonElement policy, string key) =>
        policy.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("key").GetString() == key);

    private static ClaimsPrincipal Administrator(string tenant) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, $"office@{tenant}"), new Claim(ClaimTypes.Role, CollegeMutations.CollegeAdministrator), new Claim(CollegeMutations.TenantClaim, tenant)],
        authenticationType: "test"));
}
