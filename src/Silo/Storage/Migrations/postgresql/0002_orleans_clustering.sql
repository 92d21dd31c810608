-- Cluster membership for Orleans' ADO.NET clustering provider (10.4.x contract).
-- One version row per cluster; every membership write bumps it in the same statement (optimistic concurrency).

CREATE TABLE orleans_membership_version
(
    deployment_id varchar(150) NOT NULL PRIMARY KEY,
    changed_at    timestamptz(3) NOT NULL DEFAULT now(),
    version       integer NOT NULL DEFAULT 0
);

CREATE TABLE orleans_membership
(
    deployment_id   varchar(150) NOT NULL REFERENCES orleans_membership_version (deployment_id),
    address         varchar(45)  NOT NULL,
    port            integer      NOT NULL,
    generation      integer      NOT NULL,
    silo_name       varchar(150) NOT NULL,
    host_name       varchar(150) NOT NULL,
    status          integer      NOT NULL,
    proxy_port      integer      NULL,
    suspect_times   varchar(8000) NULL,
    start_time      timestamptz(3) NOT NULL,
    i_am_alive_time timestamptz(3) NOT NULL,
    PRIMARY KEY (deployment_id, address, port, generation)
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('InsertMembershipVersionKey', '
    WITH inserted AS (
        INSERT INTO orleans_membership_version (deployment_id)
        VALUES (@DeploymentId::varchar)
        ON CONFLICT (deployment_id) DO NOTHING
        RETURNING 1)
    SELECT count(*)::int FROM inserted;'),

-- Insert a silo row and bump the table version atomically; nothing changes when the version moved on
-- or the row exists already (the version row lock serialises concurrent inserts).
('InsertMembershipKey', '
    WITH bumped AS (
        UPDATE orleans_membership_version
        SET version = version + 1, changed_at = now()
        WHERE deployment_id = @DeploymentId::varchar AND version = @Version::int AND version < 2147483647
          AND NOT EXISTS (SELECT 1 FROM orleans_membership m
                          WHERE m.deployment_id = @DeploymentId::varchar AND m.address = @Address::varchar
                            AND m.port = @Port::int AND m.generation = @Generation::int)
        RETURNING deployment_id),
    inserted AS (
        INSERT INTO orleans_membership (deployment_id, address, port, generation, silo_name, host_name,
                                        status, proxy_port, start_time, i_am_alive_time)
        SELECT deployment_id, @Address::varchar, @Port::int, @Generation::int, @SiloName::varchar, @HostName::varchar,
               @Status::int, @ProxyPort::int, @StartTime::timestamptz, @IAmAliveTime::timestamptz
        FROM bumped
        RETURNING 1)
    SELECT count(*)::int FROM inserted;'),

('UpdateMembershipKey', '
    WITH bumped AS (
        UPDATE orleans_membership_version
        SET version = version + 1, changed_at = now()
        WHERE deployment_id = @DeploymentId::varchar AND version = @Version::int AND version < 2147483647
          AND EXISTS (SELECT 1 FROM orleans_membership m
                      WHERE m.deployment_id = @DeploymentId::varchar AND m.address = @Address::varchar
                        AND m.port = @Port::int AND m.generation = @Generation::int)
        RETURNING deployment_id),
    updated AS (
        UPDATE orleans_membership m
        SET status = @Status::int,
            suspect_times = @SuspectTimes::varchar,
            i_am_alive_time = GREATEST(m.i_am_alive_time, @IAmAliveTime::timestamptz)
        FROM bumped
        WHERE m.deployment_id = bumped.deployment_id AND m.address = @Address::varchar
          AND m.port = @Port::int AND m.generation = @Generation::int
        RETURNING 1)
    SELECT count(*)::int FROM updated;'),

-- A heartbeat never moves the table version; it only ever moves the time forward.
('UpdateIAmAlivetimeKey', '
    UPDATE orleans_membership
    SET i_am_alive_time = GREATEST(i_am_alive_time, @IAmAliveTime::timestamptz)
    WHERE deployment_id = @DeploymentId::varchar AND address = @Address::varchar
      AND port = @Port::int AND generation = @Generation::int;'),

('MembershipReadRowKey', '
    SELECT v.deployment_id AS DeploymentId, m.address AS Address, m.port AS Port, m.generation AS Generation,
           m.silo_name AS SiloName, m.host_name AS HostName, m.status AS Status, m.proxy_port AS ProxyPort,
           m.suspect_times AS SuspectTimes, m.start_time AS StartTime, m.i_am_alive_time AS IAmAliveTime,
           v.version AS Version
    FROM orleans_membership_version v
    LEFT JOIN orleans_membership m
           ON m.deployment_id = v.deployment_id AND m.address = @Address::varchar
          AND m.port = @Port::int AND m.generation = @Generation::int
    WHERE v.deployment_id = @DeploymentId::varchar;'),

('MembershipReadAllKey', '
    SELECT v.deployment_id AS DeploymentId, m.address AS Address, m.port AS Port, m.generation AS Generation,
           m.silo_name AS SiloName, m.host_name AS HostName, m.status AS Status, m.proxy_port AS ProxyPort,
           m.suspect_times AS SuspectTimes, m.start_time AS StartTime, m.i_am_alive_time AS IAmAliveTime,
           v.version AS Version
    FROM orleans_membership_version v
    LEFT JOIN orleans_membership m ON m.deployment_id = v.deployment_id
    WHERE v.deployment_id = @DeploymentId::varchar;'),

('GatewaysQueryKey', '
    SELECT address AS Address, proxy_port AS ProxyPort, generation AS Generation
    FROM orleans_membership
    WHERE deployment_id = @DeploymentId::varchar AND status = @Status::int AND proxy_port > 0;'),

('DeleteMembershipTableEntriesKey', '
    DELETE FROM orleans_membership WHERE deployment_id = @DeploymentId::varchar;
    DELETE FROM orleans_membership_version WHERE deployment_id = @DeploymentId::varchar;'),

-- Only rows of dead silos (status 6) that are quiet since the cut-off and suspected by nobody.
('CleanupDefunctSiloEntriesKey', '
    DELETE FROM orleans_membership
    WHERE deployment_id = @DeploymentId::varchar
      AND i_am_alive_time < @IAmAliveTime::timestamptz AND start_time < @IAmAliveTime::timestamptz
      AND COALESCE(suspect_times, '''') = '''' AND status = 6;'),

-- One dead row, only if it still holds exactly the values the caller saw.
('CleanupDefunctSiloEntryKey', '
    DELETE FROM orleans_membership
    WHERE deployment_id = @DeploymentId::varchar AND status = 6
      AND address = @Address::varchar AND port = @Port::int AND generation = @Generation::int
      AND i_am_alive_time = @IAmAliveTime::timestamptz AND start_time = @StartTime::timestamptz
      AND COALESCE(suspect_times, '''') = COALESCE(@SuspectTimes::varchar, '''');');
