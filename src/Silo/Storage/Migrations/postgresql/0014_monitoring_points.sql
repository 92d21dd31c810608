-- National monitoring points (NAT-MON-1): per certificate, the pilot colleges national monitoring designated, and
-- every change (who, when, added or removed, why). National data projected from one grain per certificate (keyed by
-- the certificate, not a tenant: its rows lead with certificate_code). The rows name colleges, so reading them is
-- scoped like a tenant table: national monitoring sees all, a province the points among its colleges, a college its
-- own; the service writes them in the national scope.
CREATE TABLE monitoring_points
(
    certificate_code text NOT NULL,
    tenant_id        text NOT NULL,
    college_name     text NOT NULL,
    province_code    text NOT NULL,
    designated_at    timestamptz NOT NULL,
    designated_by    text NOT NULL,
    reason           text NOT NULL,
    PRIMARY KEY (certificate_code, tenant_id)
);
CREATE INDEX ix_monitoring_points_tenant ON monitoring_points (tenant_id);
CREATE INDEX ix_monitoring_points_province ON monitoring_points (province_code);

CREATE TABLE monitoring_point_history
(
    certificate_code text NOT NULL,
    sequence         integer NOT NULL,
    tenant_id        text NOT NULL,
    college_name     text NOT NULL,
    province_code    text NOT NULL,
    action           text NOT NULL,
    actor            text NOT NULL,
    occurred_at      timestamptz NOT NULL,
    reason           text NOT NULL,
    PRIMARY KEY (certificate_code, sequence)
);
CREATE INDEX ix_monitoring_point_history_tenant ON monitoring_point_history (tenant_id);

ALTER TABLE monitoring_points ENABLE ROW LEVEL SECURITY;
ALTER TABLE monitoring_points FORCE ROW LEVEL SECURITY;
CREATE POLICY scope ON monitoring_points USING (
    current_setting('oneplusx.scope', true) = 'national'
    OR (current_setting('oneplusx.scope', true) = 'college' AND tenant_id = current_setting('oneplusx.tenant', true))
    OR (current_setting('oneplusx.scope', true) = 'province' AND province_code = current_setting('oneplusx.province', true)));

ALTER TABLE monitoring_point_history ENABLE ROW LEVEL SECURITY;
ALTER TABLE monitoring_point_history FORCE ROW LEVEL SECURITY;
CREATE POLICY scope ON monitoring_point_history USING (
    current_setting('oneplusx.scope', true) = 'national'
    OR (current_setting('oneplusx.scope', true) = 'college' AND tenant_id = current_setting('oneplusx.tenant', true))
    OR (current_setting('oneplusx.scope', true) = 'province' AND province_code = current_setting('oneplusx.province', true)));
