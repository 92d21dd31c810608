-- The catalogue Orleans' ADO.NET providers read at start-up: one row per query key.
-- The table name and its two columns are fixed by the providers (SELECT QueryKey, QueryText FROM OrleansQuery);
-- every other table below is ours.
CREATE TABLE OrleansQuery
(
    QueryKey  varchar(64) NOT NULL PRIMARY KEY,
    QueryText text        NOT NULL
);
