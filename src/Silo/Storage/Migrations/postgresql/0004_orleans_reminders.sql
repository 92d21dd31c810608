-- Reminders for Orleans' ADO.NET reminder provider (10.4.x contract). Period is in milliseconds.
CREATE TABLE orleans_reminders
(
    service_id    varchar(150) NOT NULL,
    grain_id      varchar(512) NOT NULL,
    reminder_name varchar(150) NOT NULL,
    start_time    timestamptz(3) NOT NULL,
    period        bigint  NOT NULL,
    grain_hash    integer NOT NULL,
    version       integer NOT NULL,
    PRIMARY KEY (service_id, grain_id, reminder_name)
);

CREATE INDEX ix_orleans_reminders_hash ON orleans_reminders (service_id, grain_hash);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('UpsertReminderRowKey', '
    INSERT INTO orleans_reminders (service_id, grain_id, reminder_name, start_time, period, grain_hash, version)
    VALUES (@ServiceId::varchar, @GrainId::varchar, @ReminderName::varchar, @StartTime::timestamptz,
            @Period::bigint, @GrainHash::int, 0)
    ON CONFLICT (service_id, grain_id, reminder_name) DO UPDATE
        SET start_time = excluded.start_time, period = excluded.period, grain_hash = excluded.grain_hash,
            version = orleans_reminders.version + 1
    RETURNING version AS Version;'),

('ReadReminderRowsKey', '
    SELECT grain_id AS GrainId, reminder_name AS ReminderName, start_time AS StartTime, period AS Period, version AS Version
    FROM orleans_reminders
    WHERE service_id = @ServiceId::varchar AND grain_id = @GrainId::varchar;'),

('ReadReminderRowKey', '
    SELECT grain_id AS GrainId, reminder_name AS ReminderName, start_time AS StartTime, period AS Period, version AS Version
    FROM orleans_reminders
    WHERE service_id = @ServiceId::varchar AND grain_id = @GrainId::varchar AND reminder_name = @ReminderName::varchar;'),

-- A hash range that does not wrap around the ring.
('ReadRangeRows1Key', '
    SELECT grain_id AS GrainId, reminder_name AS ReminderName, start_time AS StartTime, period AS Period, version AS Version
    FROM orleans_reminders
    WHERE service_id = @ServiceId::varchar AND grain_hash > @BeginHash::int AND grain_hash <= @EndHash::int;'),

-- A hash range that wraps around the ring.
('ReadRangeRows2Key', '
    SELECT grain_id AS GrainId, reminder_name AS ReminderName, start_time AS StartTime, period AS Period, version AS Version
    FROM orleans_reminders
    WHERE service_id = @ServiceId::varchar AND (grain_hash > @BeginHash::int OR grain_hash <= @EndHash::int);'),

('DeleteReminderRowKey', '
    WITH deleted AS (
        DELETE FROM orleans_reminders
        WHERE service_id = @ServiceId::varchar AND grain_id = @GrainId::varchar
          AND reminder_name = @ReminderName::varchar AND version = @Version::int
        RETURNING 1)
    SELECT count(*)::int FROM deleted;'),

('DeleteReminderRowsKey', '
    DELETE FROM orleans_reminders WHERE service_id = @ServiceId::varchar;');
