-- Weekly reports (周报, NAT-REP-1): each college's compliance as its weekly-report grain last judged it
-- (NAT-EXIT-COL warning and exit flag, HB-EXIT-1 project cancellation). Days are ISO text (yyyy-MM-dd).
CREATE TABLE weekly_report_status
(
    tenant_id TEXT NOT NULL PRIMARY KEY, province_code TEXT NOT NULL, reporting_from TEXT NOT NULL,
    last_filed_week TEXT NULL, missed_in_a_row INTEGER NOT NULL, longest_missed_run INTEGER NOT NULL,
    warning INTEGER NOT NULL, exit_flag INTEGER NOT NULL, project_cancelled INTEGER NOT NULL, rule_ids TEXT NOT NULL,
    explanation TEXT NOT NULL, explanation_en TEXT NOT NULL, evaluated_on TEXT NOT NULL, version INTEGER NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX ix_weekly_report_status_province ON weekly_report_status (province_code, tenant_id);
