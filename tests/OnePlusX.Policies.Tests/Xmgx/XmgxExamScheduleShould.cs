namespace OnePlusX.Policies.Tests.Xmgx;

/// <summary>XMGX's appraisal station keeps one exam calendar: no two exams claim a venue at once (XM-SCH-1).</summary>
public sealed class XmgxExamScheduleShould
{
    [Fact]
    public void RefuseTwoSittingsClaimingOneRoomAtOverlappingTimes_XM_SCH_1()
    {
        var decision = Expect.Refused(Check([Facts.Sitting("A101", "2025-06-01 09:00", 120), Facts.Sitting("A101", "2025-06-01 10:30", 120)]), "XM-SCH-1");

        Assert.Equal(["XM-SCH-1"], decision.RuleIds);
        Assert.Equal("考场时间冲突：A101 06-01 09:00–11:00 × 本场考核第2场（XM-SCH-1）", decision.Explanation.Chinese);
    }

    [Theory]
    [InlineData("2025-06-01 11:00", true)]
    [InlineData("2025-06-01 10:59", false)]
    public void AllowASittingThatStartsWhenTheLastOneInTheRoomEnds_XM_SCH_1(string secondStart, bool allowed)
    {
        var result = Check([Facts.Sitting("A101", "2025-06-01 09:00", 120), Facts.Sitting("A101", secondStart, 120)]);

        if (allowed)
        {
            Assert.Equal("考场时间无冲突（XM-SCH-1）", Expect.Allowed(result, "XM-SCH-1").Explanation.Chinese);
        }
        else
        {
            Expect.Refused(result, "XM-SCH-1");
        }
    }

    [Fact]
    public void AllowOverlappingSittingsInDifferentRooms_XM_SCH_1()
    {
        Expect.Allowed(Check([Facts.Sitting("A101", "2025-06-01 09:00", 120), Facts.Sitting("A102", "2025-06-01 09:00", 120)]), "XM-SCH-1");
    }

    [Fact]
    public void TreatOneRoomWrittenInAnotherCaseOrWithSpacesAsTheSameRoom_XM_SCH_1()
    {
        Expect.Refused(Check([Facts.Sitting("A101", "2025-06-01 09:00", 120), Facts.Sitting(" a101 ", "2025-06-01 10:00", 120)]), "XM-SCH-1");
    }

    [Theory]
    [InlineData("2025-06-01 10:00", false)]
    [InlineData("2025-06-01 11:00", true)]
    [InlineData("2025-06-01 07:00", true)]
    public void RefuseASittingThatClashesWithAnotherExamsBooking_XM_SCH_1(string otherStart, bool allowed)
    {
        var other = new VenueBooking("电子商务数据分析", "A101", Facts.At(otherStart), Facts.At(otherStart).AddHours(2));

        var result = Check([Facts.Sitting("A101", "2025-06-01 09:00", 120)], [other]);

        if (allowed)
        {
            Expect.Allowed(result, "XM-SCH-1");
        }
        else
        {
            var decision = Expect.Refused(result, "XM-SCH-1");
            Assert.Equal("考场时间冲突：A101 06-01 09:00–11:00 × 电子商务数据分析（XM-SCH-1）", decision.Explanation.Chinese);
            Assert.Equal("Venue claimed twice at once: A101 06-01 09:00–11:00 × 电子商务数据分析 (XM-SCH-1)", decision.Explanation.English);
        }
    }

    [Fact]
    public void AllowAnotherExamsBookingOfAnotherRoomAtTheSameTime_XM_SCH_1()
    {
        var other = new VenueBooking("电子商务数据分析", "B201", Facts.At("2025-06-01 09:00"), Facts.At("2025-06-01 11:00"));

        Expect.Allowed(Check([Facts.Sitting("A101", "2025-06-01 09:00", 120)], [other]), "XM-SCH-1");
    }

    private static OnePlusX.Outcomes.CommandResult<PolicyDecision> Check(IReadOnlyList<ExamSitting> sittings, IReadOnlyList<VenueBooking>? others = null) =>
        Plugins.Xmgx.CheckExamPlan(Facts.ExamPlan(sittings, [Facts.Invigilator("王芳", sittings[0])], others: others), Plugins.Defaults);
}
