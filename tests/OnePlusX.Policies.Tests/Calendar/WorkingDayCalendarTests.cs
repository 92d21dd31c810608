using OnePlusX.Policies.Calendar;

namespace OnePlusX.Policies.Tests.Calendar;

/// <summary>
/// Behaviour of <see cref="WorkingDayCalendar"/> on small hand-built calendars.
/// </summary>
public sealed class WorkingDayCalendarTests
{
    // 2030-06-03 is a Monday.
    private static readonly DateOnly Monday = new(2030, 6, 3);

    private static WorkingDayCalendar Calendar2030(DateOnly[]? holidays = null, DateOnly[]? workdays = null) =>
        new(holidays ?? [], workdays ?? [], 2030, 2030);

    [Fact]
    public void WithoutHolidaysFiveWorkingDaysAfterAMondayIsTheNextMonday()
    {
        var result = Calendar2030().AddWorkingDays(Monday, 5);

        Assert.Equal(new WorkingDayResult(Monday.AddDays(7), Provisional: false), result);
    }

    [Fact]
    public void CountingStartsTheDayAfterTheStartDate_NAT_ISS_1()
    {
        Assert.Equal(Monday.AddDays(1), Calendar2030().AddWorkingDays(Monday, 1).Date);
    }

    [Fact]
    public void StartingOnAWeekendCountsFromTheFollowingMonday()
    {
        var saturday = Monday.AddDays(-2);

        Assert.Equal(Monday, Calendar2030().AddWorkingDays(saturday, 1).Date);
    }

    [Fact]
    public void AddingZeroDaysReturnsTheStartDateEvenOnAHoliday()
    {
        var calendar = Calendar2030(holidays: [Monday]);

        Assert.Equal(new WorkingDayResult(Monday, Provisional: false), calendar.AddWorkingDays(Monday, 0));
    }

    [Fact]
    public void AddingZeroDaysOutsideTheCalendarIsNotProvisionalBecauseNoDateIsExamined()
    {
        var outside = new DateOnly(2031, 6, 2);

        Assert.Equal(new WorkingDayResult(outside, Provisional: false), Calendar2030().AddWorkingDays(outside, 0));
    }

    [Fact]
    public void HolidaysAreSkipped()
    {
        var calendar = Calendar2030(holidays: [Monday.AddDays(1), Monday.AddDays(2)]);

        Assert.Equal(Monday.AddDays(3), calendar.AddWorkingDays(Monday, 1).Date);
    }

    [Fact]
    public void MakeUpSaturdayIsCounted()
    {
        var saturday = Monday.AddDays(5);
        var calendar = Calendar2030(workdays: [saturday]);

        Assert.True(calendar.IsWorkingDay(saturday));
        Assert.False(calendar.IsWorkingDay(saturday.AddDays(1)));
        Assert.Equal(saturday, calendar.AddWorkingDays(Monday, 5).Date);
    }

    [Fact]
    public void NegativeDaysThrowsNamingTheParameter()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Calendar2030().AddWorkingDays(Monday, -1));

        Assert.Equal("days", ex.ParamName);
    }

    [Fact]
    public void ResultEndingOnTheLastCoveredDayIsNotProvisional()
    {
        // 2030-12-31 is a Tuesday; 2030-12-30 a Monday.
        var result = Calendar2030().AddWorkingDays(new DateOnly(2030, 12, 30), 1);

        Assert.Equal(new WorkingDayResult(new DateOnly(2030, 12, 31), Provisional: false), result);
    }

    [Fact]
    public void ResultCrossingIntoAnUncoveredYearIsProvisional()
    {
        var result = Calendar2030().AddWorkingDays(new DateOnly(2030, 12, 31), 1);

        // 2031-01-01 is a Wednesday: a working day by the weekday rule only.
        Assert.Equal(new WorkingDayResult(new DateOnly(2031, 1, 1), Provisional: true), result);
    }

    [Fact]
    public void OnlyAWeekendExaminedOutsideTheCalendarStillMakesTheResultProvisional()
    {
        // Covered 2030; start Fri 2029-12-28, the weekend Dec 29-30 and Mon Dec 31 are outside (2029).
        var result = Calendar2030().AddWorkingDays(new DateOnly(2029, 12, 28), 2);

        Assert.Equal(new WorkingDayResult(new DateOnly(2030, 1, 1), Provisional: true), result);
    }

    [Fact]
    public void StartOutsideButAllExaminedDatesInsideIsNotProvisional()
    {
        // Start 2029-12-31 (uncovered); counting starts 2030-01-01.
        var result = Calendar2030().AddWorkingDays(new DateOnly(2029, 12, 31), 1);

        Assert.Equal(new WorkingDayResult(new DateOnly(2030, 1, 1), Provisional: false), result);
    }

    [Fact]
    public void CountWorkingDaysExcludesTheStartAndIncludesTheEnd()
    {
        var calendar = Calendar2030(holidays: [Monday.AddDays(2)]);

        Assert.Equal(new WorkingDayCount(4, Provisional: false), calendar.CountWorkingDays(Monday, Monday.AddDays(7)));
        Assert.Equal(new WorkingDayCount(0, Provisional: false), calendar.CountWorkingDays(Monday, Monday));
    }

    [Fact]
    public void CountWorkingDaysBeyondTheCalendarIsProvisional()
    {
        var count = Calendar2030().CountWorkingDays(new DateOnly(2030, 12, 30), new DateOnly(2031, 1, 3));

        Assert.Equal(new WorkingDayCount(4, Provisional: true), count);
    }

    [Fact]
    public void CountWorkingDaysWithTheEndBeforeTheStartThrows()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Calendar2030().CountWorkingDays(Monday, Monday.AddDays(-1)));

        Assert.Equal("toInclusive", ex.ParamName);
    }

    [Fact]
    public void IsCoveredSpansWholeYears()
    {
        var calendar = new WorkingDayCalendar([], [], 2029, 2030);

        Assert.True(calendar.IsCovered(new DateOnly(2029, 1, 1)));
        Assert.True(calendar.IsCovered(new DateOnly(2030, 12, 31)));
        Assert.False(calendar.IsCovered(new DateOnly(2028, 12, 31)));
        Assert.False(calendar.IsCovered(new DateOnly(2031, 1, 1)));
    }

    [Fact]
    public void ConstructorRejectsAnEmptyYearRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new WorkingDayCalendar([], [], 2031, 2030));
    }

    [Fact]
    public void ConstructorRejectsDatesOutsideTheCoveredYears()
    {
        var ex = Assert.Throws<ArgumentException>(() => new WorkingDayCalendar([new DateOnly(2031, 1, 1)], [], 2030, 2030));

        Assert.Equal("holidays", ex.ParamName);
    }

    [Fact]
    public void ConstructorRejectsADateThatIsBothHolidayAndWorkday()
    {
        var saturday = Monday.AddDays(5);

        var ex = Assert.Throws<ArgumentException>(() => new WorkingDayCalendar([saturday], [saturday], 2030, 2030));

        Assert.Equal("workdays", ex.ParamName);
    }

    [Fact]
    public void ConstructorRejectsNullLists()
    {
        Assert.Throws<ArgumentNullException>(() => new WorkingDayCalendar(null!, [], 2030, 2030));
        Assert.Throws<ArgumentNullException>(() => new WorkingDayCalendar([], null!, 2030, 2030));
    }

    [Fact]
    public void CalendarDoesNotChangeWhenTheCallerMutatesItsInputList()
    {
        var holidays = new List<DateOnly> { Monday.AddDays(1) };
        var calendar = new WorkingDayCalendar(holidays, [], 2030, 2030);

        holidays.Clear();

        Assert.False(calendar.IsWorkingDay(Monday.AddDays(1)));
    }
}
