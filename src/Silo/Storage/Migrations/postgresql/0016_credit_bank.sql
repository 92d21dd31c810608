-- The credit bank (学分银行, NAT-CB-1): one credit record per issued certificate (credit_records, the current state,
-- written by the project's projection) and the change feed integrations pull (credit_record_changes).
--
-- Every insert or update of a credit record appends a change by trigger, stamped with the writing transaction's id
-- (pg_current_xact_id(), xid8: 64 bits, never wraps). A reader returns only changes whose transaction id is below the
-- xmin of its own statement's snapshot: every transaction below it has ended, so no change can still commit there.
-- Changes are read in (xid, id) order and the cursor is (xid, id): a change that commits later, out of order, has an
-- xid at or above that xmin and so comes after every cursor already handed out. No gap, no duplicate.
CREATE TABLE credit_records
(
    tenant_id           text NOT NULL,
    certificate_number  text NOT NULL,
    project_key         text NOT NULL,
    candidate_key       text NOT NULL,
    certificate_code    text NOT NULL,
    level               smallint NOT NULL,
    holder_name         text NOT NULL,
    student_number      text NULL,
    issued_on           date NOT NULL,
    credits             numeric(5, 2) NOT NULL,
    category            text NOT NULL,
    rule_ids            text NOT NULL,
    explanation_chinese text NOT NULL,
    explanation_english text NOT NULL,
    due                 date NOT NULL,
    proposed_on         date NULL,
    version             integer NOT NULL,
    updated_at          timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, certificate_number)
);
CREATE INDEX ix_credit_records_due ON credit_records (tenant_id, due) WHERE proposed_on IS NULL;

-- A change is a position (xid, id) and the record it concerns; the reader returns the record as it stands when it
-- reads (at or after the change). Transaction ids are not commit order: two transactions may change one record in
-- the opposite order of their ids. Because a change is returned only once every transaction below it has ended, the
-- state read with the last change of a record is always its latest, so a reader that applies the feed in order ends
-- with the table's state.
CREATE TABLE credit_record_changes
(
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    xid                xid8 NOT NULL DEFAULT pg_current_xact_id(),
    changed_at         timestamptz NOT NULL DEFAULT clock_timestamp(),
    tenant_id          text NOT NULL,
    certificate_number text NOT NULL
);
CREATE INDEX ix_credit_record_changes_feed ON credit_record_changes (xid, id);

CREATE FUNCTION credit_record_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO credit_record_changes (tenant_id, certificate_number) VALUES (NEW.tenant_id, NEW.certificate_number);
    RETURN NULL;
END
$$;
CREATE TRIGGER credit_record_inserted AFTER INSERT ON credit_records
    FOR EACH ROW EXECUTE FUNCTION credit_record_changed();
CREATE TRIGGER credit_record_updated AFTER UPDATE ON credit_records
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION credit_record_changed();

-- Both are tenant tables: the same scope policy as registrations (0012).
ALTER TABLE credit_records ENABLE ROW LEVEL SECURITY;
ALTER TABLE credit_records FORCE ROW LEVEL SECURITY;
CREATE POLICY scope ON credit_records USING (
    current_setting('oneplusx.scope', true) = 'national'
    OR (current_setting('oneplusx.scope', true) = 'college' AND tenant_id = current_setting('oneplusx.tenant', true))
    OR (current_setting('oneplusx.scope', true) = 'province'
        AND tenant_id IN (SELECT c.tenant_id FROM colleges c WHERE c.province_code = current_setting('oneplusx.province', true))));

ALTER TABLE credit_record_changes ENABLE ROW LEVEL SECURITY;
ALTER TABLE credit_record_changes FORCE ROW LEVEL SECURITY;
CREATE POLICY scope ON credit_record_changes USING (
    current_setting('oneplusx.scope', true) = 'national'
    OR (current_setting('oneplusx.scope', true) = 'college' AND tenant_id = current_setting('oneplusx.tenant', true))
    OR (current_setting('oneplusx.scope', true) = 'province'
        AND tenant_id IN (SELECT c.tenant_id FROM colleges c WHERE c.province_code = current_setting('oneplusx.province', true))));
