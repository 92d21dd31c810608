-- Our own tables: shared reference data, the read models grains project into, the projection ledger and the audit log.
-- Every tenant table leads with tenant_id so it can later be sharded by tenant.

CREATE TABLE provinces (code varchar(2) PRIMARY KEY, name text NOT NULL);
CREATE TABLE cities
(
    code          varchar(6) PRIMARY KEY,
    name          text NOT NULL,
    province_code varchar(2) NOT NULL REFERENCES provinces (code),
    kind          text NOT NULL
);
CREATE TABLE evaluation_organizations (code text PRIMARY KEY, name text NOT NULL);
CREATE TABLE certificates
(
    code              text PRIMARY KEY,
    name              text NOT NULL,
    organization_code text NOT NULL REFERENCES evaluation_organizations (code),
    levels            text NOT NULL
);

CREATE TABLE colleges
(
    tenant_id     text PRIMARY KEY,
    name          text NOT NULL,
    province_code text NOT NULL,
    city_code     text NOT NULL,
    policy_code   text NOT NULL,
    version       integer NOT NULL,
    updated_at    timestamptz NOT NULL
);
CREATE INDEX ix_colleges_city ON colleges (province_code, city_code);

CREATE TABLE schools (tenant_id text NOT NULL, code text NOT NULL, name text NOT NULL, PRIMARY KEY (tenant_id, code));
CREATE TABLE majors
(
    tenant_id text NOT NULL, code text NOT NULL, name text NOT NULL, school_code text NOT NULL,
    PRIMARY KEY (tenant_id, code)
);

CREATE TABLE certificate_projects
(
    tenant_id        text NOT NULL,
    project_key      text NOT NULL,
    certificate_code text NOT NULL,
    level            smallint NOT NULL,
    year             integer NOT NULL,
    school_code      text NOT NULL,
    pilot_scale      integer NOT NULL,
    budget           numeric(14, 2) NOT NULL,
    status           text NOT NULL,
    candidate_count  integer NOT NULL,
    version          integer NOT NULL,
    updated_at       timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, project_key)
);
CREATE INDEX ix_certificate_projects_certificate ON certificate_projects (certificate_code, year);

CREATE TABLE project_candidates
(
    tenant_id text NOT NULL, project_key text NOT NULL, student_number text NOT NULL,
    PRIMARY KEY (tenant_id, project_key, student_number)
);

CREATE TABLE students
(
    tenant_id          text NOT NULL,
    student_number     text NOT NULL,
    name               text NOT NULL,
    major_code         text NOT NULL,
    cohort             integer NOT NULL,
    registration_count integer NOT NULL,
    version            integer NOT NULL,
    updated_at         timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, student_number)
);

CREATE TABLE exam_stations
(
    tenant_id        text NOT NULL,
    station_code     text NOT NULL,
    name             text NOT NULL,
    certificate_code text NOT NULL,
    province_code    text NOT NULL,
    city_code        text NOT NULL,
    capacity         integer NOT NULL,
    version          integer NOT NULL,
    updated_at       timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, station_code)
);
CREATE INDEX ix_exam_stations_city ON exam_stations (province_code, city_code, certificate_code);

-- Which grain-state version each grain's rows reflect; the sweep compares it with orleans_storage.version.
CREATE TABLE projections
(
    grain_type   text NOT NULL,
    grain_key    text NOT NULL,
    tenant_id    text NOT NULL,
    version      integer NOT NULL,
    projected_at timestamptz NOT NULL,
    PRIMARY KEY (grain_type, grain_key)
);

CREATE TABLE projection_sweeps (service_id text PRIMARY KEY, watermark timestamptz NOT NULL);

-- Append-only: who did what, to which grain, at which state version, when and from where.
CREATE TABLE audit_log
(
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id   text NULL,
    actor       text NOT NULL,
    action      text NOT NULL,
    grain_type  text NULL,
    grain_key   text NULL,
    version     integer NULL,
    detail      text NULL,
    origin      text NULL,
    occurred_at timestamptz NOT NULL,
    UNIQUE (grain_type, grain_key, version)
);
CREATE INDEX ix_audit_log_tenant ON audit_log (tenant_id, occurred_at);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
