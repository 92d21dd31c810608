-- Monitoring export jobs (NAT-MON-1): who started which export, with which filters, how far it got and where its
-- file is. The table is the queue as well: any silo's worker claims the oldest queued row (an UPDATE that only one
-- claimant wins), so a job survives the request that started it and the silo that accepted it.
CREATE TABLE export_jobs
(
    id             uuid PRIMARY KEY,
    owner          text NOT NULL,
    scope_kind     text NOT NULL,
    scope_province text NULL,
    dataset        text NOT NULL,
    format         text NOT NULL,
    province_code  text NULL,
    year           integer NULL,
    as_of          date NOT NULL,
    status         text NOT NULL,
    rows_written   bigint NOT NULL,
    total_rows     bigint NULL,
    file_name      text NULL,
    file_path      text NULL,
    file_bytes     bigint NULL,
    error          text NULL,
    runner         text NULL,
    created_at     timestamptz NOT NULL,
    started_at     timestamptz NULL,
    heartbeat_at   timestamptz NULL,
    finished_at    timestamptz NULL
);
CREATE INDEX ix_export_jobs_owner ON export_jobs (owner, created_at);
CREATE INDEX ix_export_jobs_status ON export_jobs (status, created_at);

-- A job is data of the scope that started it: a national scope (national monitoring, and the service's own worker)
-- sees every job, a province only its own province's, a college none. Which of those rows a caller may read or
-- download is narrowed further to the caller's own jobs by the queries (owner = the caller).
ALTER TABLE export_jobs ENABLE ROW LEVEL SECURITY;
ALTER TABLE export_jobs FORCE ROW LEVEL SECURITY;
CREATE POLICY scope ON export_jobs USING (
    current_setting('oneplusx.scope', true) = 'national'
    OR (current_setting('oneplusx.scope', true) = 'province' AND scope_kind = 'province'
        AND scope_province = current_setting('oneplusx.province', true)));
