using System.Text.Json;

namespace OnePlusX.Policies.Calendar;

/// <summary>Loads the embedded <c>china-calendar.json</c> into a <see cref="WorkingDayCalendar"/>.</summary>
internal static class OfficialCalendarLoader
{
    /// <summary>Manifest resource name set by the csproj's <c>LogicalName</c>.</summary>
    internal const string ResourceName = "OnePlusX.Policies.Calendar.china-calendar.json";

    internal static WorkingDayCalendar Load()
    {
        using var stream = typeof(WorkingDayCalendar).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' is missing from the assembly.");
        return Parse(stream);
    }

    internal static WorkingDayCalendar Parse(Stream json)
    {
        var file = JsonSerializer.Deserialize(json, CalendarJsonContext.Default.CalendarFile)
            ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' is empty.");
        return new WorkingDayCalendar(file.Holidays, file.Workdays, file.FirstYear, file.LastYear);
    }
}
