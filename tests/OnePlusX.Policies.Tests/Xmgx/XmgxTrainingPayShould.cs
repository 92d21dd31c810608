using OnePlusX.Policies.Xmgx;

namespace OnePlusX.Policies.Tests.Xmgx;

/// <summary>XMGX teacher training pay: 120 yuan per class hour, or 720 yuan per day of 6 hours (XM-PAY-1).</summary>
public sealed class XmgxTrainingPayShould
{
    private static readonly ParameterSchedule EveryHour = Facts.Schedule((XmgxPolicy.LongDay, "2019-01-01", XmgxPolicy.PayEveryHour));

    [Theory]
    [InlineData(5, 600, null)]
    [InlineData(6, 720, "1天按720.00元/天计")]
    [InlineData(8, 720, "1天按720.00元/天计")]
    public void CapADayAboveSixHoursAtTheDayRateByDefault_XM_PAY_1(int hours, int amount, string? remarks)
    {
        var table = Fees(Plugins.Defaults, Facts.Teaching("王老师", 40, ("2025-06-02", hours)));

        var line = Assert.Single(table.Lines);
        Assert.Equal((decimal)amount, line.Amount);
        Assert.Equal((decimal)hours, line.Quantity);
        Assert.Equal(120m, line.Rate);
        Assert.Equal(remarks, line.Remarks);
        Assert.Equal(["XM-PAY-1"], line.RuleIds);
        Assert.Equal((decimal)amount, table.Total);
        Assert.Contains(table.Parameters, p => p is { Key: XmgxPolicy.LongDay, Value: XmgxPolicy.CapAtDailyRate, SetByTenant: false });
    }

    [Theory]
    [InlineData(5, 600, null)]
    [InlineData(6, 720, "1天按720.00元/天计")]
    [InlineData(8, 960, null)]
    public void PayEveryHourOfALongDayWhenTheTenantSwitchesToIt_XM_PAY_1(int hours, int amount, string? remarks)
    {
        var table = Fees(EveryHour, Facts.Teaching("王老师", 40, ("2025-06-02", hours)));

        var line = Assert.Single(table.Lines);
        Assert.Equal((decimal)amount, line.Amount);
        Assert.Equal((decimal)hours, line.Quantity);
        Assert.Equal(remarks, line.Remarks);
        Assert.Equal((decimal)amount, table.Total);
        Assert.Contains(table.Parameters, p => p is { Key: XmgxPolicy.LongDay, Value: XmgxPolicy.PayEveryHour, SetByTenant: true });
    }

    [Fact]
    public void PriceEachTeachingDayOnItsOwn_XM_PAY_1()
    {
        var assignment = Facts.Teaching("王老师", 40, ("2025-06-02", 5), ("2025-06-03", 6), ("2025-06-04", 8)) with { Remarks = "周末授课" };

        var capped = Assert.Single(Fees(Plugins.Defaults, assignment).Lines);
        var everyHour = Assert.Single(Fees(EveryHour, assignment).Lines);

        // 600 + 720 + 720 under the cap; 600 + 720 + 960 paying every hour.
        Assert.Equal((2040m, 19m, 19m, "2天按720.00元/天计；周末授课"), (capped.Amount, capped.Quantity, capped.WorkloadHours, capped.Remarks));
        Assert.Equal((2280m, 19m, "1天按720.00元/天计；周末授课"), (everyHour.Amount, everyHour.Quantity, everyHour.Remarks));
    }

    [Fact]
    public void AddUpTheHoursOfOneDateBeforeApplyingTheDayRate_XM_PAY_1()
    {
        var sameDay = Facts.Teaching("王老师", 40, ("2025-06-02", 4), ("2025-06-02", 4));
        var twoDays = Facts.Teaching("王老师", 40, ("2025-06-02", 4), ("2025-06-03", 4));

        // One 8-hour day is capped at 720; two 4-hour days are 8 × 120.
        Assert.Equal(720m, Fees(Plugins.Defaults, sameDay).Total);
        Assert.Equal(960m, Fees(Plugins.Defaults, twoDays).Total);
        Assert.Equal(960m, Fees(EveryHour, sameDay).Total);
    }

    [Fact]
    public void PayEveryHourOnlyInTablesComputedFromTheDayTheTenantSwitched_XM_PAY_1()
    {
        var schedule = Facts.Schedule((XmgxPolicy.LongDay, "2025-07-01", XmgxPolicy.PayEveryHour));

        var before = Expect.Ok(Plugins.Xmgx.ComputeTrainingFees(
            new TrainingFeeFacts(Facts.Day("2025-06-30"), [Facts.Teaching("王老师", 40, ("2025-06-30", 8))]), schedule));
        var after = Expect.Ok(Plugins.Xmgx.ComputeTrainingFees(
            new TrainingFeeFacts(Facts.Day("2025-07-01"), [Facts.Teaching("王老师", 40, ("2025-07-01", 8))]), schedule));

        Assert.Equal(720m, before.Total);
        Assert.Equal(960m, after.Total);
        Assert.Contains(before.Parameters, p => p is { Key: XmgxPolicy.LongDay, Value: XmgxPolicy.CapAtDailyRate, SetByTenant: false });
        Assert.Contains(after.Parameters, p => p.Key == XmgxPolicy.LongDay && p.Value == XmgxPolicy.PayEveryHour && p.SetByTenant && p.EffectiveFrom == Facts.Day("2025-07-01"));
    }

    [Fact]
    public void PayEachTeacherOnTheirOwnLineAndCiteTheRule_XM_PAY_1()
    {
        var table = Fees(Plugins.Defaults, Facts.Teaching("王老师", 40, ("2025-06-02", 8)), Facts.Teaching("李老师", 40, ("2025-06-02", 3)));

        Assert.Equal([("王老师", 720m), ("李老师", 360m)], table.Lines.Select(l => (l.Name, l.Amount)));
        Assert.Equal([1, 2], table.Lines.Select(l => l.Number));
        Assert.Equal(1080m, table.Total);
        Assert.Equal("壹仟零捌拾元整", table.TotalInWords);
        Assert.Equal(["XM-PAY-1", "XM-FIN-1"], table.RuleIds);
        Assert.Equal("合计1080.00元（壹仟零捌拾元整）（XM-PAY-1、XM-FIN-1）", table.Explanation.Chinese);
    }

    private static FeeTable Fees(ParameterSchedule schedule, params TeachingAssignment[] assignments) =>
        Expect.Ok(Plugins.Xmgx.ComputeTrainingFees(Facts.TrainingFees(assignments), schedule));
}
