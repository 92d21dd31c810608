namespace OnePlusX.Policies.Calendar;

/// <summary>
/// The outcome of <see cref="WorkingDayCalendar.AddWorkingDays(DateOnly, int)"/>.
/// </summary>
/// <param name="Date">The resulting date.</param>
/// <param name="Provisional">
/// <see langword="true"/> when at least one date examined to reach <paramref name="Date"/> lies outside the
/// years the calendar covers; for those dates only the weekday rule (Monday to Friday) was applied, so the
/// result may move once the State Council publishes that year's holiday arrangement.
/// </param>
public sealed record WorkingDayResult(DateOnly Date, bool Provisional);
