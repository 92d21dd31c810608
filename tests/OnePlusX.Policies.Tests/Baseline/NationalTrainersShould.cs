using OnePlusX.Policies.Baseline;

namespace OnePlusX.Policies.Tests.Baseline;

/// <summary>An organisation's trainer team (NAT-TRN-1) and teachers' training workload (NAT-TRN-2).</summary>
public sealed class NationalTrainersShould
{
    [Fact]
    public void AllowATrainerTeamWithExactlyFortyPercentIndustryExperts_NAT_TRN_1()
    {
        var decision = Expect.Allowed(NationalRules.CheckTrainerRoster(Roster(industry: 2, others: 3)), "NAT-TRN-1");

        Assert.Equal(["NAT-TRN-1"], decision.RuleIds);
        Assert.Equal("行业企业专家占40.0%，不少于40%（NAT-TRN-1）", decision.Explanation.Chinese);
        Assert.Equal("40.0% industry experts, at least 40% (NAT-TRN-1)", decision.Explanation.English);
    }

    [Fact]
    public void RefuseATrainerTeamJustBelowFortyPercentIndustryExperts_NAT_TRN_1()
    {
        var decision = Expect.Refused(NationalRules.CheckTrainerRoster(Roster(industry: 39, others: 61)), "NAT-TRN-1");

        Assert.Equal("行业企业专家仅占39.0%，少于40%（NAT-TRN-1）", decision.Explanation.Chinese);
        Assert.Equal("Only 39.0% industry experts, fewer than 40% (NAT-TRN-1)", decision.Explanation.English);
    }

    [Fact]
    public void RefuseOneIndustryExpertInThreeAndAllowEveryTrainerFromIndustry_NAT_TRN_1()
    {
        var third = Expect.Refused(NationalRules.CheckTrainerRoster(Roster(industry: 1, others: 2)), "NAT-TRN-1");
        Expect.Allowed(NationalRules.CheckTrainerRoster(Roster(industry: 3, others: 0)), "NAT-TRN-1");
        Expect.Refused(NationalRules.CheckTrainerRoster(Roster(industry: 0, others: 4)), "NAT-TRN-1");

        Assert.Contains("33.3%", third.Explanation.Chinese);
    }

    [Fact]
    public void TreatAnEmptyOrMissingRosterAsInvalid_NAT_TRN_1()
    {
        Expect.Invalid(NationalRules.CheckTrainerRoster([]), "roster");
        Expect.Invalid(NationalRules.CheckTrainerRoster(null!), "roster");
    }

    [Fact]
    public void CountTrainingHoursAsTeachingWorkloadOneForOneByDefault_NAT_TRN_2()
    {
        var table = Expect.Ok(Plugins.National.ComputeTrainingFees(Facts.TrainingFees(Facts.Teaching("王老师", 30, ("2025-06-02", 4m), ("2025-06-03", 4m))), Plugins.Defaults));

        var line = Assert.Single(table.Lines);
        Assert.Equal((8m, 100m, 800m, 8m), (line.Quantity, line.Rate, line.Amount, line.WorkloadHours));
        Assert.Equal(["NAT-TRN-2"], line.RuleIds);
        Assert.Equal(["NAT-TRN-2"], table.RuleIds);
        Assert.Equal(800m, table.Total);
    }

    [Theory]
    [MemberData(nameof(Plugins.Codes), MemberType = typeof(Plugins))]
    public void ConvertTrainingHoursAtTheTenantsRatioOnEveryTeachingLine_NAT_TRN_2(string code)
    {
        var schedule = Facts.Schedule((NationalParameters.WorkloadRatio, "2025-01-01", "1.25"));
        var fees = Facts.TrainingFees(
            Facts.Teaching("王老师", 30, ("2025-06-02", 4m), ("2025-06-03", 3.5m)),
            Facts.Teaching("李老师", 30, ("2025-06-04", 2m)));

        var table = Expect.Ok(Plugins.ByCode(code).ComputeTrainingFees(fees, schedule));

        // 7.5 h × 1.25 = 9.375 → 9.38 (half away from zero); 2 h × 1.25 = 2.5.
        Assert.Equal([9.38m, 2.5m], table.Lines.Select(l => l.WorkloadHours));
        Assert.Contains(table.Parameters, p => p is { Key: NationalParameters.WorkloadRatio, Value: "1.25", SetByTenant: true });
    }

    [Fact]
    public void KeepTheOldRatioTheDayBeforeTheNewOneTakesEffect_NAT_TRN_2()
    {
        var schedule = Facts.Schedule((NationalParameters.WorkloadRatio, "2025-07-01", "2"));
        var teaching = Facts.Teaching("王老师", 30, ("2025-06-02", 6m));

        var before = Expect.Ok(Plugins.National.ComputeTrainingFees(new TrainingFeeFacts(Facts.Day("2025-06-30"), [teaching]), schedule));
        var after = Expect.Ok(Plugins.National.ComputeTrainingFees(new TrainingFeeFacts(Facts.Day("2025-07-01"), [teaching]), schedule));

        Assert.Equal(6m, before.Lines.Single().WorkloadHours);
        Assert.Equal(12m, after.Lines.Single().WorkloadHours);
    }

    private static List<Trainer> Roster(int industry, int others) =>
        [.. Enumerable.Range(1, industry).Select(i => new Trainer($"企业专家{i}", true)), .. Enumerable.Range(1, others).Select(i => new Trainer($"院校教师{i}", false))];
}
