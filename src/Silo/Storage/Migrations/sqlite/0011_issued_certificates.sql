-- Issued certificates (证书颁发), projected from their projects: platform-entry deadlines (NAT-ISS-1) for the college
-- and its readers, and public verification by number and holder name. The certificate number is unique across the
-- service, and the primary key is what enforces it: a project claims a number by inserting its row (version 0)
-- before it issues, so this table, unlike the others, is keyed by the number rather than led by tenant_id.
CREATE TABLE issued_certificates
(
    number TEXT PRIMARY KEY, tenant_id TEXT NOT NULL, project_key TEXT NOT NULL, candidate_key TEXT NOT NULL,
    certificate_code TEXT NOT NULL, level INTEGER NOT NULL, holder_name TEXT NOT NULL, student_number TEXT NULL,
    college_name TEXT NOT NULL, issued_on TEXT NOT NULL, platform_due TEXT NOT NULL, platform_due_provisional INTEGER NOT NULL,
    platform_entered_on TEXT NULL, version INTEGER NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX ix_issued_certificates_project ON issued_certificates (tenant_id, project_key);
CREATE INDEX ix_issued_certificates_due ON issued_certificates (tenant_id, platform_due);
