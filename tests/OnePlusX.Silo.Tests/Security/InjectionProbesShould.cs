using System.Text.Json;
using Dapper;
using OnePlusX.Security;

namespace OnePlusX.Silo.Tests.Security;

/// <summary>
/// Injection probes in every string filter argument (found from the schema, so new filters are covered) and in the
/// order arguments: answered without an error of the server's own, matching nothing, and changing no row.
/// </summary>
[Collection(CrossTenantCollection.Name)]
public sealed class InjectionProbesShould(CrossTenantSilo silo)
{
    private static readonly string[] Probes =
    [
        "' OR '1'='1", "'; DROP TABLE colleges; --", "\" OR \"\"=\"", "%", "_", "\\", "%' OR tenant_id LIKE '%", "1; SELECT pg_sleep(5)",
        "') UNION SELECT tenant_id, name, province_code, city_code, policy_code FROM colleges --", "\u0000", "$1", "@ScopeTenant",
    ];

    [Fact]
    public async Task MatchNothingAndChangeNothingThroughAnyFilter()
    {
        var national = MatrixCaller.All.Single(c => c.Name == Roles.NationalMonitor).Principal;
        var filters = await StringFiltersAsync();
        Assert.Contains(filters, f => f is ("colleges", _, "nameContains"));
        Assert.Contains(filters, f => f is ("examStations", _, "certificateCode"));
        var before = await CountsAsync();

        var failures = new List<string>();
        foreach (var (field, _, input) in filters)
        {
            foreach (var probe in Probes)
            {
                var result = await silo.Gateway.ExecuteAsync(
                    $"query($v: String) {{ {field}(first: 5, where: {{ {input}: $v }}) {{ totalCount }} }}", national, new global::GraphQL.Inputs(new Dictionary<string, object?> { ["v"] = probe }));
                var total = result.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.GetProperty(field).ValueKind == JsonValueKind.Object
                    ? data.GetProperty(field).GetProperty("totalCount").GetInt32()
                    : -1;
                if (total != 0 || result.TryGetProperty("errors", out _))
                {
                    failures.Add($"{field}.where.{input} = {JsonSerializer.Serialize(probe)}: {result}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task RefuseAnOrderThatIsNotOneOfItsValues()
    {
        var national = MatrixCaller.All.Single(c => c.Name == Roles.NationalMonitor).Principal;
        foreach (var probe in Probes.Append("NAME_ASCENDING; DROP TABLE colleges"))
        {
            var result = await silo.Gateway.ExecuteAsync(
                "query($o: CollegeOrder) { colleges(first: 1, order: $o) { totalCount } }", national, new global::GraphQL.Inputs(new Dictionary<string, object?> { ["o"] = probe }));

            var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
            Assert.Contains("CollegeOrder", error.GetProperty("message").GetString(), StringComparison.Ordinal);
            Assert.False(result.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object, result.ToString());
        }
    }

    /// <summary>Every (root connection, filter input type, string field) the schema offers.</summary>
    private async Task<List<(string Field, string Input, string InputField)>> StringFiltersAsync()
    {
        var national = MatrixCaller.All.Single(c => c.Name == Roles.NationalMonitor).Principal;
        var schema = await silo.Gateway.ExecuteAsync(
            "{ __schema { queryType { fields { name args { name type { name kind ofType { name } } } } } types { name kind inputFields { name type { name kind ofType { name } } } } } }", national);
        var inputs = schema.GetProperty("data").GetProperty("__schema").GetProperty("types").EnumerateArray()
            .Where(t => t.GetProperty("kind").GetString() == "INPUT_OBJECT")
            .ToDictionary(t => t.GetProperty("name").GetString()!, t => t.GetProperty("inputFields").EnumerateArray()
                .Where(f => TypeName(f.GetProperty("type")) == "String").Select(f => f.GetProperty("name").GetString()!).ToList());
        var found = new List<(string, string, string)>();
        foreach (var field in schema.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("fields").EnumerateArray())
        {
            var args = field.GetProperty("args").EnumerateArray().ToList();
            if (args.All(a => a.GetProperty("name").GetString() != "first"))
            {
                continue; // filters of connections; other fields take ids, which the cross-tenant matrix probes
            }

            foreach (var where in args.Where(a => a.GetProperty("name").GetString() == "where"))
            {
                var input = TypeName(where.GetProperty("type"))!;
                found.AddRange(inputs.GetValueOrDefault(input, []).Select(name => (field.GetProperty("name").GetString()!, input, name)));
            }
        }

        return found;
    }

    private static string? TypeName(JsonElement type) =>
        type.GetProperty("name").GetString() ?? (type.TryGetProperty("ofType", out var of) && of.ValueKind == JsonValueKind.Object ? of.GetProperty("name").GetString() : null);

    private async Task<(long, long, long)> CountsAsync()
    {
        await using var connection = await silo.Database.OpenAsync(AccessScope.System("injection-probes"));
        return (await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM colleges"),
            await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM exam_stations"),
            await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM schools"));
    }
}
