using System.Text.Json;
using OnePlusX.CertificateProjects;
using OnePlusX.CostCaps;
using OnePlusX.Outcomes;
using OnePlusX.Security;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.Tests.CostCaps;

/// <summary>
/// The national cost-cap table (NAT-COST-1) through GraphQL against a real silo: national monitoring keeps it, an
/// agreed fee above the cap in force on the day it is entered is refused, a later cap takes over from its day.
/// Expected figures are worked out by hand in each test.
/// </summary>
[Collection(NationalViewsCollection.Name)]
public sealed class CostCapsShould(NationalViewsSilo silo)
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Fact]
    public async Task RefuseAnAgreedFeeAboveTheCapAndAllowOneAtOrBelowIt_NAT_COST_1()
    {
        var tenant = await silo.CollegeAsync("CCAP1");
        var project = await silo.ApprovedProjectAsync(tenant, "ELDER-CARE", CertificateLevel.Intermediate);
        var set = await silo.SetCapAsync("ELDER-CARE", "INTERMEDIATE", "2020-01-01", 300m);

        // 100 + 150 + 60 = 310 > 300; 100 + 150 + 50 = 300 = the cap; 100 + 149 + 50 = 299 < 300.
        var above = await silo.SetPriceAsync("CCAP1", project, 100m, 150m, 60m);
        var at = await silo.SetPriceAsync("CCAP1", project, 100m, 150m, 50m);
        var below = await silo.SetPriceAsync("CCAP1", project, 100m, 149m, 50m);

        Assert.Equal(0, set.GetProperty("errors").GetArrayLength());
        var refusal = Assert.Single(above.GetProperty("errors").EnumerateArray());
        Assert.Equal(("RefusalError", "NAT-COST-1"), (refusal.GetProperty("__typename").GetString(), refusal.GetProperty("ruleIds")[0].GetString()));
        Assert.Contains("310", refusal.GetProperty("explanation").GetProperty("english").GetString());
        Assert.Contains("300", refusal.GetProperty("explanation").GetProperty("chinese").GetString());
        Assert.Contains("示例值", refusal.GetProperty("explanation").GetProperty("chinese").GetString());
        Assert.Equal(JsonValueKind.Null, above.GetProperty("project").ValueKind);
        Assert.Equal(0, at.GetProperty("errors").GetArrayLength());
        Assert.Equal(300m, at.GetProperty("project").GetProperty("examPrice").GetProperty("total").GetDecimal());
        Assert.Equal(299m, below.GetProperty("project").GetProperty("examPrice").GetProperty("total").GetDecimal());
    }

    [Fact]
    public async Task TakeTheLaterCapFromItsEffectiveDay_NAT_COST_1()
    {
        var future = Today.AddDays(30).ToString("yyyy-MM-dd");
        await silo.SetCapAsync("FIN-SHARED", "ELEMENTARY", "2024-01-01", 500m);
        await silo.SetCapAsync("FIN-SHARED", "ELEMENTARY", "2025-07-01", 300m);
        var last = await silo.SetCapAsync("FIN-SHARED", "ELEMENTARY", future, 200m, sample: false);
        var tenant = await silo.CollegeAsync("CCAP2");
        var project = await silo.ApprovedProjectAsync(tenant, "FIN-SHARED", CertificateLevel.Elementary);
        var table = silo.Grains.GetGrain<ICostCapGrain>("FIN-SHARED");

        // In force: nothing before 2024-01-01; 500 until 2025-06-30; 300 from 2025-07-01 (today); 200 from the future day.
        Assert.Null(await table.InForceAsync(CertificateLevel.Elementary, new DateOnly(2023, 12, 31)));
        Assert.Equal(500m, (await table.InForceAsync(CertificateLevel.Elementary, new DateOnly(2025, 6, 30)))!.Cap);
        Assert.Equal(300m, (await table.InForceAsync(CertificateLevel.Elementary, new DateOnly(2025, 7, 1)))!.Cap);
        Assert.Equal(300m, (await table.InForceAsync(CertificateLevel.Elementary, Today))!.Cap);
        Assert.Equal(200m, (await table.InForceAsync(CertificateLevel.Elementary, Today.AddDays(30)))!.Cap);
        Assert.Null(await table.InForceAsync(CertificateLevel.Intermediate, Today));
        Assert.Equal([(1, "2024-01-01", 500m), (1, "2025-07-01", 300m), (1, future, 200m)],
            last.GetProperty("table").EnumerateArray().Select(e => (e.GetProperty("level").GetString() == "ELEMENTARY" ? 1 : 0, e.GetProperty("effectiveFrom").GetString(), e.GetProperty("cap").GetDecimal())).ToArray());

        // 400 is within the first cap but above the one in force today (300).
        var refused = await silo.SetPriceAsync("CCAP2", project, 0m, 400m, 0m);
        Assert.Equal("NAT-COST-1", refused.GetProperty("errors")[0].GetProperty("ruleIds")[0].GetString());
        Assert.Equal(0, (await silo.SetPriceAsync("CCAP2", project, 0m, 300m, 0m)).GetProperty("errors").GetArrayLength());

        var inForce = (await silo.RunAsync(
            $$"""{ costCaps(where: { certificateCode: "FIN-SHARED", inForceOn: "{{Today:yyyy-MM-dd}}" }) { totalCount items { cap sample effectiveFrom setBy } } }""",
            NationalViewsSilo.Province("22"))).GetProperty("costCaps");
        var all = (await silo.RunAsync("""{ costCaps(where: { certificateCode: "FIN-SHARED" }, order: EFFECTIVE_DESCENDING) { items { cap sample } } }""", NationalViewsSilo.Officer("CCAP2")))
            .GetProperty("costCaps").GetProperty("items");
        var current = Assert.Single(inForce.GetProperty("items").EnumerateArray());
        Assert.Equal((300m, true, "2025-07-01", "NationalMonitor@nation"), (current.GetProperty("cap").GetDecimal(), current.GetProperty("sample").GetBoolean(),
            current.GetProperty("effectiveFrom").GetString(), current.GetProperty("setBy").GetString()));
        Assert.Equal([(200m, false), (300m, true), (500m, true)], all.EnumerateArray().Select(e => (e.GetProperty("cap").GetDecimal(), e.GetProperty("sample").GetBoolean())).ToArray());
    }

    [Fact]
    public async Task ReplaceAnEntryForTheSameLevelAndDay_NAT_COST_1()
    {
        await silo.SetCapAsync("BIZ-FIN-IT", "ADVANCED", "2025-01-01", 800m);
        var replaced = await silo.SetCapAsync("BIZ-FIN-IT", "ADVANCED", "2025-01-01", 750.5m, sample: false);

        var entry = Assert.Single(replaced.GetProperty("table").EnumerateArray());
        Assert.Equal(750.5m, entry.GetProperty("cap").GetDecimal());
        Assert.False(replaced.GetProperty("costCap").GetProperty("sample").GetBoolean());
    }

    [Fact]
    public async Task NameTheFieldOfABadCap_NAT_COST_1()
    {
        var unknown = await silo.SetCapAsync("NO-SUCH-CERT", "ELEMENTARY", "2025-01-01", 100m);
        var malformed = await silo.SetCapAsync("bad code!", "ELEMENTARY", "2025-01-01", 100m);
        var zero = await silo.SetCapAsync("SMART-TAX", "ELEMENTARY", "2025-01-01", 0m);
        var negative = await silo.SetCapAsync("SMART-TAX", "ELEMENTARY", "2025-01-01", -5m);
        var fractional = await silo.SetCapAsync("SMART-TAX", "ELEMENTARY", "2025-01-01", 10.001m);
        var early = await silo.SetCapAsync("SMART-TAX", "ELEMENTARY", "2018-12-31", 100m);
        CommandResult<CostCapTable> level;
        using (CallScope.System("test: a level the catalogue does not have"))
        {
            level = await silo.Grains.GetGrain<ICostCapGrain>("SMART-TAX").SetAsync(new SetCostCap((CertificateLevel)7, new DateOnly(2025, 1, 1), 100m, true));
        }

        Assert.Equal(
            ["certificateCode", "certificateCode", "cap", "cap", "cap", "effectiveFrom"],
            new[] { unknown, malformed, zero, negative, fractional, early }.Select(p => p.GetProperty("errors")[0].GetProperty("field").GetString()!).ToArray());
        Assert.Equal(("level", ErrorKind.Validation), (level.Error!.Field, level.Error.Kind));
        Assert.Empty((await silo.Grains.GetGrain<ICostCapGrain>("SMART-TAX").GetAsync()).Caps);
    }

    [Fact]
    public async Task RefuseTheTableToEveryRoleButNationalMonitoring_NAT_COST_1()
    {
        const string document = """mutation { setCostCap(input: { certificateCode: "ONLINE-SHOP", level: ELEMENTARY, effectiveFrom: "2025-01-01", cap: 1, sample: true }) { errors { code } } }""";
        foreach (var user in new[] { NationalViewsSilo.Officer("CCAP3"), NationalViewsSilo.Province("22"), NationalViewsSilo.User(null, null, Roles.IntegrationClient), NationalViewsSilo.User(null, null, Roles.SystemAdministrator) })
        {
            var answer = await silo.ExecuteAsync(document, user);
            Assert.Equal("AUTH_NOT_AUTHORIZED", answer.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }

        // Behind the gateway the grain guards itself: a college's call scope may not write the national table.
        CommandResult<CostCapTable> direct;
        using (CallScope.ForTenant(TenantId.From("CCAP3"), "officer@CCAP3", roles: [Roles.CollegeAdministrator]))
        {
            direct = await silo.Grains.GetGrain<ICostCapGrain>("ONLINE-SHOP").SetAsync(new SetCostCap(CertificateLevel.Elementary, new DateOnly(2025, 1, 1), 1m, true));
        }

        Assert.Equal((ErrorKind.Refusal, "NAT-COST-1"), (direct.Error!.Kind, direct.Error.RuleIds[0]));
        Assert.Empty((await silo.Grains.GetGrain<ICostCapGrain>("ONLINE-SHOP").GetAsync()).Caps);
    }
}
