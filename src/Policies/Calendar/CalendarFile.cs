namespace OnePlusX.Policies.Calendar;

/// <summary>Shape of <c>Data/china-calendar.json</c> (its <c>source</c> block is not read).</summary>
internal sealed class CalendarFile
{
    public required int FirstYear { get; init; }

    public required int LastYear { get; init; }

    public required IReadOnlyList<DateOnly> Holidays { get; init; }

    public required IReadOnlyList<DateOnly> Workdays { get; init; }
}
