using System.Data.Common;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.ReadModels;

/// <summary>What one grain contributes to the read models at one state version, plus the audit entry of that change.</summary>
/// <param name="GrainType">The grain's state name (also its <c>orleans_storage.grain_type</c>).</param>
/// <param name="GrainKey">The grain's string key.</param>
/// <param name="TenantId">The tenant, leading key of every row written.</param>
/// <param name="Version">The grain state's ETag after the write it reflects.</param>
/// <param name="Audit">The change that produced this version, if any.</param>
/// <param name="WriteRows">Replaces the grain's rows inside the projection's transaction.</param>
internal sealed record Projection(
    string GrainType,
    string GrainKey,
    string TenantId,
    int Version,
    AuditEntry? Audit,
    Func<RowWriter, Task> WriteRows);

/// <summary>Where a projection writes its rows: the open transaction, and the dialect for the few statements that differ.</summary>
internal sealed record RowWriter(DbConnection Connection, DbTransaction Transaction, StorageDialect Dialect)
{
    /// <summary>A FROM clause yielding the strings of a JSON array parameter as rows of one column, <c>value</c>.</summary>
    public string JsonStrings(string parameter) => Dialect == StorageDialect.PostgreSQL
        ? $"jsonb_array_elements_text(CAST({parameter} AS jsonb)) AS items(value)"
        : $"json_each({parameter}) AS items";
}

/// <summary>One audit entry: who did what, to which grain, at which version, when and from where.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.Silo.AuditEntry")]
internal sealed record AuditEntry(
    [property: Id(0)] string Actor,
    [property: Id(1)] string Action,
    [property: Id(2)] string? Detail,
    [property: Id(3)] DateTimeOffset OccurredAt);
