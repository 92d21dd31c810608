-- Monitoring export jobs (NAT-MON-1): who started which export, with which filters, how far it got and where its
-- file is; the table is the queue as well (see the PostgreSQL script). Instants and days are ISO text.
CREATE TABLE export_jobs
(
    id TEXT PRIMARY KEY, owner TEXT NOT NULL, scope_kind TEXT NOT NULL, scope_province TEXT NULL,
    dataset TEXT NOT NULL, format TEXT NOT NULL, province_code TEXT NULL, year INTEGER NULL, as_of TEXT NOT NULL,
    status TEXT NOT NULL, rows_written INTEGER NOT NULL, total_rows INTEGER NULL, file_name TEXT NULL,
    file_path TEXT NULL, file_bytes INTEGER NULL, error TEXT NULL, runner TEXT NULL, created_at TEXT NOT NULL,
    started_at TEXT NULL, heartbeat_at TEXT NULL, finished_at TEXT NULL
);
CREATE INDEX ix_export_jobs_owner ON export_jobs (owner, created_at);
CREATE INDEX ix_export_jobs_status ON export_jobs (status, created_at);
