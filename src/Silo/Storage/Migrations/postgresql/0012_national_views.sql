-- What the provincial and national views read (issue 7): whether a station is approved (only approved stations
-- cover a city, NAT-STA-1), one row per registration with its funding, result and certificate (monitoring exports,
-- coverage gaps ranked by candidates), a project's agreed fee and per-candidate exam cost, and the national
-- cost-cap table (NAT-COST-1). All are projected from grains, or loaded in bulk by the national data set.
ALTER TABLE exam_stations ADD COLUMN approved boolean NOT NULL DEFAULT false;
CREATE INDEX ix_exam_stations_approved ON exam_stations (province_code, city_code, certificate_code) WHERE approved;

ALTER TABLE certificate_projects ADD COLUMN agreed_fee numeric(10, 2) NULL;
ALTER TABLE certificate_projects ADD COLUMN exam_cost_per_candidate numeric(10, 2) NULL;

CREATE TABLE registrations
(
    tenant_id          text NOT NULL,
    project_key        text NOT NULL,
    candidate_key      text NOT NULL,
    student_number     text NULL,
    external           boolean NOT NULL,
    certificate_code   text NOT NULL,
    level              smallint NOT NULL,
    year               integer NOT NULL,
    registered_on      date NOT NULL,
    payer              text NOT NULL,
    fee                numeric(10, 2) NOT NULL,
    passed             boolean NULL,
    score              numeric(6, 2) NULL,
    certificate_number text NULL,
    issued_on          date NULL,
    version            integer NOT NULL,
    PRIMARY KEY (tenant_id, project_key, candidate_key)
);
CREATE INDEX ix_registrations_certificate ON registrations (certificate_code, year);

ALTER TABLE registrations ENABLE ROW LEVEL SECURITY;
ALTER TABLE registrations FORCE ROW LEVEL SECURITY;
CREATE POLICY scope ON registrations USING (
    current_setting('oneplusx.scope', true) = 'national'
    OR (current_setting('oneplusx.scope', true) = 'college' AND tenant_id = current_setting('oneplusx.tenant', true))
    OR (current_setting('oneplusx.scope', true) = 'province'
        AND tenant_id IN (SELECT c.tenant_id FROM colleges c WHERE c.province_code = current_setting('oneplusx.province', true))));

-- National data, not a tenant's: every signed-in reader may read it; only the service writes it (from its grain).
CREATE TABLE cost_caps
(
    certificate_code text NOT NULL,
    level            smallint NOT NULL,
    effective_from   date NOT NULL,
    cap              numeric(10, 2) NOT NULL,
    sample           boolean NOT NULL,
    set_by           text NOT NULL,
    set_at           timestamptz NOT NULL,
    PRIMARY KEY (certificate_code, level, effective_from)
);
