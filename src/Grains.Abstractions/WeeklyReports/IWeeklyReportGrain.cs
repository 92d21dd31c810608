using OnePlusX.Outcomes;
using OnePlusX.Tenancy;

namespace OnePlusX.WeeklyReports;

/// <summary>
/// A college's weekly reports (周报, NAT-REP-1): one grain per college, key <see cref="WeeklyReportKey.For"/>.
/// Weeks are named by their Monday; a week's report is due by the end of that week's Sunday, China time. A durable
/// reminder marks each week whose due time passed without a report as missed, once, and the college's policy judges
/// the record: warning, exit flag (NAT-EXIT-COL), project cancellation (HB-EXIT-1).
/// </summary>
public interface IWeeklyReportGrain : ITenantGrain
{
    /// <summary>
    /// Starts reporting from a Monday (the college's first reporting week; earlier weeks are never due). The same
    /// Monday again changes nothing; another Monday once started is a conflict.
    /// </summary>
    Task<CommandResult<WeeklyReportStatus>> StartAsync(StartWeeklyReporting command);

    /// <summary>
    /// Files the report of a week (the current week or a past one; after its due time it counts as late). A week
    /// is filed once: filing it again is a conflict (ALREADY_FILED).
    /// </summary>
    Task<CommandResult<WeeklyReportStatus>> FileAsync(FileWeeklyReport command);

    /// <summary>The weeks and the policy's judgement as of a day (today, China time, when null); nothing changes.</summary>
    Task<CommandResult<WeeklyReportStatus>> GetStatusAsync(DateOnly? asOf);
}

/// <summary>The key of a college's weekly-report grain.</summary>
public static class WeeklyReportKey
{
    /// <summary>The local part of the key: one grain per college.</summary>
    public const string Local = "weekly-reports";

    /// <summary><c>{tenant}/weekly-reports</c>.</summary>
    public static string For(TenantId tenant) => GrainKey.For(tenant, Local);
}
