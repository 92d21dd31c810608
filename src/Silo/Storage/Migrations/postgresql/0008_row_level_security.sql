-- Row-level security: the second wall behind the queries' own scope conditions. Every connection of the service
-- sets oneplusx.scope ('none' | 'college' | 'province' | 'national'), oneplusx.tenant and oneplusx.province
-- (Database.ScopeStatement); a row is visible, and writable, only within that scope. FORCE makes the policies
-- bind the tables' owner too; only superusers and BYPASSRLS roles pass, and the service is neither. The
-- conditions are written out (not a function) so the planner can use indexes and evaluate the province list once.

ALTER TABLE colleges ENABLE ROW LEVEL SECURITY;
ALTER TABLE colleges FORCE ROW LEVEL SECURITY;
CREATE POLICY scope ON colleges USING (
    current_setting('oneplusx.scope', true) = 'national'
    OR (current_setting('oneplusx.scope', true) = 'college' AND tenant_id = current_setting('oneplusx.tenant', true))
    OR (current_setting('oneplusx.scope', true) = 'province' AND province_code = current_setting('oneplusx.province', true)));

ALTER TABLE exam_stations ENABLE ROW LEVEL SECURITY;
ALTER TABLE exam_stations FORCE ROW LEVEL SECURITY;
CREATE POLICY scope ON exam_stations USING (
    current_setting('oneplusx.scope', true) = 'national'
    OR (current_setting('oneplusx.scope', true) = 'college' AND tenant_id = current_setting('oneplusx.tenant', true))
    OR (current_setting('oneplusx.scope', true) = 'province' AND province_code = current_setting('oneplusx.province', true)));

ALTER TABLE schools ENABLE ROW LEVEL SECURITY;
ALTER TABLE schools FORCE ROW LEVEL SECURITY;
CREATE POLICY scope ON schools USING (
    current_setting('oneplusx.scope', true) = 'national'
    OR (current_setting('oneplusx.scope', true) = 'college' AND tenant_id = current_setting('oneplusx.tenant', true))
    OR (current_setting('oneplusx.scope', true) = 'province'
        AND tenant_id IN (SELECT c.tenant_id FROM colleges c WHERE c.province_code = current_setting('oneplusx.province', true))));

ALTER TABLE majors ENABLE ROW LEVEL SECURITY;
ALTER TABLE majors FORCE ROW LEVEL SECURITY;
CREATE POLICY scope ON majors USING (
    current_setting('oneplusx.scope', true) = 'national'
    OR (current_setting('oneplusx.scope', true) = 'college' AND tenant_id = current_setting('oneplusx.tenant', true))
    OR (current_setting('oneplusx.scope', true) = 'province'
        AND tenant_id IN (SELECT c.tenant_id FROM colleges c WHERE c.province_code = current_setting('oneplusx.province', true))));

ALTER TABLE certificate_projects ENABLE ROW LEVEL SECURITY;
ALTER TABLE certificate_projects FORCE ROW LEVEL SECURITY;
CREATE POLICY scope ON certificate_projects USING (
    current_setting('oneplusx.scope', true) = 'national'
    OR (current_setting('oneplusx.scope', true) = 'college' AND tenant_id = current_setting('oneplusx.tenant', true))
    OR (current_setting('oneplusx.scope', true) = 'province'
        AND tenant_id IN (SELECT c.tenant_id FROM colleges c WHERE c.province_code = current_setting('oneplusx.province', true))));

ALTER TABLE project_candidates ENABLE ROW LEVEL SECURITY;
ALTER TABLE project_candidates FORCE ROW LEVEL SECURITY;
CREATE POLICY scope ON project_candidates USING (
    current_setting('oneplusx.scope', true) = 'national'
    OR (current_setting('oneplusx.scope', true) = 'college' AND tenant_id = current_setting('oneplusx.tenant', true))
    OR (current_setting('oneplusx.scope', true) = 'province'
        AND tenant_id IN (SELECT c.tenant_id FROM colleges c WHERE c.province_code = current_setting('oneplusx.province', true))));

ALTER TABLE students ENABLE ROW LEVEL SECURITY;
ALTER TABLE students FORCE ROW LEVEL SECURITY;
CREATE POLICY scope ON students USING (
    current_setting('oneplusx.scope', true) = 'national'
    OR (current_setting('oneplusx.scope', true) = 'college' AND tenant_id = current_setting('oneplusx.tenant', true))
    OR (current_setting('oneplusx.scope', true) = 'province'
        AND tenant_id IN (SELECT c.tenant_id FROM colleges c WHERE c.province_code = current_setting('oneplusx.province', true))));

-- The audit log: anyone may append (a failed sign-in has no tenant yet); reading is scoped; nobody updates or
-- deletes it (no policy for either, beside the trigger and the missing grant).
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
CREATE POLICY append ON audit_log FOR INSERT WITH CHECK (true);
CREATE POLICY scope ON audit_log FOR SELECT USING (
    current_setting('oneplusx.scope', true) = 'national'
    OR (current_setting('oneplusx.scope', true) = 'college' AND tenant_id = current_setting('oneplusx.tenant', true))
    OR (current_setting('oneplusx.scope', true) = 'province'
        AND tenant_id IN (SELECT c.tenant_id FROM colleges c WHERE c.province_code = current_setting('oneplusx.province', true))));
