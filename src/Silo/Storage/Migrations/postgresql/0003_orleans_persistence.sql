-- Grain state for Orleans' ADO.NET persistence provider (10.4.x contract: binary payload, integer version as ETag).
-- grain_type is the state name a grain declares ([PersistentState("college")]); grain_key is the string key.
-- Rows are never deleted by the provider: clearing sets the payload to NULL and bumps the version.
CREATE TABLE orleans_storage
(
    service_id     varchar(150) NOT NULL,
    grain_type     varchar(512) NOT NULL,
    grain_id_n0    bigint       NOT NULL,
    grain_id_n1    bigint       NOT NULL,
    grain_key      varchar(512) NOT NULL DEFAULT '',
    grain_id_hash  integer      NOT NULL,
    grain_type_hash integer     NOT NULL,
    payload        bytea        NULL,
    modified_on    timestamptz  NOT NULL DEFAULT now(),
    version        integer      NOT NULL,
    PRIMARY KEY (service_id, grain_type, grain_key, grain_id_n0, grain_id_n1)
);

-- The projection sweep looks for recently changed grains.
CREATE INDEX ix_orleans_storage_modified ON orleans_storage (service_id, modified_on);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
-- Update when the caller holds the current version, insert when it holds none. The answer is the new version,
-- or the caller's own version (or NULL) when nothing was written, which the provider reports as a conflict.
('WriteToStorageKey', '
    WITH updated AS (
        UPDATE orleans_storage
        SET payload = @PayloadBinary::bytea, version = version + 1, modified_on = now()
        WHERE service_id = @ServiceId::varchar AND grain_type = @GrainTypeString::varchar
          AND grain_key = COALESCE(@GrainIdExtensionString::varchar, '''')
          AND grain_id_n0 = @GrainIdN0::bigint AND grain_id_n1 = @GrainIdN1::bigint
          AND @GrainStateVersion::int IS NOT NULL AND version = @GrainStateVersion::int
        RETURNING version),
    inserted AS (
        INSERT INTO orleans_storage (service_id, grain_type, grain_id_n0, grain_id_n1, grain_key,
                                     grain_id_hash, grain_type_hash, payload, version)
        SELECT @ServiceId::varchar, @GrainTypeString::varchar, @GrainIdN0::bigint, @GrainIdN1::bigint,
               COALESCE(@GrainIdExtensionString::varchar, ''''), @GrainIdHash::int, @GrainTypeHash::int,
               @PayloadBinary::bytea, 1
        WHERE @GrainStateVersion::int IS NULL
        ON CONFLICT DO NOTHING
        RETURNING version)
    SELECT COALESCE((SELECT version FROM updated), (SELECT version FROM inserted), @GrainStateVersion::int)
           AS NewGrainStateVersion;'),

('ReadFromStorageKey', '
    SELECT payload AS PayloadBinary, version AS Version
    FROM orleans_storage
    WHERE service_id = @ServiceId::varchar AND grain_type = @GrainTypeString::varchar
      AND grain_key = COALESCE(@GrainIdExtensionString::varchar, '''')
      AND grain_id_n0 = @GrainIdN0::bigint AND grain_id_n1 = @GrainIdN1::bigint;'),

('ClearStorageKey', '
    WITH cleared AS (
        UPDATE orleans_storage
        SET payload = NULL, version = version + 1, modified_on = now()
        WHERE service_id = @ServiceId::varchar AND grain_type = @GrainTypeString::varchar
          AND grain_key = COALESCE(@GrainIdExtensionString::varchar, '''')
          AND grain_id_n0 = @GrainIdN0::bigint AND grain_id_n1 = @GrainIdN1::bigint
          AND version = @GrainStateVersion::int
        RETURNING version)
    SELECT COALESCE((SELECT version FROM cleared), @GrainStateVersion::int) AS NewGrainStateVersion;');
