using OnePlusX.Silo.Grains.WeeklyReports;

namespace OnePlusX.Silo.ReadModels.WeeklyReports;

/// <summary>
/// The row a college's weekly reports contribute: the policy's last judgement (NAT-EXIT-COL, HB-EXIT-1), as the
/// grain stored it with its state, so a projection replayed later writes the same row.
/// </summary>
internal static class WeeklyReportProjection
{
    public static Projection For(string grainKey, string tenant, WeeklyReportState state, int version) =>
        new(WeeklyReportGrain.StateKey, grainKey, tenant, version, state.LastChange, _ => state.Compliance is not { } compliance
            ? new ProjectionSql("", new { })
            : new(
                """
                INSERT INTO weekly_report_status (tenant_id, province_code, reporting_from, last_filed_week, missed_in_a_row,
                    longest_missed_run, warning, exit_flag, project_cancelled, rule_ids, explanation, explanation_en,
                    evaluated_on, version, updated_at)
                VALUES (@Tenant, @ProvinceCode, @ReportingFrom, @LastFiledWeek, @MissedInARow, @LongestMissedRun, @Warning,
                    @ExitFlag, @ProjectCancelled, @RuleIds, @Explanation, @ExplanationEn, @EvaluatedOn, @Version, @Now)
                ON CONFLICT (tenant_id) DO UPDATE SET province_code = excluded.province_code,
                    reporting_from = excluded.reporting_from, last_filed_week = excluded.last_filed_week,
                    missed_in_a_row = excluded.missed_in_a_row, longest_missed_run = excluded.longest_missed_run,
                    warning = excluded.warning, exit_flag = excluded.exit_flag, project_cancelled = excluded.project_cancelled,
                    rule_ids = excluded.rule_ids, explanation = excluded.explanation, explanation_en = excluded.explanation_en,
                    evaluated_on = excluded.evaluated_on, version = excluded.version, updated_at = excluded.updated_at
                    WHERE weekly_report_status.version <= excluded.version;
                """,
                new
                {
                    Tenant = tenant, state.ProvinceCode, ReportingFrom = Sql.IsoDay(state.ReportingFrom),
                    LastFiledWeek = state.Reports.Count == 0 ? null : Sql.IsoDay(state.Reports.Max(r => r.Week)),
                    compliance.MissedInARow, compliance.LongestMissedRun, compliance.Warning, compliance.ExitFlag,
                    compliance.ProjectCancelled, RuleIds = string.Join(",", compliance.RuleIds),
                    Explanation = compliance.Explanation.Chinese, ExplanationEn = compliance.Explanation.English,
                    EvaluatedOn = Sql.IsoDay(ReportWeeks.ChinaDay(state.EvaluatedAt)), Version = version, Now = DateTimeOffset.UtcNow,
                }));
}
