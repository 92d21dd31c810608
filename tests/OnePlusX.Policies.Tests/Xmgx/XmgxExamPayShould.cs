namespace OnePlusX.Policies.Tests.Xmgx;

/// <summary>
/// XMGX exam duty pay per person and China day (XM-PAY-2): 150 yuan a session under 3 hours, 200 a session of
/// 3 hours or more, 500 for a day of 3 or more sessions.
/// </summary>
public sealed class XmgxExamPayShould
{
    [Theory]
    [InlineData(179, 150, "考务 2025-06-01（不足3小时）")]
    [InlineData(180, 200, "考务 2025-06-01（3小时及以上）")]
    public void PayASessionUnderThreeHours150AndFromThreeHours200_XM_PAY_2(int minutes, int rate, string description)
    {
        var table = Fees(Facts.Invigilator("王芳", Facts.Sitting("A101", "2025-06-01 09:00", minutes)));

        var line = Assert.Single(table.Lines);
        Assert.Equal(("王芳", CostType.ExamDutyFee, description), (line.Name, line.Type, line.Description));
        Assert.Equal((1m, "场", (decimal)rate, (decimal)rate), (line.Quantity, line.Unit, line.Rate, line.Amount));
        Assert.Equal(["XM-PAY-2"], line.RuleIds);
        Assert.Equal((decimal)rate, table.Total);
    }

    [Theory]
    [InlineData(2, 300)]
    [InlineData(3, 500)]
    [InlineData(4, 500)]
    public void PayTheWholeDay500FromTheThirdSessionOnOneDay_XM_PAY_2(int sessions, int total)
    {
        var sittings = Enumerable.Range(0, sessions).Select(i => Facts.Sitting("A101", $"2025-06-01 {8 + 2 * i:00}:00", 120)).ToArray();

        var table = Fees(Facts.Invigilator("王芳", sittings));

        var line = Assert.Single(table.Lines);
        Assert.Equal((decimal)total, table.Total);
        if (sessions < 3)
        {
            Assert.Equal(("考务 2025-06-01（不足3小时）", (decimal)sessions, "场", 150m), (line.Description, line.Quantity, line.Unit, line.Rate));
        }
        else
        {
            Assert.Equal(($"考务 2025-06-01（当天{sessions}场）", 1m, "天", 500m), (line.Description, line.Quantity, line.Unit, line.Rate));
        }
    }

    [Fact]
    public void PayThreeLongSessionsOnOneDay500NotSixHundred_XM_PAY_2()
    {
        var table = Fees(Facts.Invigilator("王芳",
            Facts.Sitting("A101", "2025-06-01 07:00", 180), Facts.Sitting("A101", "2025-06-01 11:00", 180), Facts.Sitting("A101", "2025-06-01 15:00", 180)));

        Assert.Equal(500m, Assert.Single(table.Lines).Amount);
    }

    [Fact]
    public void PayMixedShortAndLongSessionsOnOneDayEachAtItsRate_XM_PAY_2()
    {
        var table = Fees(Facts.Invigilator("王芳", Facts.Sitting("A101", "2025-06-01 14:00", 180), Facts.Sitting("A101", "2025-06-01 09:00", 179)));

        Assert.Equal(
            [("考务 2025-06-01（不足3小时）", 1m, 150m), ("考务 2025-06-01（3小时及以上）", 1m, 200m)],
            table.Lines.Select(l => (l.Description, l.Quantity, l.Amount)));
        Assert.Equal(350m, table.Total);
    }

    [Fact]
    public void PayEachDayOnItsOwn_XM_PAY_2()
    {
        var table = Fees(Facts.Invigilator("王芳",
            Facts.Sitting("A101", "2025-06-02 09:00", 180),
            Facts.Sitting("A101", "2025-06-01 08:00", 120),
            Facts.Sitting("A101", "2025-06-01 10:30", 120),
            Facts.Sitting("A101", "2025-06-01 14:00", 120)));

        // Day one has three sessions (500), day two one long session (200): not four sessions paid 500.
        Assert.Equal([("考务 2025-06-01（当天3场）", 500m), ("考务 2025-06-02（3小时及以上）", 200m)], table.Lines.Select(l => (l.Description, l.Amount)));
        Assert.Equal(700m, table.Total);
    }

    [Fact]
    public void CountSessionsByTheBeijingDayWhateverTheOffsetTheyAreGivenIn_XM_PAY_2()
    {
        // 07:00 Beijing on 2 June is 23:00 UTC on 1 June: still the same exam day as the two later sessions.
        var utc = new[] { "2025-06-02 07:00", "2025-06-02 10:00", "2025-06-02 14:00" }
            .Select(t => Facts.Sitting("A101", t, 120))
            .Select(s => s with { Start = s.Start.ToUniversalTime(), End = s.End.ToUniversalTime() })
            .ToArray();

        var line = Assert.Single(Fees(Facts.Invigilator("王芳", utc)).Lines);

        Assert.Equal(("考务 2025-06-02（当天3场）", 500m), (line.Description, line.Amount));
    }

    [Fact]
    public void CountASessionListedTwiceOnce_XM_PAY_2()
    {
        var morning = Facts.Sitting("A101", "2025-06-01 09:00", 120);
        var afternoon = Facts.Sitting("A101", "2025-06-01 14:00", 120);

        var table = Fees(Facts.Invigilator("王芳", morning, afternoon, morning with { Room = " A101 " }));

        var line = Assert.Single(table.Lines);
        Assert.Equal((2m, 300m), (line.Quantity, line.Amount));
    }

    [Fact]
    public void CountASessionListedTwiceOnceWhateverTheCaseOfItsRoom_XM_PAY_2()
    {
        // The venue check treats "a101" and "A101" as one room (XM-SCH-1); pay must see one sitting too.
        var morning = Facts.Sitting("A101", "2025-06-01 09:00", 120);

        var table = Fees(Facts.Invigilator("王芳", morning, Facts.Sitting("A101", "2025-06-01 14:00", 120), morning with { Room = "a101" }));

        var line = Assert.Single(table.Lines);
        Assert.Equal((2m, 300m), (line.Quantity, line.Amount));
    }

    [Fact]
    public void PayStaffBySessionLikeInvigilatorsAndEachPersonApart_XM_PAY_2()
    {
        var table = Fees(
            Facts.Invigilator("王芳", Facts.Sitting("A101", "2025-06-01 09:00", 120), Facts.Sitting("A101", "2025-06-01 14:00", 120)),
            Facts.Staff("李强", Facts.Sitting("A101", "2025-06-01 09:00", 120), Facts.Sitting("A102", "2025-06-01 14:00", 180)));

        // Four sessions on the day between two people: each is paid for their own, nobody for a busy day.
        Assert.Equal([("王芳", 300m), ("李强", 150m), ("李强", 200m)], table.Lines.Select(l => (l.Name, l.Amount)));
        Assert.All(table.Lines, l => Assert.Equal(CostType.ExamDutyFee, l.Type));
        Assert.Equal(650m, table.Total);
        Assert.Equal("陆佰伍拾元整", table.TotalInWords);
        Assert.Equal(["XM-PAY-2", "XM-FIN-1", "NAT-FEE-1"], table.RuleIds);
    }

    [Fact]
    public void RefuseAnInvigilatorWithoutSittings_XM_PAY_2()
    {
        var error = Expect.Invalid(Plugins.Xmgx.ComputeExamFees(Facts.ExamFees([Facts.Invigilator("王芳")]), Plugins.Defaults), "workers[0].sittings");

        Assert.Contains("XM-PAY-2", error.Message);
    }

    [Fact]
    public void RefuseExamStaffWithoutSittings_XM_PAY_2()
    {
        var withSittings = Facts.Staff("李强", Facts.Sitting("A101", "2025-06-01 09:00", 120));
        var without = Facts.Staff("赵敏");

        Expect.Ok(Plugins.Xmgx.ComputeExamFees(Facts.ExamFees([withSittings]), Plugins.Defaults));
        var error = Expect.Invalid(Plugins.Xmgx.ComputeExamFees(Facts.ExamFees([withSittings, without]), Plugins.Defaults), "workers[1].sittings");
        Assert.Contains("XM-PAY-2", error.Message);
    }

    private static FeeTable Fees(params ExamWorker[] workers) =>
        Expect.Ok(Plugins.Xmgx.ComputeExamFees(Facts.ExamFees(workers), Plugins.Defaults));
}
