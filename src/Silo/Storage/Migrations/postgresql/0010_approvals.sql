-- Every approvable item of every grain (project applications, annual plans, change requests, stations, trainings,
-- exam filings…) as approvers list them: status, who acts next, why it was rejected. The timeline stays in the grain.
CREATE TABLE approval_items
(
    tenant_id        text NOT NULL,
    target           text NOT NULL,
    target_key       text NOT NULL,
    item             text NOT NULL,
    subject          text NOT NULL,
    title            text NOT NULL,
    status           text NOT NULL,
    next_approver    text NULL,
    rejection_reason text NULL,
    submitted_at     timestamptz NULL,
    version          integer NOT NULL,
    updated_at       timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, target, target_key, item)
);
CREATE INDEX ix_approval_items_next ON approval_items (next_approver, status);

ALTER TABLE approval_items ENABLE ROW LEVEL SECURITY;
ALTER TABLE approval_items FORCE ROW LEVEL SECURITY;
CREATE POLICY scope ON approval_items USING (
    current_setting('oneplusx.scope', true) = 'national'
    OR (current_setting('oneplusx.scope', true) = 'college' AND tenant_id = current_setting('oneplusx.tenant', true))
    OR (current_setting('oneplusx.scope', true) = 'province'
        AND tenant_id IN (SELECT c.tenant_id FROM colleges c WHERE c.province_code = current_setting('oneplusx.province', true))));
