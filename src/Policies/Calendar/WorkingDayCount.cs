namespace OnePlusX.Policies.Calendar;

/// <summary>
/// The outcome of <see cref="WorkingDayCalendar.CountWorkingDays(DateOnly, DateOnly)"/>.
/// </summary>
/// <param name="Count">The number of working days in the range.</param>
/// <param name="Provisional">
/// <see langword="true"/> when at least one date in the range lies outside the years the calendar covers;
/// for those dates only the weekday rule (Monday to Friday) was applied.
/// </param>
public sealed record WorkingDayCount(int Count, bool Provisional);
