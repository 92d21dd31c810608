-- What the provincial and national views read (issue 7): whether a station is approved (only approved stations
-- cover a city, NAT-STA-1), one row per registration with its funding, result and certificate (monitoring exports,
-- coverage gaps ranked by candidates), a project's agreed fee and per-candidate exam cost, and the national
-- cost-cap table (NAT-COST-1). Money is kept as TEXT decimals, like the budget.
ALTER TABLE exam_stations ADD COLUMN approved INTEGER NOT NULL DEFAULT 0;

ALTER TABLE certificate_projects ADD COLUMN agreed_fee TEXT NULL;
ALTER TABLE certificate_projects ADD COLUMN exam_cost_per_candidate TEXT NULL;

CREATE TABLE registrations
(
    tenant_id TEXT NOT NULL, project_key TEXT NOT NULL, candidate_key TEXT NOT NULL, student_number TEXT NULL,
    external INTEGER NOT NULL, certificate_code TEXT NOT NULL, level INTEGER NOT NULL, year INTEGER NOT NULL,
    registered_on TEXT NOT NULL, payer TEXT NOT NULL, fee TEXT NOT NULL, passed INTEGER NULL, score TEXT NULL,
    certificate_number TEXT NULL, issued_on TEXT NULL, version INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, project_key, candidate_key)
);
CREATE INDEX ix_registrations_certificate ON registrations (certificate_code, year);

CREATE TABLE cost_caps
(
    certificate_code TEXT NOT NULL, level INTEGER NOT NULL, effective_from TEXT NOT NULL, cap TEXT NOT NULL,
    sample INTEGER NOT NULL, set_by TEXT NOT NULL, set_at TEXT NOT NULL,
    PRIMARY KEY (certificate_code, level, effective_from)
);
