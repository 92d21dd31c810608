using System.Globalization;
using OnePlusX.Policies;
using OnePlusX.ReadModels;
using OnePlusX.Security;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.ReadModels.WeeklyReports;

/// <summary>Weekly-report compliance read from the read model, within the caller's scope; one round trip per page.</summary>
internal sealed class SqlWeeklyReportQueries(Database database) : IWeeklyReportQueries
{
    private const string Columns = """
        tenant_id AS TenantId, province_code AS ProvinceCode, reporting_from AS ReportingFrom,
        last_filed_week AS LastFiledWeek, missed_in_a_row AS MissedInARow, longest_missed_run AS LongestMissedRun,
        warning AS Warning, exit_flag AS ExitFlag, project_cancelled AS ProjectCancelled, rule_ids AS RuleIds,
        explanation AS Explanation, explanation_en AS ExplanationEn, evaluated_on AS EvaluatedOn, updated_at AS UpdatedAt
        """;

    public async Task<Page<WeeklyReportComplianceRecord>> ListAsync(
        AccessScope scope, WeeklyReportComplianceFilter filter, int offset, int limit, CancellationToken cancellationToken)
    {
        if (Sql.HasNul(filter.ProvinceCode))
        {
            return new Page<WeeklyReportComplianceRecord>([], 0);
        }

        var where = PagedSql.Where(
            ScopeSql.Condition(scope, "tenant_id", "province_code"),
            (filter.ProvinceCode, "province_code = @ProvinceCode"),
            (filter.WarningOnly ? (object)true : null, "warning = @Yes"),
            (filter.ExitFlagOnly ? (object)true : null, "exit_flag = @Yes"));
        await using var connection = await database.OpenAsync(scope, cancellationToken);
        return await PagedSql.PageAsync<Row, WeeklyReportComplianceRecord>(
            connection, Columns, "weekly_report_status", where, filter.MostMissedFirst ? "missed_in_a_row DESC, tenant_id" : "tenant_id",
            ScopeSql.With(new { filter.ProvinceCode, Yes = true }, scope), offset, limit, r => r.ToRecord());
    }

    // Booleans are INTEGER on SQLite and boolean on PostgreSQL, times text and timestamptz: read as they come.
    private sealed class Row : IPagedRow
    {
        public string TenantId { get; init; } = "";
        public string ProvinceCode { get; init; } = "";
        public string ReportingFrom { get; init; } = "";
        public string? LastFiledWeek { get; init; }
        public long MissedInARow { get; init; }
        public long LongestMissedRun { get; init; }
        public object Warning { get; init; } = false;
        public object ExitFlag { get; init; } = false;
        public object ProjectCancelled { get; init; } = false;
        public string RuleIds { get; init; } = "";
        public string Explanation { get; init; } = "";
        public string ExplanationEn { get; init; } = "";
        public string EvaluatedOn { get; init; } = "";
        public object UpdatedAt { get; init; } = "";
        public long Total { get; init; }

        public WeeklyReportComplianceRecord ToRecord() => new(
            TenantId, ProvinceCode, Sql.ParseDay(ReportingFrom), LastFiledWeek is null ? null : Sql.ParseDay(LastFiledWeek),
            (int)MissedInARow, (int)LongestMissedRun, Convert.ToBoolean(Warning, CultureInfo.InvariantCulture),
            Convert.ToBoolean(ExitFlag, CultureInfo.InvariantCulture), Convert.ToBoolean(ProjectCancelled, CultureInfo.InvariantCulture),
            RuleIds.Split(',', StringSplitOptions.RemoveEmptyEntries), new Explanation(Explanation, ExplanationEn), Sql.ParseDay(EvaluatedOn),
            Sql.Instant(UpdatedAt));
    }
}
