-- Weekly reports (周报, NAT-REP-1): each college's compliance as its weekly-report grain last judged it
-- (NAT-EXIT-COL warning and exit flag, HB-EXIT-1 project cancellation). Days are ISO text (yyyy-MM-dd), as on SQLite.
CREATE TABLE weekly_report_status
(
    tenant_id          text NOT NULL PRIMARY KEY,
    province_code      text NOT NULL,
    reporting_from     text NOT NULL,
    last_filed_week    text NULL,
    missed_in_a_row    integer NOT NULL,
    longest_missed_run integer NOT NULL,
    warning            boolean NOT NULL,
    exit_flag          boolean NOT NULL,
    project_cancelled  boolean NOT NULL,
    rule_ids           text NOT NULL,
    explanation        text NOT NULL,
    explanation_en     text NOT NULL,
    evaluated_on       text NOT NULL,
    version            integer NOT NULL,
    updated_at         timestamptz NOT NULL
);
CREATE INDEX ix_weekly_report_status_province ON weekly_report_status (province_code, tenant_id);

-- Row-level security as in 0008: a college sees its row, a province its colleges, national monitoring all.
ALTER TABLE weekly_report_status ENABLE ROW LEVEL SECURITY;
ALTER TABLE weekly_report_status FORCE ROW LEVEL SECURITY;
CREATE POLICY scope ON weekly_report_status USING (
    current_setting('oneplusx.scope', true) = 'national'
    OR (current_setting('oneplusx.scope', true) = 'college' AND tenant_id = current_setting('oneplusx.tenant', true))
    OR (current_setting('oneplusx.scope', true) = 'province' AND province_code = current_setting('oneplusx.province', true)));
