using OnePlusX.Policies.Calendar;

namespace OnePlusX.Policies.Tests.Calendar;

/// <summary>
/// Checks the embedded official calendar against the State Council holiday notices for 2024, 2025 and 2026.
/// </summary>
public sealed class OfficialCalendarTests
{
    private static readonly WorkingDayCalendar Official = WorkingDayCalendar.Official;

    [Fact]
    public void OfficialCalendarCoversEveryYearFrom2004ThroughAtLeast2026()
    {
        Assert.Equal(2004, Official.FirstYear);
        Assert.True(Official.LastYear >= 2026, $"LastYear is {Official.LastYear}");
        for (var year = Official.FirstYear; year <= Official.LastYear; year++)
        {
            Assert.Contains(new DateOnly(year, 1, 1), Official.Holidays);
        }
    }

    [Fact]
    public void OfficialMakeUpWorkdaysAllFallOnWeekends()
    {
        Assert.NotEmpty(Official.MakeUpWorkdays);
        Assert.All(Official.MakeUpWorkdays, d => Assert.True(d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, $"{d}"));
    }

    [Fact]
    public void OfficialCalendarIsTheSameInstanceOnEveryAccess()
    {
        Assert.Same(WorkingDayCalendar.Official, WorkingDayCalendar.Official);
    }

    // 2025 National Day + Mid-Autumn: Oct 1-8 off; Sun Sep 28 and Sat Oct 11 are working days.
    [Fact]
    public void SevenWorkingDaysAcrossNationalDaySkipTheGoldenWeek_NAT_ISS_1()
    {
        var result = Official.AddWorkingDays(new DateOnly(2025, 9, 30), 7);

        // Oct 9, 10, 11 (make-up Sat), 13, 14, 15, 16.
        Assert.Equal(new WorkingDayResult(new DateOnly(2025, 10, 16), Provisional: false), result);
    }

    [Fact]
    public void IssueBeforeNationalDayCountsTheMakeUpSundayAndSaturdayAroundIt_NAT_ISS_1()
    {
        var result = Official.AddWorkingDays(new DateOnly(2025, 9, 26), 7);

        // Sep 28 (make-up Sun), 29, 30, Oct 9, 10, 11 (make-up Sat), 13.
        Assert.Equal(new DateOnly(2025, 10, 13), result.Date);
        Assert.False(result.Provisional);
    }

    // 2024 National Day: Oct 1-7 off; Sun Sep 29 and Sat Oct 12 are working days.
    [Fact]
    public void SevenWorkingDaysAcrossNationalDay2024EndOnTheMakeUpSaturday_NAT_ISS_1()
    {
        var result = Official.AddWorkingDays(new DateOnly(2024, 9, 27), 7);

        // Sep 29 (make-up Sun), 30, Oct 8, 9, 10, 11, 12 (make-up Sat).
        Assert.Equal(new WorkingDayResult(new DateOnly(2024, 10, 12), Provisional: false), result);
    }

    // 2025 Spring Festival: Jan 28 - Feb 4 off; Sun Jan 26 and Sat Feb 8 are working days.
    [Fact]
    public void SevenWorkingDaysAcrossSpringFestival2025SkipTheHolidayAndCountBothMakeUpDays_NAT_ISS_1()
    {
        var result = Official.AddWorkingDays(new DateOnly(2025, 1, 24), 7);

        // Jan 26 (make-up Sun), 27, Feb 5, 6, 7, 8 (make-up Sat), 10.
        Assert.Equal(new WorkingDayResult(new DateOnly(2025, 2, 10), Provisional: false), result);
    }

    // 2026 Spring Festival: Feb 15-23 off; Sat Feb 14 and Sat Feb 28 are working days.
    [Fact]
    public void SevenWorkingDaysAcrossSpringFestival2026SkipTheNineDayHoliday_NAT_ISS_1()
    {
        var result = Official.AddWorkingDays(new DateOnly(2026, 2, 12), 7);

        // Feb 13, 14 (make-up Sat), 24, 25, 26, 27, 28 (make-up Sat).
        Assert.Equal(new WorkingDayResult(new DateOnly(2026, 2, 28), Provisional: false), result);
    }

    // 2026 National Day: Oct 1-7 off; Sun Sep 20 and Sat Oct 10 are working days.
    [Fact]
    public void SevenWorkingDaysAcrossNationalDay2026SkipTheGoldenWeek_NAT_ISS_1()
    {
        var result = Official.AddWorkingDays(new DateOnly(2026, 9, 30), 7);

        // Oct 8, 9, 10 (make-up Sat), 12, 13, 14, 15.
        Assert.Equal(new WorkingDayResult(new DateOnly(2026, 10, 15), Provisional: false), result);
    }

    [Theory]
    [InlineData(2024, 2, 4)] // Sun, Spring Festival 2024
    [InlineData(2024, 10, 12)] // Sat, National Day 2024
    [InlineData(2025, 1, 26)] // Sun, Spring Festival 2025
    [InlineData(2025, 2, 8)] // Sat, Spring Festival 2025
    [InlineData(2025, 4, 27)] // Sun, Labour Day 2025
    [InlineData(2025, 9, 28)] // Sun, National Day 2025
    [InlineData(2025, 10, 11)] // Sat, National Day 2025
    [InlineData(2026, 1, 4)] // Sun, New Year 2026
    [InlineData(2026, 2, 14)] // Sat, Spring Festival 2026
    [InlineData(2026, 2, 28)] // Sat, Spring Festival 2026
    [InlineData(2026, 10, 10)] // Sat, National Day 2026
    public void MakeUpWeekendDayCountsAsAWorkingDay(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);

        Assert.True(date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
        Assert.True(Official.IsWorkingDay(date));
    }

    [Theory]
    [InlineData(2025, 10, 18)] // Sat
    [InlineData(2025, 10, 19)] // Sun
    [InlineData(2026, 3, 7)] // Sat
    public void OrdinaryWeekendDayIsNotAWorkingDay(int year, int month, int day)
    {
        Assert.False(Official.IsWorkingDay(new DateOnly(year, month, day)));
    }

    [Theory]
    [InlineData(2025, 1, 1)] // Wed, New Year's Day
    [InlineData(2025, 10, 8)] // Wed, last day of the 2025 Golden Week
    [InlineData(2025, 6, 2)] // Mon, Dragon Boat Festival 2025
    [InlineData(2026, 2, 23)] // Mon, last day of Spring Festival 2026
    public void StatutoryHolidayOnAWeekdayIsNotAWorkingDay(int year, int month, int day)
    {
        Assert.False(Official.IsWorkingDay(new DateOnly(year, month, day)));
    }

    [Fact]
    public void OrdinaryWeekdayIsAWorkingDay()
    {
        Assert.True(Official.IsWorkingDay(new DateOnly(2025, 10, 15)));
    }

    [Fact]
    public void IssueOnAHolidayCountsFromTheNextWorkingDay_NAT_ISS_1()
    {
        var fromHoliday = Official.AddWorkingDays(new DateOnly(2025, 10, 3), 7);
        var fromLastWorkingDayBefore = Official.AddWorkingDays(new DateOnly(2025, 9, 30), 7);

        Assert.Equal(new DateOnly(2025, 10, 16), fromHoliday.Date);
        Assert.Equal(fromLastWorkingDayBefore, fromHoliday);
        Assert.Equal(new DateOnly(2025, 10, 9), Official.AddWorkingDays(new DateOnly(2025, 10, 1), 1).Date);
    }

    [Fact]
    public void DeadlineWellInsideTheCalendarIsNotProvisional_NAT_ISS_1()
    {
        var result = Official.AddWorkingDays(new DateOnly(2025, 4, 30), 7);

        // May 1-5 off (Labour Day 2025): May 6, 7, 8, 9, 12, 13, 14.
        Assert.Equal(new WorkingDayResult(new DateOnly(2025, 5, 14), Provisional: false), result);
    }

    [Fact]
    public void DeadlineRunningPastLastYearIsProvisional_NAT_ISS_1()
    {
        var start = new DateOnly(Official.LastYear, 12, 28);

        var result = Official.AddWorkingDays(start, 7);

        Assert.True(result.Provisional);
        Assert.True(result.Date.Year > Official.LastYear);
    }

    [Fact]
    public void DateBeyondLastYearUsesTheWeekdayRuleAndIsProvisional()
    {
        // A Monday in the first uncovered year's January (New Year's Day of that year is not known yet).
        var monday = new DateOnly(Official.LastYear + 1, 1, 1);
        while (monday.DayOfWeek != DayOfWeek.Monday)
        {
            monday = monday.AddDays(1);
        }

        var result = Official.AddWorkingDays(monday, 5);

        Assert.False(Official.IsCovered(monday));
        Assert.Equal(new WorkingDayResult(monday.AddDays(7), Provisional: true), result);
    }

    [Fact]
    public void DateBeforeFirstYearIsProvisional()
    {
        var result = Official.AddWorkingDays(new DateOnly(2003, 12, 1), 1);

        Assert.True(result.Provisional);
    }

    [Theory]
    [InlineData(2024, 251)]
    [InlineData(2025, 248)]
    [InlineData(2026, 248)]
    public void WorkingDaysInAYearMatchTheOfficialArrangement(int year, int expected)
    {
        var count = Official.CountWorkingDays(new DateOnly(year - 1, 12, 31), new DateOnly(year, 12, 31));

        Assert.Equal(new WorkingDayCount(expected, Provisional: false), count);
    }

    [Fact]
    public void October2025HasEighteenWorkingDays()
    {
        var count = Official.CountWorkingDays(new DateOnly(2025, 9, 30), new DateOnly(2025, 10, 31));

        Assert.Equal(18, count.Count);
        Assert.False(count.Provisional);
    }

    [Fact]
    public void CountingTheSpanOfAnAddedIntervalGivesBackTheNumberOfDays()
    {
        var start = new DateOnly(2024, 1, 1);
        for (var days = 0; days <= 300; days += 7)
        {
            var end = Official.AddWorkingDays(start, days).Date;
            Assert.Equal(days, Official.CountWorkingDays(start, end).Count);
        }
    }

    [Fact]
    public void EveryYearOfTheCalendarHasBetween240And255WorkingDays()
    {
        var counts = Enumerable.Range(Official.FirstYear, Official.LastYear - Official.FirstYear + 1)
            .Select(y => Official.CountWorkingDays(new DateOnly(y - 1, 12, 31), new DateOnly(y, 12, 31)));

        Assert.All(counts, c => Assert.InRange(c.Count, 240, 255));
    }
}
