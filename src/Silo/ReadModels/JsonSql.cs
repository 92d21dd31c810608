using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.ReadModels;

/// <summary>
/// FROM clauses that expand a JSON array parameter into rows, so a whole child collection is written by one
/// statement on either database.
/// </summary>
internal static class JsonSql
{
    /// <summary>Rows of one text column, <c>value</c>, from a JSON array of strings.</summary>
    public static string Strings(StorageDialect dialect, string parameter) => dialect == StorageDialect.PostgreSQL
        ? $"jsonb_array_elements_text(CAST({parameter} AS jsonb)) AS items(value)"
        : $"json_each({parameter}) AS items";

    /// <summary>Rows of the named text columns from a JSON array of objects with those (lower-case) properties.</summary>
    public static string Objects(StorageDialect dialect, string parameter, params string[] columns) => dialect == StorageDialect.PostgreSQL
        ? $"jsonb_to_recordset(CAST({parameter} AS jsonb)) AS items({string.Join(", ", columns.Select(c => $"{c} text"))})"
        : $"(SELECT {string.Join(", ", columns.Select(c => $"json_extract(value, '$.{c}') AS {c}"))} FROM json_each({parameter})) AS items";
}
