using OnePlusX.Security;

namespace OnePlusX.ReadModels;

/// <summary>
/// Colleges' weekly-report compliance (周报) from the read model, as their grains last judged it; one round trip per
/// call, within the caller's scope: a college its own row, a province its colleges, national monitoring all.
/// </summary>
public interface IWeeklyReportQueries
{
    Task<Page<WeeklyReportComplianceRecord>> ListAsync(AccessScope scope, WeeklyReportComplianceFilter filter, int offset, int limit, CancellationToken cancellationToken);
}

/// <summary>Which colleges to list: a province, only those with a warning, only those with the exit flag (all AND-ed).</summary>
public sealed record WeeklyReportComplianceFilter(string? ProvinceCode, bool WarningOnly, bool ExitFlagOnly)
{
    /// <summary>By college (the default), or the longest current run of missed weeks first.</summary>
    public bool MostMissedFirst { get; init; }
}

/// <summary>A college's weekly-report compliance as the read model holds it.</summary>
/// <param name="TenantId">The college.</param>
/// <param name="ProvinceCode">Its province.</param>
/// <param name="ReportingFrom">Its first reporting week (a Monday).</param>
/// <param name="LastFiledWeek">The latest week it filed a report for, if any.</param>
/// <param name="MissedInARow">Weeks missed in a row up to the latest week judged.</param>
/// <param name="LongestMissedRun">The longest run of missed weeks.</param>
/// <param name="Warning">The current run reached the warning threshold (NAT-EXIT-COL).</param>
/// <param name="ExitFlag">A run reached the exit threshold (NAT-EXIT-COL).</param>
/// <param name="ProjectCancelled">The school's own rule cancels the project (HB-EXIT-1).</param>
/// <param name="RuleIds">The rules behind the judgement.</param>
/// <param name="Explanation">Why, in both languages.</param>
/// <param name="EvaluatedOn">The day (China time) the judgement was made.</param>
/// <param name="UpdatedAt">When the row was written.</param>
public sealed record WeeklyReportComplianceRecord(
    string TenantId,
    string ProvinceCode,
    DateOnly ReportingFrom,
    DateOnly? LastFiledWeek,
    int MissedInARow,
    int LongestMissedRun,
    bool Warning,
    bool ExitFlag,
    bool ProjectCancelled,
    IReadOnlyList<string> RuleIds,
    Policies.Explanation Explanation,
    DateOnly EvaluatedOn,
    DateTimeOffset UpdatedAt);
