using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.ReadModels;

/// <summary>What one grain contributes to the read models at one state version, plus the audit entry of that change.</summary>
/// <param name="GrainType">The grain's state name (also its <c>orleans_storage.grain_type</c>).</param>
/// <param name="GrainKey">The grain's string key.</param>
/// <param name="TenantId">The tenant, leading key of every row written.</param>
/// <param name="Version">The grain state's ETag after the write it reflects.</param>
/// <param name="Audit">The change that produced this version, if any.</param>
/// <param name="Rows">
/// The statements that bring the grain's rows to this version, for a dialect. Every statement must be guarded by
/// version so that an older projection never overwrites a newer one (upserts <c>WHERE version &lt;= excluded.version</c>;
/// child rows only while the parent row is at <c>@Version</c>), because they all run in one batch.
/// </param>
internal sealed record Projection(
    string GrainType,
    string GrainKey,
    string TenantId,
    int Version,
    AuditEntry? Audit,
    Func<StorageDialect, ProjectionSql> Rows)
{
    /// <summary>
    /// The tenant of national data's projections (cost caps, monitoring points: grains keyed by certificate, not by a
    /// college); never a college code, which has no parentheses.
    /// </summary>
    public const string NationalTenant = "(national)";

    /// <summary>
    /// Guards the statements of a projection whose tables have no version column (national data): they apply only while
    /// the projection ledger holds this version (the writer's first statement moves it forward, never back), so a late,
    /// older projection changes nothing and replaying one writes the same rows again. The parameters are the ones
    /// <see cref="ReadModelWriter"/> binds for the ledger.
    /// </summary>
    public const string LedgerAtThisVersion =
        "EXISTS (SELECT 1 FROM projections WHERE grain_type = @LedgerGrainType AND grain_key = @LedgerGrainKey AND version = @Version)";

    /// <summary>The scope its rows are written in, which row-level security checks: the grain's tenant, or national for national data.</summary>
    public OnePlusX.Security.AccessScope WriteScope => TenantId == NationalTenant
        ? OnePlusX.Security.AccessScope.System("national data")
        : OnePlusX.Security.AccessScope.Writing(TenantId);
}

/// <summary>SQL text and its parameters (one object; names must not clash with the ledger's, see ReadModelWriter).</summary>
internal sealed record ProjectionSql(string Sql, object Parameters)
{
    /// <summary>Several statements run as one batch; their parameter names must differ.</summary>
    public static ProjectionSql Combine(params ProjectionSql[] parts)
    {
        var parameters = new Dapper.DynamicParameters();
        foreach (var part in parts)
        {
            parameters.AddDynamicParams(part.Parameters);
        }

        return new(string.Join('\n', parts.Select(p => p.Sql)), parameters);
    }
}

/// <summary>One audit entry: who did what, to which grain, at which version, when and from where.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.Silo.AuditEntry")]
internal sealed record AuditEntry(
    [property: Id(0)] string Actor,
    [property: Id(1)] string Action,
    [property: Id(2)] string? Detail,
    [property: Id(3)] DateTimeOffset OccurredAt)
{
    /// <summary>The caller's address (or <c>system</c>), when the edge gave it.</summary>
    [Id(4)] public string? Origin { get; init; }
}
