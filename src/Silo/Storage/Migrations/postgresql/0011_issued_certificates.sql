-- Issued certificates (证书颁发), projected from their projects: platform-entry deadlines (NAT-ISS-1) for the college
-- and its readers, and public verification by number and holder name. The certificate number is unique across the
-- service, and the primary key is what enforces it: a project claims a number by inserting its row (version 0)
-- before it issues, so this table, unlike the others, is keyed by the number rather than led by tenant_id.
CREATE TABLE issued_certificates
(
    number                   text PRIMARY KEY,
    tenant_id                text NOT NULL,
    project_key              text NOT NULL,
    candidate_key            text NOT NULL,
    certificate_code         text NOT NULL,
    level                    smallint NOT NULL,
    holder_name              text NOT NULL,
    student_number           text NULL,
    college_name             text NOT NULL,
    issued_on                date NOT NULL,
    platform_due             date NOT NULL,
    platform_due_provisional boolean NOT NULL,
    platform_entered_on      date NULL,
    version                  integer NOT NULL,
    updated_at               timestamptz NOT NULL
);
CREATE INDEX ix_issued_certificates_project ON issued_certificates (tenant_id, project_key);
CREATE INDEX ix_issued_certificates_due ON issued_certificates (tenant_id, platform_due);

ALTER TABLE issued_certificates ENABLE ROW LEVEL SECURITY;
ALTER TABLE issued_certificates FORCE ROW LEVEL SECURITY;
CREATE POLICY scope ON issued_certificates USING (
    current_setting('oneplusx.scope', true) = 'national'
    OR (current_setting('oneplusx.scope', true) = 'college' AND tenant_id = current_setting('oneplusx.tenant', true))
    OR (current_setting('oneplusx.scope', true) = 'province'
        AND tenant_id IN (SELECT c.tenant_id FROM colleges c WHERE c.province_code = current_setting('oneplusx.province', true))));

-- Public verification (NAT-ISS-1). Anonymous callers have scope 'none', under which the policy above shows no row.
-- This policy shows one row, and only to a reader who already names both its number and its holder: it holds only
-- while the scope is 'verification' and the row's number and holder name equal the two verification settings. Only
-- verify_certificate sets them, transaction-locally and for its own query: it puts the previous scope back before it
-- returns (and a transaction-local setting ends with the transaction anyway, on error too), so a connection never
-- stays in that scope; and even a statement run in it lists nothing it was not asked for by number and name together.
-- Nothing is written through it: the policy is for SELECT only.
CREATE POLICY verification ON issued_certificates FOR SELECT USING (
    current_setting('oneplusx.scope', true) = 'verification'
    AND number = current_setting('oneplusx.verify_number', true)
    AND holder_name = current_setting('oneplusx.verify_holder_name', true));

-- The certificate's public fields only (no tenant, project, candidate or student number), and only for an exact
-- number and holder name; invoker's rights (the service role), so row-level security applies as above.
CREATE FUNCTION verify_certificate(p_number text, p_holder_name text)
    RETURNS TABLE (number text, holder_name text, certificate_code text, level smallint, college_name text, issued_on date)
    LANGUAGE plpgsql VOLATILE
AS $$
DECLARE
    previous_scope text := coalesce(current_setting('oneplusx.scope', true), 'none');
BEGIN
    PERFORM set_config('oneplusx.scope', 'verification', true),
            set_config('oneplusx.verify_number', p_number, true),
            set_config('oneplusx.verify_holder_name', p_holder_name, true);
    RETURN QUERY
        SELECT c.number, c.holder_name, c.certificate_code, c.level, c.college_name, c.issued_on
        FROM issued_certificates c
        WHERE c.number = p_number AND c.holder_name = p_holder_name AND c.version > 0;
    PERFORM set_config('oneplusx.scope', previous_scope, true),
            set_config('oneplusx.verify_number', '', true),
            set_config('oneplusx.verify_holder_name', '', true);
END
$$;
