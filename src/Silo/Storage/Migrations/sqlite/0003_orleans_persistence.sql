-- Grain state for Orleans' ADO.NET persistence provider on SQLite (invariant System.Data.SQLite, served by
-- Microsoft.Data.Sqlite). Same contract and columns as the PostgreSQL script.
CREATE TABLE orleans_storage
(
    service_id      TEXT    NOT NULL,
    grain_type      TEXT    NOT NULL,
    grain_id_n0     INTEGER NOT NULL,
    grain_id_n1     INTEGER NOT NULL,
    grain_key       TEXT    NOT NULL DEFAULT '',
    grain_id_hash   INTEGER NOT NULL,
    grain_type_hash INTEGER NOT NULL,
    payload         BLOB    NULL,
    modified_on     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    version         INTEGER NOT NULL,
    PRIMARY KEY (service_id, grain_type, grain_key, grain_id_n0, grain_id_n1)
);

CREATE INDEX ix_orleans_storage_modified ON orleans_storage (service_id, modified_on);

-- One upsert decides insert-or-update under SQLite's single writer. When it writes nothing (version moved on),
-- the second statement answers with the caller's own version, which the provider reports as a conflict.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('WriteToStorageKey', '
    INSERT INTO orleans_storage (service_id, grain_type, grain_id_n0, grain_id_n1, grain_key,
                                 grain_id_hash, grain_type_hash, payload, version)
    SELECT @ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1, COALESCE(@GrainIdExtensionString, ''''),
           @GrainIdHash, @GrainTypeHash, @PayloadBinary, 1
    WHERE @GrainStateVersion IS NULL
       OR EXISTS (SELECT 1 FROM orleans_storage
                  WHERE service_id = @ServiceId AND grain_type = @GrainTypeString
                    AND grain_key = COALESCE(@GrainIdExtensionString, '''')
                    AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1)
    ON CONFLICT (service_id, grain_type, grain_key, grain_id_n0, grain_id_n1) DO UPDATE
        SET payload = excluded.payload,
            version = orleans_storage.version + 1,
            modified_on = strftime(''%Y-%m-%dT%H:%M:%fZ'', ''now'')
        WHERE orleans_storage.version = @GrainStateVersion
    RETURNING version AS NewGrainStateVersion;
    SELECT @GrainStateVersion AS NewGrainStateVersion WHERE changes() = 0 AND @GrainStateVersion IS NOT NULL;'),

('ReadFromStorageKey', '
    SELECT payload AS PayloadBinary, version AS Version
    FROM orleans_storage
    WHERE service_id = @ServiceId AND grain_type = @GrainTypeString
      AND grain_key = COALESCE(@GrainIdExtensionString, '''')
      AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1;'),

('ClearStorageKey', '
    UPDATE orleans_storage
    SET payload = NULL, version = version + 1, modified_on = strftime(''%Y-%m-%dT%H:%M:%fZ'', ''now'')
    WHERE service_id = @ServiceId AND grain_type = @GrainTypeString
      AND grain_key = COALESCE(@GrainIdExtensionString, '''')
      AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
      AND version = @GrainStateVersion
    RETURNING version AS NewGrainStateVersion;
    SELECT @GrainStateVersion AS NewGrainStateVersion WHERE changes() = 0 AND @GrainStateVersion IS NOT NULL;');
