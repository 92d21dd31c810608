using System.Security.Claims;
using System.Text.Json;
using OnePlusX.CertificateProjects;

namespace OnePlusX.Silo.Tests.CostCaps;

/// <summary>
/// The view of projects over their cost cap (NAT-COST-1), per college and per province, within each caller's scope.
/// Three colleges run LOGISTICS level 3: CVA (Jilin) agreed 350, CVB (Jilin) agreed 300 and planned an exam costing
/// 3400 for 10 candidates (340 each), CVC (Hubei) agreed 400; a cap of 320 then takes effect (as a cap published
/// after the fees were agreed would). By hand: CVC over by 80 (its fee), CVA by 30 (its fee), CVB by 20 (its exam).
/// </summary>
[Collection(NationalViewsCollection.Name)]
public sealed class OverCostCapViewShould(NationalViewsSilo silo) : IAsyncLifetime
{
    private const string Certificate = "LOGISTICS";

    private const string Rows = "totalCount items { collegeCode collegeName projectKey certificateCode level year agreedFee examCostPerCandidate agreedFeeOver examCostOver overBy province { code } college { code } cap { cap sample effectiveFrom } }";

    public async Task InitializeAsync()
    {
        // Created once for the class: xunit makes an instance per test, the silo is shared.
        if ((await silo.Grains.GetGrain<OnePlusX.CostCaps.ICostCapGrain>(Certificate).GetAsync()).Caps.Count > 0)
        {
            return;
        }

        foreach (var (code, province, city, fee) in new[] { ("CVA", "22", "220100", 350m), ("CVB", "22", "220200", 300m), ("CVC", "42", "420300", 400m) })
        {
            var tenant = await silo.CollegeAsync(code, province, city);
            var project = await silo.ApprovedProjectAsync(tenant, Certificate, CertificateLevel.Advanced);
            Assert.Equal(0, (await silo.SetPriceAsync(code, project, 0m, fee, 0m)).GetProperty("errors").GetArrayLength());
            if (code == "CVB")
            {
                await silo.ExamWithFeesAsync(tenant, project, "CVB-101", headcount: 10, equipment: 3400m);
            }
        }

        Assert.Equal(0, (await silo.SetCapAsync(Certificate, "ADVANCED", "2025-01-01", 320m)).GetProperty("errors").GetArrayLength());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ListEveryProjectOverItsCapForNationalMonitoring_NAT_COST_1()
    {
        var view = await ViewAsync(NationalViewsSilo.National(), $$"""where: { certificateCode: "{{Certificate}}" }""");

        Assert.Equal(3, view.GetProperty("totalCount").GetInt32());
        Assert.Equal(
            [("CVC", "42", 400m, (decimal?)null, 80m, true, false), ("CVA", "22", 350m, null, 30m, true, false), ("CVB", "22", 300m, 340m, 20m, false, true)],
            Items(view).Select(i => (i.GetProperty("collegeCode").GetString(), i.GetProperty("province").GetProperty("code").GetString(), i.GetProperty("agreedFee").GetDecimal(),
                i.GetProperty("examCostPerCandidate").ValueKind == JsonValueKind.Null ? (decimal?)null : i.GetProperty("examCostPerCandidate").GetDecimal(),
                i.GetProperty("overBy").GetDecimal(), i.GetProperty("agreedFeeOver").GetBoolean(), i.GetProperty("examCostOver").GetBoolean())).ToArray());
        var first = Items(view)[0];
        Assert.Equal(("LOGISTICS-3-2026", "ADVANCED", 2026, "CVC"), (first.GetProperty("projectKey").GetString(), first.GetProperty("level").GetString(), first.GetProperty("year").GetInt32(),
            first.GetProperty("college").GetProperty("code").GetString()));
        Assert.Equal((320m, true, "2025-01-01"), (first.GetProperty("cap").GetProperty("cap").GetDecimal(), first.GetProperty("cap").GetProperty("sample").GetBoolean(),
            first.GetProperty("cap").GetProperty("effectiveFrom").GetString()));
    }

    [Fact]
    public async Task ListThemPerProvinceAndPerCollege_NAT_COST_1()
    {
        var jilin = await ViewAsync(NationalViewsSilo.National(), $$"""where: { certificateCode: "{{Certificate}}", provinceCode: "22" }, order: PROVINCE_AND_COLLEGE""");
        var hubei = await ViewAsync(NationalViewsSilo.National(), $$"""where: { certificateCode: "{{Certificate}}", provinceCode: "42" }""");
        var college = await ViewAsync(NationalViewsSilo.National(), $$"""where: { collegeCode: "CVB", year: 2026 }""");
        var otherYear = await ViewAsync(NationalViewsSilo.National(), $$"""where: { collegeCode: "CVB", year: 2025 }""");

        Assert.Equal(["CVA", "CVB"], Colleges(jilin));
        Assert.Equal(["CVC"], Colleges(hubei));
        Assert.Equal(["CVB"], Colleges(college));
        Assert.Empty(Colleges(otherYear));
    }

    [Fact]
    public async Task ShowACoordinatorOnlyItsProvinceAndACollegeOnlyItself_NAT_COST_1()
    {
        var jilin = await ViewAsync(NationalViewsSilo.Province("22"), $$"""where: { certificateCode: "{{Certificate}}" }""");
        var hubei = await ViewAsync(NationalViewsSilo.Province("42"), $$"""where: { certificateCode: "{{Certificate}}" }""");
        var jilinAskingForHubei = await ViewAsync(NationalViewsSilo.Province("22"), """where: { provinceCode: "42" }""");
        var jilinAskingForCvc = await ViewAsync(NationalViewsSilo.Province("22"), """where: { collegeCode: "CVC" }""");
        var cva = await ViewAsync(NationalViewsSilo.Officer("CVA"), "");
        var cvaAskingForCvb = await ViewAsync(NationalViewsSilo.Officer("CVA"), """where: { collegeCode: "CVB" }""");

        Assert.Equal(["CVA", "CVB"], Colleges(jilin));
        Assert.Equal(["CVC"], Colleges(hubei));
        Assert.Empty(Colleges(jilinAskingForHubei));
        Assert.Empty(Colleges(jilinAskingForCvc));
        Assert.Equal(["CVA"], Colleges(cva));
        Assert.Empty(Colleges(cvaAskingForCvb));
    }

    [Fact]
    public async Task JudgeAgainstTheCapInForceOnTheDayAsked_NAT_COST_1()
    {
        // Before 2025-01-01 no LOGISTICS cap was in force, so nothing was over it.
        var before = await ViewAsync(NationalViewsSilo.National(), $$"""where: { certificateCode: "{{Certificate}}" }, asOf: "2024-12-31" """);

        Assert.Equal(0, before.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task ShowTheExamsCostPerCandidateOnTheExam_NAT_COST_1()
    {
        var exam = (await silo.RunAsync("""{ project(key: "LOGISTICS-3-2026") { exams { items { code headcount costPerCandidate feeTable { total } } } } }""", NationalViewsSilo.Officer("CVB")))
            .GetProperty("project").GetProperty("exams").GetProperty("items")[0];

        Assert.Equal(("E1", 10, 340m, 3400m), (exam.GetProperty("code").GetString(), exam.GetProperty("headcount").GetInt32(),
            exam.GetProperty("costPerCandidate").GetDecimal(), exam.GetProperty("feeTable").GetProperty("total").GetDecimal()));
    }

    private async Task<JsonElement> ViewAsync(ClaimsPrincipal user, string arguments) =>
        (await silo.RunAsync($"{{ projectsOverCostCap{(arguments.Length == 0 ? "" : $"({arguments})")} {{ {Rows} }} }}", user)).GetProperty("projectsOverCostCap");

    private static List<JsonElement> Items(JsonElement view) => view.GetProperty("items").EnumerateArray().ToList();

    private static string[] Colleges(JsonElement view) => Items(view).Select(i => i.GetProperty("collegeCode").GetString()!).ToArray();
}
