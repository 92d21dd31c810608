using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OnePlusX.ReadModels;
using OnePlusX.Security;
using OnePlusX.Silo.ReadModels.Colleges;
using OnePlusX.Silo.ReadModels.Coverage;
using OnePlusX.Silo.ReadModels.ExamStations;
using OnePlusX.Silo.ReferenceData;
using OnePlusX.Silo.Storage;
using OnePlusX.Silo.Tests.GraphQL;

namespace OnePlusX.Silo.Tests.Coverage;

/// <summary>
/// Exam-station coverage (NAT-STA-1) against the hand-computed <see cref="CoverageFixture"/>, through the query
/// service and through the gateway; run on the embedded default and on PostgreSQL under row-level security.
/// </summary>
public abstract class CoverageShould : IAsyncLifetime
{
    private static readonly AccessScope National = Scope(ScopeKind.National, null, Roles.NationalMonitor);
    private static readonly AccessScope Jilin = Scope(ScopeKind.Province, "22", Roles.ProvincialCoordinator);

    private InProcessGateway _gateway = null!;

    protected Database Database { get; private set; } = null!;

    private protected ICoverageQueries Queries { get; private set; } = null!;

    protected InProcessGateway Gateway => _gateway;

    /// <summary>A migrated database with the reference data loaded.</summary>
    protected abstract Task<Database> CreateDatabaseAsync();

    public async Task InitializeAsync()
    {
        Database = await CreateDatabaseAsync();
        await CoverageFixture.SeedAsync(Database);
        var reference = ReferenceCatalog.Load();
        Queries = new SqlCoverageQueries(Database, reference);
        _gateway = new InProcessGateway(new SqlCollegeQueries(Database), new SqlExamStationQueries(Database), reference,
            more: services => services.AddSingleton<ICoverageQueries>(Queries));
    }

    public virtual async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await Database.DisposeAsync();
    }

    [Fact]
    public async Task CountCollegesCertificatesStationsAndGapsPerCity_NAT_STA_1()
    {
        var coverage = await Queries.ProvinceAsync(Jilin, new CoverageRequest("22", 2025, null), default);

        Assert.Equal(("22", "吉林省", 2025), (coverage.ProvinceCode, coverage.ProvinceName, coverage.Year));
        Assert.Equal(["220100", "220200", "222400"], coverage.Cities.Select(c => c.CityCode));

        var changchun = coverage.Cities[0];
        Assert.Equal(("长春市", "prefecture", 3, 1, 4), (changchun.CityName, changchun.CityKind, changchun.Stations, changchun.Gaps, changchun.CandidatesAffected));
        Assert.Equal(["CVA: BIM WEB", "CVB: WEB"], changchun.Colleges.Select(Describe));
        Assert.Equal([new CertificateCoverage("BIM", 1, 0, 4), new CertificateCoverage("WEB", 2, 3, 0)], changchun.Certificates);
        Assert.Equal("长春甲职业技术学院", changchun.Colleges[0].Name);

        // CVC's own WEB station is in 长春: it covers 长春, not 吉林. The AUTO station counts, though nobody there runs AUTO.
        var jilin = coverage.Cities[1];
        Assert.Equal(("吉林市", 1, 1, 4), (jilin.CityName, jilin.Stations, jilin.Gaps, jilin.CandidatesAffected));
        Assert.Equal(["CVC: WEB"], jilin.Colleges.Select(Describe));
        Assert.Equal([new CertificateCoverage("WEB", 1, 0, 4)], jilin.Certificates);

        // A city with pilot colleges and no station at all.
        var yanbian = coverage.Cities[2];
        Assert.Equal(("延边朝鲜族自治州", 0, 2, 8), (yanbian.CityName, yanbian.Stations, yanbian.Gaps, yanbian.CandidatesAffected));
        Assert.Equal([new CertificateCoverage("BIM", 1, 0, 2), new CertificateCoverage("WEB", 1, 0, 6)], yanbian.Certificates);

        Assert.Equal(new CoverageTotals(Cities: 3, CitiesWithGaps: 3, Colleges: 4, Certificates: 2, CityCertificates: 5, Covered: 1, Gaps: 4, Stations: 5, CandidatesAffected: 16), coverage.Totals);
    }

    [Fact]
    public async Task RankGapsByCandidatesAffected_NAT_STA_1()
    {
        var coverage = await Queries.ProvinceAsync(Jilin, new CoverageRequest("22", 2025, null), default);

        Assert.Equal(
            [new CoverageGap("222400", "延边朝鲜族自治州", "WEB", 1, 6), new CoverageGap("220100", "长春市", "BIM", 1, 4),
             new CoverageGap("220200", "吉林市", "WEB", 1, 4), new CoverageGap("222400", "延边朝鲜族自治州", "BIM", 1, 2)],
            coverage.Gaps);
    }

    [Fact]
    public async Task CountOnlyTheCertificateAskedFor_NAT_STA_1()
    {
        var coverage = await Queries.ProvinceAsync(National, new CoverageRequest("22", 2025, "WEB"), default);

        Assert.Equal(["220100", "220200", "222400"], coverage.Cities.Select(c => c.CityCode));
        Assert.Equal([3, 0, 0], coverage.Cities.Select(c => c.Stations));
        Assert.Equal(["CVA: WEB", "CVB: WEB"], coverage.Cities[0].Colleges.Select(Describe));
        Assert.Equal(["222400/WEB/6", "220200/WEB/4"], coverage.Gaps.Select(g => $"{g.CityCode}/{g.CertificateCode}/{g.CandidatesAffected}"));
        Assert.Equal(new CoverageTotals(3, 2, 4, 1, 3, 1, 2, 3, 10), coverage.Totals);

        var none = await Queries.ProvinceAsync(National, new CoverageRequest("22", 2025, "NO-SUCH"), default);
        Assert.Equal((0, CoverageTotals.Zero), (none.Cities.Count, none.Totals));
    }

    [Fact]
    public async Task CountOnlyTheYearAskedFor_NAT_STA_1()
    {
        var coverage = await Queries.ProvinceAsync(Jilin, new CoverageRequest("22", 2024, null), default);

        Assert.Equal(["220100", "220300"], coverage.Cities.Select(c => c.CityCode));
        Assert.Equal(["CVA: AUTO WEB"], coverage.Cities[0].Colleges.Select(Describe));
        Assert.Equal(["CVE: WEB"], coverage.Cities[1].Colleges.Select(Describe));
        Assert.Equal(["220100/AUTO/5", "220300/WEB/2"], coverage.Gaps.Select(g => $"{g.CityCode}/{g.CertificateCode}/{g.CandidatesAffected}"));
        Assert.Equal(new CoverageTotals(2, 2, 2, 2, 3, 1, 2, 5, 7), coverage.Totals);

        var empty = await Queries.ProvinceAsync(Jilin, new CoverageRequest("22", 2023, null), default);
        Assert.Equal(new CoverageTotals(0, 0, 0, 0, 0, 0, 0, 5, 0), empty.Totals);
        Assert.Empty(empty.Cities);
    }

    [Fact]
    public async Task ListCitiesWithoutCollegesOnlyWhenAsked_NAT_STA_1()
    {
        var coverage = await Queries.ProvinceAsync(Jilin, new CoverageRequest("22", 2025, null) { AllCities = true }, default);

        Assert.Equal(9, coverage.Cities.Count);
        var siping = Assert.Single(coverage.Cities, c => c.CityCode == "220300");
        Assert.Equal(("四平市", 1, 0), (siping.CityName, siping.Stations, siping.Colleges.Count));
        Assert.Equal(3, coverage.Totals.Cities);
        Assert.Equal(4, coverage.Gaps.Count);
    }

    [Fact]
    public async Task CountACountyLevelUnitAsItsOwnCity_NAT_STA_1()
    {
        var coverage = await Queries.ProvinceAsync(National, new CoverageRequest("42", 2025, null), default);

        Assert.Equal(["420100 prefecture 2", "429004 county-level 0"], coverage.Cities.Select(c => $"{c.CityCode} {c.CityKind} {c.Stations}"));
        Assert.Equal([new CoverageGap("429004", "仙桃市", "BIM", 1, 1)], coverage.Gaps);
        Assert.Equal(new CoverageTotals(2, 1, 2, 2, 2, 1, 1, 2, 1), coverage.Totals);
    }

    [Fact]
    public async Task ShowACoordinatorNothingOfAnotherProvince_NAT_STA_1()
    {
        // The gateway refuses first; the query's own scope (and row-level security) would show nothing anyway.
        var hubei = await Queries.ProvinceAsync(Jilin, new CoverageRequest("42", 2025, null) { AllCities = true }, default);
        Assert.All(hubei.Cities, c => Assert.Equal((0, 0), (c.Colleges.Count, c.Stations)));
        Assert.Equal(CoverageTotals.Zero, hubei.Totals);

        var national = await Queries.NationalAsync(Jilin, 2025, null, default);
        Assert.Equal(CoverageTotals.Zero, national.Provinces.Single(p => p.ProvinceCode == "42").Totals);
        Assert.Equal(16, national.Totals.CandidatesAffected);
    }

    [Fact]
    public async Task RollUpEveryProvinceAndTheNation_NAT_STA_1()
    {
        var national = await Queries.NationalAsync(National, 2025, null, default);

        Assert.Equal(31, national.Provinces.Count);
        Assert.Equal(new CoverageTotals(3, 3, 4, 2, 5, 1, 4, 5, 16), national.Provinces.Single(p => p.ProvinceCode == "22").Totals);
        Assert.Equal(new CoverageTotals(2, 1, 2, 2, 2, 1, 1, 2, 1), national.Provinces.Single(p => p.ProvinceCode == "42").Totals);
        Assert.All(national.Provinces.Where(p => p.ProvinceCode is not "22" and not "42"), p => Assert.Equal(CoverageTotals.Zero, p.Totals));
        // BIM and WEB are run in both provinces: two certificates nationally, not four.
        Assert.Equal(new CoverageTotals(5, 4, 6, 2, 7, 2, 5, 7, 17), national.Totals);

        var web = await Queries.NationalAsync(National, 2025, "WEB", default);
        Assert.Equal(new CoverageTotals(4, 2, 5, 1, 4, 2, 2, 4, 10), web.Totals);
    }

    [Fact]
    public async Task AnswerTheProvinceViewOverGraphQLWithGapsPaged_NAT_STA_1()
    {
        var answer = await Gateway.ExecuteAsync(
            """
            { stationCoverage(provinceCode: "22", year: 2025) {
                provinceName totals { gaps candidatesAffected }
                cities { cityCode colleges { code certificates } certificates { certificateCode covered certificate { name } } }
                first: gaps(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { cityCode certificateCode candidatesAffected } } }
                byCity: gaps(order: CITY_ASCENDING) { edges { node { cityCode certificateCode } } } } }
            """, Coordinator("22"));

        Assert.False(answer.TryGetProperty("errors", out var errors), errors.ToString());
        var coverage = answer.GetProperty("data").GetProperty("stationCoverage");
        Assert.Equal("吉林省", coverage.GetProperty("provinceName").GetString());
        Assert.Equal(16, coverage.GetProperty("totals").GetProperty("candidatesAffected").GetInt32());
        var first = coverage.GetProperty("first");
        Assert.Equal(4, first.GetProperty("totalCount").GetInt32());
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(["222400/WEB/6", "220100/BIM/4"], Nodes(first, n => $"{n.GetProperty("cityCode")}/{n.GetProperty("certificateCode")}/{n.GetProperty("candidatesAffected")}"));
        Assert.Equal(["220100/BIM", "220200/WEB", "222400/BIM", "222400/WEB"], Nodes(coverage.GetProperty("byCity"), n => $"{n.GetProperty("cityCode")}/{n.GetProperty("certificateCode")}"));
        var web = coverage.GetProperty("cities")[0].GetProperty("certificates")[1];
        Assert.Equal("WEB", web.GetProperty("certificateCode").GetString());
        Assert.True(web.GetProperty("covered").GetBoolean());
    }

    [Fact]
    public async Task RefuseACoordinatorAnotherProvinceWithAClearError_NAT_STA_1()
    {
        foreach (var province in new[] { "42", "99" })
        {
            var answer = await Gateway.ExecuteAsync($$"""{ stationCoverage(provinceCode: "{{province}}", year: 2025) { provinceName cities { colleges { name } } } }""", Coordinator("22"));
            var error = answer.GetProperty("errors")[0];
            Assert.Equal("OUT_OF_SCOPE", error.GetProperty("extensions").GetProperty("code").GetString());
            Assert.Contains("provinceCode", error.GetProperty("message").GetString());
            Assert.Equal(JsonValueKind.Null, answer.GetProperty("data").GetProperty("stationCoverage").ValueKind);
        }

        var college = await Gateway.ExecuteAsync("""{ stationCoverage(provinceCode: "22", year: 2025) { provinceName } }""", CollegeClient("CVA", "22"));
        Assert.Equal("OUT_OF_SCOPE", college.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        var national = await Gateway.ExecuteAsync("""{ nationalCoverage(year: 2025) { totals { gaps } } }""", Coordinator("22"));
        Assert.Equal("AUTH_NOT_AUTHORIZED", national.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("""{ stationCoverage(provinceCode: "98", year: 2025) { provinceName } }""", "provinceCode")]
    [InlineData("""{ stationCoverage(provinceCode: "22", year: 1) { provinceName } }""", "year")]
    [InlineData("""{ nationalCoverage(year: 3000) { year } }""", "year")]
    [InlineData("""{ stationCoverage(provinceCode: "22", year: 2025) { gaps(first: -1) { totalCount } } }""", "first")]
    public async Task NameTheArgumentOfBadInput_NAT_STA_1(string query, string argument)
    {
        var answer = await Gateway.ExecuteAsync(query, Monitor());

        var error = answer.GetProperty("errors")[0];
        Assert.Equal("INVALID_ARGUMENT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains($"'{argument}'", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task RollUpTheNationOverGraphQLForNationalMonitoring_NAT_STA_1()
    {
        var answer = await Gateway.ExecuteAsync(
            """{ nationalCoverage(year: 2025, certificateCode: "BIM") { year certificateCode totals { cities gaps candidatesAffected } provinces { provinceCode provinceName totals { gaps } } } }""",
            Monitor());

        Assert.False(answer.TryGetProperty("errors", out var errors), errors.ToString());
        var national = answer.GetProperty("data").GetProperty("nationalCoverage");
        Assert.Equal("BIM", national.GetProperty("certificateCode").GetString());
        // BIM: 长春 (4) and 延边 (2) in 22, 仙桃 (1) in 42.
        Assert.Equal("""{"cities":3,"gaps":3,"candidatesAffected":7}""", national.GetProperty("totals").GetRawText());
        var provinces = national.GetProperty("provinces").EnumerateArray().ToList();
        Assert.Equal(31, provinces.Count);
        Assert.Equal(("湖北省", 1), (provinces.Single(p => p.GetProperty("provinceCode").GetString() == "42").GetProperty("provinceName").GetString(),
            provinces.Single(p => p.GetProperty("provinceCode").GetString() == "42").GetProperty("totals").GetProperty("gaps").GetInt32()));
    }

    /// <summary>Totals of the province view and of the national roll-up agree for every year and filter.</summary>
    [Theory]
    [InlineData(2024, null)]
    [InlineData(2025, null)]
    [InlineData(2025, "BIM")]
    public async Task AgreeBetweenTheProvinceViewAndTheRollUp_NAT_STA_1(int year, string? certificate)
    {
        var national = await Queries.NationalAsync(National, year, certificate, default);
        foreach (var province in new[] { "22", "42" })
        {
            var view = await Queries.ProvinceAsync(National, new CoverageRequest(province, year, certificate), default);
            Assert.Equal(view.Totals, national.Provinces.Single(p => p.ProvinceCode == province).Totals);
        }
    }

    protected static ClaimsPrincipal Coordinator(string province) =>
        Principal(new Claim(ClaimNames.Role, Roles.ProvincialCoordinator), new Claim(ClaimNames.Province, province));

    protected static ClaimsPrincipal Monitor() => Principal(new Claim(ClaimNames.Role, Roles.NationalMonitor));

    private static ClaimsPrincipal CollegeClient(string tenant, string province) =>
        Principal(new Claim(ClaimNames.Role, Roles.IntegrationClient), new Claim(ClaimNames.Tenant, tenant), new Claim(ClaimNames.Province, province));

    private static ClaimsPrincipal Principal(params Claim[] claims) =>
        new(new ClaimsIdentity([new Claim(ClaimNames.Name, "coverage-test"), .. claims], "test", ClaimNames.Name, ClaimNames.Role));

    private static AccessScope Scope(ScopeKind kind, string? province, string role) => new(kind, null, province, new HashSet<string> { role }, "coverage-test");

    private static string Describe(CoverageCollege college) => $"{college.Code}: {string.Join(' ', college.Certificates)}";

    private static List<string> Nodes(JsonElement connection, Func<JsonElement, string> show) =>
        connection.GetProperty("edges").EnumerateArray().Select(e => show(e.GetProperty("node"))).ToList();
}
