using System.Security.Claims;
using System.Text.Json;
using OnePlusX.MonitoringPoints;
using OnePlusX.Outcomes;
using OnePlusX.Security;
using OnePlusX.Silo.Tests.CostCaps;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.Tests.MonitoringPoints;

/// <summary>
/// National monitoring points (NAT-MON-1) through GraphQL against a real silo: national monitoring designates and
/// changes them per certificate with a reason, the history keeps every change, and each reader sees the points in
/// its scope. Each test uses its own certificate and colleges.
/// </summary>
[Collection(NationalViewsCollection.Name)]
public sealed class MonitoringPointsShould(NationalViewsSilo silo)
{
    private const string Payload = "points { collegeCode collegeName designatedBy reason province { code } } changes { sequence collegeCode action actor reason } aboveGuidance errors { __typename code message ... on ValidationError { field } ... on RefusalError { ruleIds } }";

    [Fact]
    public async Task DesignateChangeAndKeepTheHistoryOfMonitoringPoints_NAT_MON_1()
    {
        await silo.CollegeAsync("MPA");
        await silo.CollegeAsync("MPB", "22", "220200");
        await silo.CollegeAsync("MPC", "42", "420300");

        var first = await DesignateAsync("BIM", ["MPA", "MPB"], [], "首批监测点");
        var second = await DesignateAsync("BIM", ["MPC"], ["MPA"], "调整：MPA 退出试点");
        var history = (await silo.RunAsync("""{ monitoringPointHistory(where: { certificateCode: "BIM" }) { totalCount items { sequence collegeCode collegeName action actor reason province { code } } } }""",
            NationalViewsSilo.National())).GetProperty("monitoringPointHistory");
        var points = (await silo.RunAsync("""{ monitoringPoints(where: { certificateCode: "BIM" }) { totalCount items { certificateCode collegeCode reason designatedBy college { name } } } }""",
            NationalViewsSilo.National())).GetProperty("monitoringPoints");

        Assert.Equal(0, first.GetProperty("errors").GetArrayLength());
        Assert.Equal(["MPA", "MPB"], Codes(first.GetProperty("points")));
        Assert.Equal([(1, "MPA", "ADDED"), (2, "MPB", "ADDED")], Changes(first.GetProperty("changes")));
        Assert.Equal(["MPB", "MPC"], Codes(second.GetProperty("points")));
        Assert.Equal([(3, "MPA", "REMOVED"), (4, "MPC", "ADDED")], Changes(second.GetProperty("changes")));
        Assert.False(second.GetProperty("aboveGuidance").GetBoolean());

        // Newest first; each entry says who, why, and the college's name and province.
        Assert.Equal(4, history.GetProperty("totalCount").GetInt32());
        Assert.Equal([(4, "MPC", "ADDED"), (3, "MPA", "REMOVED"), (2, "MPB", "ADDED"), (1, "MPA", "ADDED")], Changes(history.GetProperty("items")));
        var removal = history.GetProperty("items")[1];
        Assert.Equal(("调整：MPA 退出试点", "NationalMonitor@nation", "测试学院 MPA", "22"), (removal.GetProperty("reason").GetString(), removal.GetProperty("actor").GetString(),
            removal.GetProperty("collegeName").GetString(), removal.GetProperty("province").GetProperty("code").GetString()));
        Assert.Equal(["MPB", "MPC"], Codes(points.GetProperty("items")));
        Assert.Equal(("首批监测点", "测试学院 MPB"), (points.GetProperty("items")[0].GetProperty("reason").GetString(), points.GetProperty("items")[0].GetProperty("college").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task ShowEachReaderThePointsInItsScope_NAT_MON_1()
    {
        await silo.CollegeAsync("MSA");
        await silo.CollegeAsync("MSB", "42", "420300");
        await silo.CollegeAsync("MSC");
        await DesignateAsync("SENSOR-NET", ["MSA", "MSB"], [], "首批");

        Assert.Equal(["MSA", "MSB"], await PointsAsync(NationalViewsSilo.National()));
        Assert.Equal(["MSA"], await PointsAsync(NationalViewsSilo.Province("22")));
        Assert.Equal(["MSB"], await PointsAsync(NationalViewsSilo.Province("42")));
        Assert.Equal(["MSA"], await PointsAsync(NationalViewsSilo.Officer("MSA")));
        Assert.Empty(await PointsAsync(NationalViewsSilo.Officer("MSC")));
        Assert.Empty(await PointsAsync(NationalViewsSilo.Province("22"), """provinceCode: "42", """));
        Assert.Empty(await PointsAsync(NationalViewsSilo.Officer("MSA"), """collegeCode: "MSB", """));
        var history = (await silo.RunAsync("""{ monitoringPointHistory(where: { certificateCode: "SENSOR-NET" }) { items { collegeCode } } }""", NationalViewsSilo.Province("42")))
            .GetProperty("monitoringPointHistory").GetProperty("items");
        Assert.Equal(["MSB"], Codes(history));
    }

    [Fact]
    public async Task NameTheFieldOfABadDesignation_NAT_MON_1()
    {
        await silo.CollegeAsync("MVA");
        await DesignateAsync("AUTO-MAINT", ["MVA"], [], "首批");

        var errors = new[]
        {
            await DesignateAsync("NO-SUCH", ["MVA"], [], "理由"),
            await DesignateAsync("AUTO-MAINT", ["MVZZ"], [], "理由"),
            await DesignateAsync("AUTO-MAINT", ["not a code"], [], "理由"),
            await DesignateAsync("AUTO-MAINT", ["MVA"], [], "  "),
            await DesignateAsync("AUTO-MAINT", [], [], "理由"),
            await DesignateAsync("AUTO-MAINT", ["MVB", "MVB"], [], "理由"),
            await DesignateAsync("AUTO-MAINT", [.. Enumerable.Range(1, 30).Select(i => $"MVX{i}")], [], "理由"),
        }.Select(p => (p.GetProperty("errors")[0].GetProperty("__typename").GetString(), p.GetProperty("errors")[0].GetProperty("field").GetString())).ToArray();
        var again = (await DesignateAsync("AUTO-MAINT", ["MVA"], [], "理由")).GetProperty("errors")[0];
        var notOne = (await DesignateAsync("AUTO-MAINT", [], ["MVZZ"], "理由")).GetProperty("errors")[0];

        Assert.Equal(
            [("ValidationError", "certificateCode"), ("ValidationError", "add[0]"), ("ValidationError", "add[0]"), ("ValidationError", "reason"),
                ("ValidationError", "add"), ("ValidationError", "add[1]"), ("ValidationError", "add")],
            errors);
        Assert.Equal(("ConflictError", "ALREADY_DESIGNATED"), (again.GetProperty("__typename").GetString(), again.GetProperty("code").GetString()));
        Assert.Equal(("ConflictError", "NOT_DESIGNATED"), (notOne.GetProperty("__typename").GetString(), notOne.GetProperty("code").GetString()));
        Assert.Equal(["MVA"], (await silo.Grains.GetGrain<IMonitoringPointsGrain>("AUTO-MAINT").GetAsync()).Points.Select(p => p.CollegeCode).ToArray());
    }

    [Fact]
    public async Task FlagMoreThanTheGuidanceOfAboutTenPoints_NAT_MON_1()
    {
        var codes = Enumerable.Range(1, 11).Select(i => $"MG{i:D2}").ToArray();
        foreach (var code in codes)
        {
            await silo.CollegeAsync(code);
        }

        var ten = await DesignateAsync("SMART-TAX", codes[..10], [], "首批十所");
        var eleven = await DesignateAsync("SMART-TAX", codes[10..], [], "增补一所");

        Assert.False(ten.GetProperty("aboveGuidance").GetBoolean());
        Assert.True(eleven.GetProperty("aboveGuidance").GetBoolean());
        Assert.Equal(11, eleven.GetProperty("points").GetArrayLength());
    }

    [Fact]
    public async Task RefuseDesignationToEveryRoleButNationalMonitoring_NAT_MON_1()
    {
        await silo.CollegeAsync("MRA");
        const string document = """mutation { designateMonitoringPoints(input: { certificateCode: "WEB-FE", add: ["MRA"], reason: "x" }) { errors { code } } }""";
        foreach (var user in new[] { NationalViewsSilo.Officer("MRA"), NationalViewsSilo.Province("22"), NationalViewsSilo.User(null, null, Roles.IntegrationClient) })
        {
            var answer = await silo.ExecuteAsync(document, user);
            Assert.Equal("AUTH_NOT_AUTHORIZED", answer.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }

        CommandResult<MonitoringPointSet> direct;
        using (CallScope.ForTenant(TenantId.From("MRA"), "officer@MRA", roles: [Roles.CollegeAdministrator]))
        {
            direct = await silo.Grains.GetGrain<IMonitoringPointsGrain>("WEB-FE").DesignateAsync(new DesignateMonitoringPoints(["MRA"], [], "自荐"));
        }

        Assert.Equal((ErrorKind.Refusal, "NAT-MON-1"), (direct.Error!.Kind, direct.Error.RuleIds[0]));
        Assert.Empty((await silo.Grains.GetGrain<IMonitoringPointsGrain>("WEB-FE").GetAsync()).Points);
    }

    private async Task<JsonElement> DesignateAsync(string certificate, string[] add, string[] remove, string reason) =>
        (await silo.RunAsync($"mutation($input: DesignateMonitoringPointsInput!) {{ designateMonitoringPoints(input: $input) {{ {Payload} }} }}", NationalViewsSilo.National(),
            new { input = new { certificateCode = certificate, add, remove, reason } })).GetProperty("designateMonitoringPoints");

    private async Task<string[]> PointsAsync(ClaimsPrincipal user, string where = "") =>
        Codes((await silo.RunAsync($$"""{ monitoringPoints(where: { {{where}}certificateCode: "SENSOR-NET" }) { items { collegeCode } } }""", user)).GetProperty("monitoringPoints").GetProperty("items"));

    private static string[] Codes(JsonElement list) => list.EnumerateArray().Select(p => p.GetProperty("collegeCode").GetString()!).ToArray();

    private static (int, string?, string?)[] Changes(JsonElement list) =>
        list.EnumerateArray().Select(c => (c.GetProperty("sequence").GetInt32(), c.GetProperty("collegeCode").GetString(), c.GetProperty("action").GetString())).ToArray();
}
