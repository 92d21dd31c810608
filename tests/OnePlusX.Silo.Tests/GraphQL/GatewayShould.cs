using System.Security.Claims;
using System.Text.Json;
using Dapper;
using OnePlusX.GraphQL.Colleges;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.Security;
using OnePlusX.Silo.ReadModels.Colleges;
using OnePlusX.Silo.ReadModels.ExamStations;
using OnePlusX.Silo.ReferenceData;
using OnePlusX.Silo.Storage;
using OnePlusX.Silo.Tests.Infrastructure;

namespace OnePlusX.Silo.Tests.GraphQL;

/// <summary>The gateway's conventions end to end over the real read models (SQLite) and grains.</summary>
public sealed class GatewayShould(SqliteSiloFixture fixture) : IClassFixture<SqliteSiloFixture>, IAsyncLifetime
{
    /// <summary>National monitoring as sign-in makes it (claim types "name" and "role"): a data reader of every province.</summary>
    private static readonly ClaimsPrincipal Monitor = new(new ClaimsIdentity(
        [new Claim(ClaimNames.Name, "monitor@national"), new Claim(ClaimNames.Role, Roles.NationalMonitor)], "test", ClaimNames.Name, ClaimNames.Role));

    private Database _database = null!;
    private CountingQueries _queries = null!;
    private InProcessGateway _gateway = null!;

    public async Task InitializeAsync()
    {
        _database = new Database(new StorageOptions { Sqlite = $"Data Source={fixture.DatabasePath}" });
        _queries = new CountingQueries(new SqlCollegeQueries(_database), new SqlExamStationQueries(_database));
        _gateway = new InProcessGateway(_queries, _queries, ReferenceCatalog.Load(), fixture.Client.Grains);
        await SeedStationsAsync(1000, colleges: 200);
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Theory]
    [InlineData(10)]
    [InlineData(1000)]
    public async Task LoadAListWithItsChildrenInAConstantNumberOfRoundTrips(int count)
    {
        var before = _queries.Calls;
        var result = await _gateway.ExecuteAsync(
            $$"""
            { examStations(first: {{count}}, where: { certificateCode: "BIM" }) { totalCount edges { node {
                code college { code name city { name province { name } } } city { name } certificate { name evaluationOrganization { name } } } } } }
            """, Monitor);

        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        var edges = result.GetProperty("data").GetProperty("examStations").GetProperty("edges");
        Assert.Equal(count, edges.GetArrayLength());
        Assert.All(edges.EnumerateArray(), e => Assert.StartsWith("GQL", e.GetProperty("node").GetProperty("college").GetProperty("code").GetString()));
        // One page query and one batched lookup of the host colleges; cities, provinces and certificates come from memory.
        Assert.Equal(2, _queries.Calls - before);
    }

    [Fact]
    public async Task PageForwardAndBackWithOpaqueCursors()
    {
        var first = await _gateway.ExecuteAsync("""{ examStations(first: 3, where: { certificateCode: "BIM" }) { edges { cursor node { code } } pageInfo { hasNextPage endCursor } } }""", Monitor);
        var page = first.GetProperty("data").GetProperty("examStations");
        var end = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var next = await _gateway.ExecuteAsync($$"""{ examStations(first: 3, after: "{{end}}", where: { certificateCode: "BIM" }) { edges { node { code } } pageInfo { hasPreviousPage } } }""", Monitor);
        var back = await _gateway.ExecuteAsync($$"""{ examStations(last: 2, before: "{{end}}", where: { certificateCode: "BIM" }) { edges { node { code } } } }""", Monitor);

        var codes = page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("code").GetString()).ToList();
        var nextCodes = next.GetProperty("data").GetProperty("examStations").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("code").GetString()).ToList();
        var backCodes = back.GetProperty("data").GetProperty("examStations").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("code").GetString()).ToList();
        Assert.Empty(codes.Intersect(nextCodes));
        Assert.Equal(codes.Take(2), backCodes);
        Assert.True(next.GetProperty("data").GetProperty("examStations").GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Theory]
    [InlineData("first: -3")]
    [InlineData("first: 1001")]
    [InlineData("last: -2147483648")]
    [InlineData("first: 5, last: 5")]
    public async Task RefusePageSizesOutsideTheRangeInsteadOfGuessing(string arguments)
    {
        var result = await _gateway.ExecuteAsync($$"""{ certificates({{arguments}}) { edges { cursor } } }""");
        Assert.Equal("INVALID_ARGUMENT", result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("certificates").ValueKind);
    }

    [Fact]
    public async Task AnswerAnEmptyTypeNameLikeAnyUnknownOne()
    {
        var result = await _gateway.ExecuteAsync("""{ empty: __type(name: "") { name } unknown: __type(name: "Nope") { name } }""");
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("empty").ValueKind);
    }

    [Fact]
    public async Task ChargeANegativePageSizeAsTheLargestPage()
    {
        // A negative first once made its field's cost negative and hid an expensive sibling from the cost limit.
        var result = await _gateway.ExecuteAsync(
            "{ certificates(first: -2147483648) { edges { node { code } } } provinces { cities { province { cities { province { cities { code } } } } } } }");
        Assert.Contains(result.GetProperty("errors").EnumerateArray(), e => e.GetProperty("message").GetString()!.Contains("complexity", StringComparison.Ordinal));
        Assert.False(result.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task RefetchAnythingByItsGlobalId()
    {
        var list = await _gateway.ExecuteAsync("""{ examStations(first: 1, where: { certificateCode: "BIM" }) { edges { node { id code college { id } } } } }""", Monitor);
        var node = list.GetProperty("data").GetProperty("examStations").GetProperty("edges")[0].GetProperty("node");
        var ids = new[] { node.GetProperty("id").GetString(), node.GetProperty("college").GetProperty("id").GetString(), GlobalId.Encode("College", "NOSUCH"), "not-an-id" };

        var query = $$"""{ nodes(ids: [{{string.Join(", ", ids.Select(i => $"\"{i}\""))}}]) { __typename id } }""";
        var nodes = (await _gateway.ExecuteAsync(query, Monitor)).GetProperty("data").GetProperty("nodes");
        Assert.Equal("ExamStation", nodes[0].GetProperty("__typename").GetString());
        Assert.Equal("College", nodes[1].GetProperty("__typename").GetString());
        Assert.Equal(JsonValueKind.Null, nodes[2].ValueKind);
        Assert.Equal(JsonValueKind.Null, nodes[3].ValueKind);

        // node(s) is open to anyone, but an anonymous caller's scope holds no college: the same ids find nothing.
        var anonymous = (await _gateway.ExecuteAsync(query)).GetProperty("data").GetProperty("nodes");
        Assert.All(anonymous.EnumerateArray(), n => Assert.Equal(JsonValueKind.Null, n.ValueKind));
    }

    [Fact]
    public async Task FilterAndOrderColleges()
    {
        var result = await _gateway.ExecuteAsync("""{ colleges(first: 5, where: { provinceCode: "44", nameContains: "广州" }, order: NAME_ASCENDING) { totalCount edges { node { code name } } } }""", Monitor);
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        var colleges = result.GetProperty("data").GetProperty("colleges");
        Assert.Equal(200, colleges.GetProperty("totalCount").GetInt32());
        var names = colleges.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("name").GetString()).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);

        // LIKE wildcards in user text match literally.
        var literal = await _gateway.ExecuteAsync("""{ colleges(where: { nameContains: "%" }) { totalCount } }""", Monitor);
        Assert.False(literal.TryGetProperty("errors", out var literalErrors), literalErrors.ToString());
        Assert.Equal(0, literal.GetProperty("data").GetProperty("colleges").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task LetTheIdeIntrospectButNotNestFieldsWithoutEnd()
    {
        // GraphiQL's own introspection shape under the default limits: type references nest deep.
        const string typeRef = "kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } }";
        var ide = await _gateway.ExecuteAsync(
            $"{{ __schema {{ queryType {{ name }} types {{ name fields(includeDeprecated: true) {{ name args {{ name type {{ {typeRef} }} }} type {{ {typeRef} }} }} inputFields {{ name type {{ {typeRef} }} }} interfaces {{ {typeRef} }} possibleTypes {{ {typeRef} }} }} }} }}");
        Assert.False(ide.TryGetProperty("errors", out var errors), errors.ToString());

        var nested = await _gateway.ExecuteAsync(
            "{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } } } } } }");
        Assert.Contains(nested.GetProperty("errors").EnumerateArray(), e => e.GetProperty("message").GetString()!.Contains("complexity", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DenyAMutationToACallerWithoutTheRole()
    {
        var result = await _gateway.ExecuteAsync("""mutation { addSchool(input: { code: "S9", name: "新学院" }) { errors { message } } }""");
        Assert.Equal("AUTH_NOT_AUTHORIZED", result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task ReturnMutationErrorsAsDataNamingTheField()
    {
        await Seed.CollegeAsync(fixture.Client.Grains, "GQLMUT");
        var administrator = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "admin@gqlmut"), new Claim(ClaimTypes.Role, CollegeMutations.CollegeAdministrator), new Claim(CollegeMutations.TenantClaim, "GQLMUT")],
            authenticationType: "test"));

        var added = await _gateway.ExecuteAsync("""mutation { addSchool(input: { code: "S9", name: "新学院" }) { college { code } errors { __typename message } } }""", administrator);
        var payload = added.GetProperty("data").GetProperty("addSchool");
        Assert.Equal("GQLMUT", payload.GetProperty("college").GetProperty("code").GetString());
        Assert.Equal(0, payload.GetProperty("errors").GetArrayLength());

        var invalid = await _gateway.ExecuteAsync("""mutation { addSchool(input: { code: "bad code!", name: "x" }) { college { code } errors { __typename message ... on ValidationError { field } } } }""", administrator);
        var error = invalid.GetProperty("data").GetProperty("addSchool").GetProperty("errors")[0];
        Assert.Equal(("ValidationError", "Code"), (error.GetProperty("__typename").GetString(), error.GetProperty("field").GetString()));

        var duplicate = await _gateway.ExecuteAsync("""mutation { addSchool(input: { code: "S9", name: "again" }) { errors { __typename code } } }""", administrator);
        Assert.Equal("ConflictError", duplicate.GetProperty("data").GetProperty("addSchool").GetProperty("errors")[0].GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task ListSchoolsAndMajorsOfManyCollegesInOneRoundTrip()
    {
        await using (var connection = await _database.OpenAsync())
        {
            await connection.ExecuteAsync("INSERT OR IGNORE INTO schools (tenant_id, code, name) VALUES (@Tenant, @Code, @Name)", Enumerable.Range(0, 200).SelectMany(i => new[]
            {
                new { Tenant = $"GQL{i:D3}", Code = "S2", Name = "人文学院" },
                new { Tenant = $"GQL{i:D3}", Code = "S1", Name = "信息学院" },
            }));
            await connection.ExecuteAsync("INSERT OR IGNORE INTO majors (tenant_id, code, name, school_code) VALUES (@Tenant, @Code, @Name, @School)", Enumerable.Range(0, 200).SelectMany(i => new[]
            {
                new { Tenant = $"GQL{i:D3}", Code = "M1", Name = "软件技术", School = "S1" },
                new { Tenant = $"GQL{i:D3}", Code = "M2", Name = "汉语", School = "S2" },
                new { Tenant = $"GQL{i:D3}", Code = "M3", Name = "大数据", School = "S1" },
            }));
        }

        var before = _queries.Calls;
        var result = await _gateway.ExecuteAsync(
            """
            { colleges(first: 100, where: { provinceCode: "44" }) { edges { node { code
                schools(first: 5, order: NAME_ASCENDING) { totalCount edges { node { id code name college { code } majors(first: 5) { edges { node { code } } } } } }
                majors(first: 5) { edges { node { code name schoolCode school { name } } } } } } } }
            """, Monitor);

        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        // One page of colleges, one batched load of all their schools and majors, and one of the schools' colleges,
        // however many colleges.
        Assert.Equal(3, _queries.Calls - before);
        var colleges = result.GetProperty("data").GetProperty("colleges").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.Equal(100, colleges.Count);
        var first = colleges[0];
        var schools = first.GetProperty("schools");
        Assert.Equal(2, schools.GetProperty("totalCount").GetInt32());
        var byName = schools.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.Equal(["S2", "S1"], byName.Select(s => s.GetProperty("code").GetString()));
        Assert.Equal(first.GetProperty("code").GetString(), byName[0].GetProperty("college").GetProperty("code").GetString());
        Assert.Equal(["M1", "M3"], byName[1].GetProperty("majors").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("code").GetString()));
        var majors = first.GetProperty("majors").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.Equal(["M1", "M2", "M3"], majors.Select(m => m.GetProperty("code").GetString()));
        Assert.Equal("人文学院", majors[1].GetProperty("school").GetProperty("name").GetString());

        // A school's id refetches it for a reader of its college, and for nobody else.
        var id = byName[0].GetProperty("id").GetString();
        var query = $$"""{ node(id: "{{id}}") { __typename ... on School { code name } } }""";
        var found = (await _gateway.ExecuteAsync(query, Monitor)).GetProperty("data").GetProperty("node");
        Assert.Equal(("School", "S2"), (found.GetProperty("__typename").GetString(), found.GetProperty("code").GetString()));
        var stranger = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "admin@gqlmut"), new Claim(ClaimTypes.Role, CollegeMutations.CollegeAdministrator), new Claim(CollegeMutations.TenantClaim, "GQLMUT")],
            authenticationType: "test"));
        Assert.Equal(JsonValueKind.Null, (await _gateway.ExecuteAsync(query, stranger)).GetProperty("data").GetProperty("node").ValueKind);
    }

    /// <summary>Read-model rows written directly: the gateway reads read models, so no grain is needed for them.</summary>
    private async Task SeedStationsAsync(int stations, int colleges)
    {
        await using var connection = await _database.OpenAsync();
        if (await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM colleges WHERE tenant_id LIKE 'GQL%'") > 0)
        {
            return;
        }

        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync(
            "INSERT INTO colleges (tenant_id, name, province_code, city_code, policy_code, version, updated_at) VALUES (@Code, @Name, '44', '440100', 'NAT', 1, '2026-01-01')",
            Enumerable.Range(0, colleges).Select(i => new { Code = $"GQL{i:D3}", Name = $"广州测试学院{(colleges - i):D3}" }), transaction);
        await connection.ExecuteAsync(
            "INSERT INTO exam_stations (tenant_id, station_code, name, certificate_code, province_code, city_code, capacity, version, updated_at) VALUES (@Tenant, @Code, '站点', 'BIM', '44', '440100', 40, 1, '2026-01-01')",
            Enumerable.Range(0, stations).Select(i => new { Tenant = $"GQL{i % colleges:D3}", Code = $"ST{i:D4}" }), transaction);
        await transaction.CommitAsync();
    }
}
