-- Our own tables on SQLite: the same shape as the PostgreSQL script (money as TEXT to keep decimals exact).

CREATE TABLE provinces (code TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE cities (code TEXT PRIMARY KEY, name TEXT NOT NULL, province_code TEXT NOT NULL REFERENCES provinces (code), kind TEXT NOT NULL);
CREATE TABLE evaluation_organizations (code TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE certificates
(
    code TEXT PRIMARY KEY, name TEXT NOT NULL,
    organization_code TEXT NOT NULL REFERENCES evaluation_organizations (code), levels TEXT NOT NULL
);

CREATE TABLE colleges
(
    tenant_id TEXT PRIMARY KEY, name TEXT NOT NULL, province_code TEXT NOT NULL, city_code TEXT NOT NULL,
    policy_code TEXT NOT NULL, version INTEGER NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX ix_colleges_city ON colleges (province_code, city_code);

CREATE TABLE schools (tenant_id TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY (tenant_id, code));
CREATE TABLE majors
(
    tenant_id TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, school_code TEXT NOT NULL,
    PRIMARY KEY (tenant_id, code)
);

CREATE TABLE certificate_projects
(
    tenant_id TEXT NOT NULL, project_key TEXT NOT NULL, certificate_code TEXT NOT NULL, level INTEGER NOT NULL,
    year INTEGER NOT NULL, school_code TEXT NOT NULL, pilot_scale INTEGER NOT NULL, budget TEXT NOT NULL,
    status TEXT NOT NULL, candidate_count INTEGER NOT NULL, version INTEGER NOT NULL, updated_at TEXT NOT NULL,
    PRIMARY KEY (tenant_id, project_key)
);
CREATE INDEX ix_certificate_projects_certificate ON certificate_projects (certificate_code, year);

CREATE TABLE project_candidates
(
    tenant_id TEXT NOT NULL, project_key TEXT NOT NULL, student_number TEXT NOT NULL,
    PRIMARY KEY (tenant_id, project_key, student_number)
);

CREATE TABLE students
(
    tenant_id TEXT NOT NULL, student_number TEXT NOT NULL, name TEXT NOT NULL, major_code TEXT NOT NULL,
    cohort INTEGER NOT NULL, registration_count INTEGER NOT NULL, version INTEGER NOT NULL, updated_at TEXT NOT NULL,
    PRIMARY KEY (tenant_id, student_number)
);

CREATE TABLE exam_stations
(
    tenant_id TEXT NOT NULL, station_code TEXT NOT NULL, name TEXT NOT NULL, certificate_code TEXT NOT NULL,
    province_code TEXT NOT NULL, city_code TEXT NOT NULL, capacity INTEGER NOT NULL, version INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (tenant_id, station_code)
);
CREATE INDEX ix_exam_stations_city ON exam_stations (province_code, city_code, certificate_code);

CREATE TABLE projections
(
    grain_type TEXT NOT NULL, grain_key TEXT NOT NULL, tenant_id TEXT NOT NULL, version INTEGER NOT NULL,
    projected_at TEXT NOT NULL,
    PRIMARY KEY (grain_type, grain_key)
);

CREATE TABLE projection_sweeps (service_id TEXT PRIMARY KEY, watermark TEXT NOT NULL);

CREATE TABLE audit_log
(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id TEXT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, grain_type TEXT NULL, grain_key TEXT NULL,
    version INTEGER NULL, detail TEXT NULL, origin TEXT NULL, occurred_at TEXT NOT NULL,
    UNIQUE (grain_type, grain_key, version)
);
CREATE INDEX ix_audit_log_tenant ON audit_log (tenant_id, occurred_at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
