-- Every approvable item of every grain (project applications, annual plans, change requests, stations, trainings,
-- exam filings…) as approvers list them: status, who acts next, why it was rejected. The timeline stays in the grain.
CREATE TABLE approval_items
(
    tenant_id TEXT NOT NULL, target TEXT NOT NULL, target_key TEXT NOT NULL, item TEXT NOT NULL,
    subject TEXT NOT NULL, title TEXT NOT NULL, status TEXT NOT NULL, next_approver TEXT NULL,
    rejection_reason TEXT NULL, submitted_at TEXT NULL, version INTEGER NOT NULL, updated_at TEXT NOT NULL,
    PRIMARY KEY (tenant_id, target, target_key, item)
);
CREATE INDEX ix_approval_items_next ON approval_items (next_approver, status);
