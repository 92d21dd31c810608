-- National monitoring points (NAT-MON-1): the same shape as the PostgreSQL script (instants as ISO text).
CREATE TABLE monitoring_points
(
    certificate_code TEXT NOT NULL, tenant_id TEXT NOT NULL, college_name TEXT NOT NULL, province_code TEXT NOT NULL,
    designated_at TEXT NOT NULL, designated_by TEXT NOT NULL, reason TEXT NOT NULL,
    PRIMARY KEY (certificate_code, tenant_id)
);
CREATE INDEX ix_monitoring_points_tenant ON monitoring_points (tenant_id);
CREATE INDEX ix_monitoring_points_province ON monitoring_points (province_code);

CREATE TABLE monitoring_point_history
(
    certificate_code TEXT NOT NULL, sequence INTEGER NOT NULL, tenant_id TEXT NOT NULL, college_name TEXT NOT NULL,
    province_code TEXT NOT NULL, action TEXT NOT NULL, actor TEXT NOT NULL,
    occurred_at TEXT NOT NULL, reason TEXT NOT NULL,
    PRIMARY KEY (certificate_code, sequence)
);
CREATE INDEX ix_monitoring_point_history_tenant ON monitoring_point_history (tenant_id);
