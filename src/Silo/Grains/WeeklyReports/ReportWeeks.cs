using OnePlusX.Outcomes;
using OnePlusX.Policies;
using OnePlusX.WeeklyReports;

namespace OnePlusX.Silo.Grains.WeeklyReports;

/// <summary>
/// Reporting weeks on China's clock (UTC+8, no daylight saving). NAT-REP-1 asks for a weekly report but names no
/// deadline in the week, so a week's report is due by the end of its Sunday: Monday + 7 days, 00:00 China time
/// (<see cref="DueAfter"/>, a product decision; no policy has a parameter for it). Everything here is computed from
/// dates, so the same moment always gives the same weeks however often, or late, a reminder asks.
/// </summary>
internal static class ReportWeeks
{
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>From a week's Monday 00:00 (China) to its report's due time: the whole week, Sunday included.</summary>
    public static readonly TimeSpan DueAfter = TimeSpan.FromDays(7);

    /// <summary>The first Monday of the pilot's first year (2019): reporting cannot start earlier.</summary>
    public static readonly DateOnly EarliestStart = new(2019, 1, 7);

    public static DateOnly ChinaDay(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(ChinaOffset).DateTime);

    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>00:00 China time at the start of a day.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), ChinaOffset);

    public static DateTimeOffset DueAt(DateOnly monday) => StartOf(monday) + DueAfter;

    /// <summary>
    /// Every week from <paramref name="from"/> to the week of <paramref name="day"/>, as the record stood at
    /// <paramref name="at"/> (a report filed later is not there yet).
    /// </summary>
    public static IReadOnlyList<ReportWeekStatus> Between(DateOnly from, DateOnly day, DateTimeOffset at, IReadOnlyList<WeeklyReport> reports)
    {
        var filed = reports.Where(r => r.FiledAt <= at).ToDictionary(r => r.Week);
        var weeks = new List<ReportWeekStatus>();
        for (var monday = from; monday <= day; monday = monday.AddDays(7))
        {
            var due = DueAt(monday);
            var report = filed.GetValueOrDefault(monday);
            var state = report is not null
                ? report.FiledAt <= due ? ReportWeekState.Filed : ReportWeekState.Late
                : due <= at ? ReportWeekState.Missed : ReportWeekState.Open;
            weeks.Add(new ReportWeekStatus(monday, due, state, report));
        }

        return weeks;
    }

    /// <summary>
    /// The facts for the policy: every settled week in order — due ones, and the current one once it is filed —
    /// each filed or not on time. A late report does not make a week filed (the policy judges reports on time).
    /// </summary>
    public static WeeklyReportFacts Facts(DateOnly asOf, IReadOnlyList<ReportWeekStatus> weeks) =>
        new(asOf, weeks.Where(w => w.State != ReportWeekState.Open).Select(w => new ReportWeek(w.Monday, w.State == ReportWeekState.Filed)).ToList());

    /// <summary>Weeks whose due time has passed with no report on time: what the reminder marks missed.</summary>
    public static IEnumerable<DateOnly> Overdue(IReadOnlyList<ReportWeekStatus> weeks) =>
        weeks.Where(w => w.State is ReportWeekState.Missed or ReportWeekState.Late).Select(w => w.Monday);

    /// <summary>A validation error naming <paramref name="field"/> unless the day is a Monday, which names a reporting week.</summary>
    public static CommandError? NotAMonday(DateOnly day, string field) => day.DayOfWeek == DayOfWeek.Monday
        ? null
        : CommandError.Invalid(field, $"{field} ({day:yyyy-MM-dd}) must be a Monday: a reporting week is named by its Monday.");

    /// <summary>Whether two judgements say the same (the lists compared by content).</summary>
    public static bool SameJudgement(ReportCompliance a, ReportCompliance? b) =>
        b is not null && (a.MissedInARow, a.LongestMissedRun, a.Warning, a.ExitFlag, a.ProjectCancelled, a.Explanation)
            == (b.MissedInARow, b.LongestMissedRun, b.Warning, b.ExitFlag, b.ProjectCancelled, b.Explanation)
            && a.RuleIds.SequenceEqual(b.RuleIds);
}
