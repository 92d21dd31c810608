-- The catalogue Orleans' ADO.NET providers read at start-up (table and column names fixed by the providers).
-- The embedded default runs one silo with localhost clustering, so there is no membership script for SQLite.
CREATE TABLE OrleansQuery
(
    QueryKey  TEXT NOT NULL PRIMARY KEY,
    QueryText TEXT NOT NULL
);
