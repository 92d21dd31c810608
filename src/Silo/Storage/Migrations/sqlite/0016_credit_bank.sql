-- The credit bank (学分银行, NAT-CB-1): one credit record per issued certificate (credit_records, the current state,
-- written by the project's projection) and the change feed integrations pull (credit_record_changes).
--
-- Every insert or update of a credit record appends a change by trigger, numbered by AUTOINCREMENT (never reused).
-- SQLite has one writer at a time: a write transaction holds the database's write lock from its first write until it
-- commits, so changes are numbered in commit order, and a reader (who sees committed changes only) can never see
-- change n+1 before change n has committed. A plain increasing number is therefore a gap-free cursor here; the
-- transaction part of the cursor is always 0.
CREATE TABLE credit_records
(
    tenant_id TEXT NOT NULL, certificate_number TEXT NOT NULL, project_key TEXT NOT NULL, candidate_key TEXT NOT NULL,
    certificate_code TEXT NOT NULL, level INTEGER NOT NULL, holder_name TEXT NOT NULL, student_number TEXT NULL,
    issued_on TEXT NOT NULL, credits TEXT NOT NULL, category TEXT NOT NULL, rule_ids TEXT NOT NULL,
    explanation_chinese TEXT NOT NULL, explanation_english TEXT NOT NULL, due TEXT NOT NULL, proposed_on TEXT NULL,
    version INTEGER NOT NULL, updated_at TEXT NOT NULL,
    PRIMARY KEY (tenant_id, certificate_number)
);
CREATE INDEX ix_credit_records_due ON credit_records (tenant_id, due);

-- A change is a position and the record it concerns; the reader returns the record as it stands when it reads.
CREATE TABLE credit_record_changes
(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    tenant_id TEXT NOT NULL, certificate_number TEXT NOT NULL
);

CREATE TRIGGER credit_record_inserted AFTER INSERT ON credit_records
BEGIN
    INSERT INTO credit_record_changes (tenant_id, certificate_number) VALUES (NEW.tenant_id, NEW.certificate_number);
END;
CREATE TRIGGER credit_record_updated AFTER UPDATE ON credit_records
BEGIN
    INSERT INTO credit_record_changes (tenant_id, certificate_number) VALUES (NEW.tenant_id, NEW.certificate_number);
END;
