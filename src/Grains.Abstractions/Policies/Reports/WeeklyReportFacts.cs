namespace OnePlusX.Policies;

/// <summary>A college's weekly reports (周报) up to a day.</summary>
/// <param name="AsOf">The day compliance is judged on; parameters are taken as in force on it.</param>
/// <param name="Weeks">Every week that was due by <paramref name="AsOf"/> (its Monday) and whether the report was filed on time.</param>
public sealed record WeeklyReportFacts(DateOnly AsOf, IReadOnlyList<ReportWeek> Weeks);

/// <summary>A reporting week, by its Monday, and whether its report was filed on time.</summary>
public sealed record ReportWeek(DateOnly Monday, bool Filed);

/// <summary>How a college stands with its weekly reports.</summary>
/// <param name="MissedInARow">Weeks missed in a row up to the latest week.</param>
/// <param name="LongestMissedRun">The longest run of missed weeks so far.</param>
/// <param name="Warning">The current run reached the warning threshold (2 weeks by default).</param>
/// <param name="ExitFlag">A run reached the exit threshold (3 consecutive weeks): the college loses pilot status (NAT-EXIT-COL).</param>
/// <param name="ProjectCancelled">The school's own rule cancels the project for it (HB-EXIT-1).</param>
/// <param name="RuleIds">The rules that produced it.</param>
/// <param name="Explanation">Why, in both languages.</param>
[GenerateSerializer, Immutable, Alias("OnePlusX.ReportCompliance")]
public sealed record ReportCompliance(
    [property: Id(0)] int MissedInARow,
    [property: Id(1)] int LongestMissedRun,
    [property: Id(2)] bool Warning,
    [property: Id(3)] bool ExitFlag,
    [property: Id(4)] bool ProjectCancelled,
    [property: Id(5)] IReadOnlyList<string> RuleIds,
    [property: Id(6)] Explanation Explanation);
