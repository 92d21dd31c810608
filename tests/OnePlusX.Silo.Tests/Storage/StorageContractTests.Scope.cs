using System.Data.Common;
using Dapper;
using OnePlusX.ReadModels;
using OnePlusX.Security;
using OnePlusX.Silo.ReadModels.Colleges;
using OnePlusX.Silo.ReadModels.ExamStations;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.Tests.Storage;

/// <summary>Tenant isolation in the read-model queries on both databases, and row-level security on PostgreSQL.</summary>
public abstract partial class StorageContractShould
{
    private static readonly (string Tenant, string Code)[] Stations = [("SCA", "S1"), ("SCA", "S2"), ("SCB", "S1")];

    [Fact]
    public async Task ReadOnlyTheCallersScope()
    {
        await SeedTwoProvincesAsync();
        var colleges = new SqlCollegeQueries(_database);
        var stations = new SqlExamStationQueries(_database);
        var cases = new (AccessScope Scope, string[] Sees)[]
        {
            (Reader(ScopeKind.College, "SCA", "22"), ["SCA"]),
            (Reader(ScopeKind.College, "SCB", "44"), ["SCB"]),
            (Reader(ScopeKind.Province, null, "22"), ["SCA"]),
            (Reader(ScopeKind.Province, null, "44"), ["SCB"]),
            (Reader(ScopeKind.National, null, null), ["SCA", "SCB"]),
            (AccessScope.Public, []),
        };

        foreach (var (scope, sees) in cases)
        {
            var because = $"{scope.Kind} {scope.Tenant ?? scope.Province}";
            void Same<T>(IEnumerable<T> expected, IEnumerable<T> actual) =>
                Assert.Equal($"{because}: {string.Join(", ", expected)}", $"{because}: {string.Join(", ", actual)}");

            var listed = await colleges.ListAsync(scope, new CollegeFilter(null, null, null), CollegeOrder.CodeAscending, 0, 100, default);
            Same(sees, listed.Items.Select(c => c.Code));
            Same([sees.Length], [listed.TotalCount]);

            // Asking for every college by its code changes nothing: a row outside the scope is as absent as one that does not exist.
            Same(sees, (await colleges.ByCodesAsync(scope, ["SCA", "SCB"], default)).Keys.Order());
            Same(sees, await VisibleDetailsAsync(colleges, scope));

            var expected = Stations.Where(s => sees.Contains(s.Tenant)).ToArray();
            var page = await stations.ListAsync(scope, new ExamStationFilter(null, null, null, null), 0, 100, default);
            Same(expected, page.Items.Select(s => (s.TenantId, s.Code)));
            Same([expected.Length], [page.TotalCount]);
            var foreign = await stations.ListAsync(scope, new ExamStationFilter(null, null, null, "SCB"), 0, 100, default);
            Same(expected.Where(s => s.Tenant == "SCB"), foreign.Items.Select(s => (s.TenantId, s.Code)));
            Same(expected, (await stations.ByKeysAsync(scope, Stations, default)).Keys.Order());
        }

        if (_database.Dialect == StorageDialect.PostgreSQL)
        {
            // Row-level security, the second wall: the same scopes without the queries' own conditions.
            Assert.Equal((1, 2), await RawCountsAsync(cases[0].Scope));
            Assert.Equal((1, 1), await RawCountsAsync(cases[3].Scope));
            Assert.Equal((2, 3), await RawCountsAsync(cases[4].Scope));
            Assert.Equal((0, 0), await RawCountsAsync(AccessScope.Public));

            // And a college's connection cannot write another college's row either.
            await using var college = await _database.OpenAsync(cases[0].Scope);
            await Assert.ThrowsAnyAsync<DbException>(() => college.ExecuteAsync(
                "INSERT INTO exam_stations (tenant_id, station_code, name, certificate_code, province_code, city_code, capacity, version, updated_at) VALUES ('SCB', 'S9', '站', 'BIM', '44', '440100', 40, 1, now())"));
        }
    }

    private static AccessScope Reader(ScopeKind kind, string? tenant, string? province) =>
        new(kind, tenant, province, new HashSet<string>(), $"contract-test:{kind}");

    private static async Task<string[]> VisibleDetailsAsync(SqlCollegeQueries colleges, AccessScope scope)
    {
        var visible = new List<string>();
        foreach (var code in new[] { "SCA", "SCB" })
        {
            if (await colleges.GetAsync(scope, code, default) is { } detail)
            {
                Assert.Equal(code, detail.College.Code);
                visible.Add(code);
            }
        }

        return [.. visible];
    }

    private async Task<(int Colleges, int Stations)> RawCountsAsync(AccessScope scope)
    {
        await using var connection = await _database.OpenAsync(scope);
        return (await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM colleges"), await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM exam_stations"));
    }

    /// <summary>College SCA in Jilin (22) with two stations, college SCB in Guangdong (44) with one, written as the system.</summary>
    private async Task SeedTwoProvincesAsync()
    {
        await using var connection = await _database.OpenAsync(AccessScope.System("contract-test"));
        var at = DateTimeOffset.UtcNow;
        await connection.ExecuteAsync(
            "INSERT INTO colleges (tenant_id, name, province_code, city_code, policy_code, version, updated_at) VALUES (@Code, @Name, @Province, @City, 'NAT', 1, @At)",
            new[] { new { Code = "SCA", Name = "甲学院", Province = "22", City = "220100", At = at }, new { Code = "SCB", Name = "乙学院", Province = "44", City = "440100", At = at } });
        await connection.ExecuteAsync(
            "INSERT INTO exam_stations (tenant_id, station_code, name, certificate_code, province_code, city_code, capacity, version, updated_at) VALUES (@Tenant, @Code, '站', 'BIM', @Province, @City, 40, 1, @At)",
            Stations.Select(s => new { s.Tenant, s.Code, Province = s.Tenant == "SCA" ? "22" : "44", City = s.Tenant == "SCA" ? "220100" : "440100", At = at }));
    }
}
