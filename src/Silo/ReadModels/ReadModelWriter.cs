using Dapper;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.ReadModels;

/// <summary>
/// Writes a grain's projection, its projection-ledger row and its audit entry in one transaction.
/// Idempotent and ordered by version: a projection older than (or equal to) the ledger's is skipped, so a repair
/// that replays a version already written, or arrives after a newer one, changes nothing.
/// </summary>
internal sealed class ReadModelWriter(Database database)
{
    /// <summary>Projects; returns false when the ledger already had this version or a newer one.</summary>
    public async Task<bool> ProjectAsync(Projection projection, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var advanced = await connection.ExecuteScalarAsync<int?>(
            """
            INSERT INTO projections (grain_type, grain_key, tenant_id, version, projected_at)
            VALUES (@GrainType, @GrainKey, @TenantId, @Version, @Now)
            ON CONFLICT (grain_type, grain_key) DO UPDATE
                SET version = excluded.version, projected_at = excluded.projected_at
                WHERE projections.version < excluded.version
            RETURNING version
            """,
            new { projection.GrainType, projection.GrainKey, projection.TenantId, projection.Version, Now = DateTimeOffset.UtcNow },
            transaction);
        if (advanced is null)
        {
            return false;
        }

        await projection.WriteRows(new RowWriter(connection, transaction, database.Dialect));
        if (projection.Audit is { } audit)
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO audit_log (tenant_id, actor, action, grain_type, grain_key, version, detail, origin, occurred_at)
                VALUES (@TenantId, @Actor, @Action, @GrainType, @GrainKey, @Version, @Detail, NULL, @OccurredAt)
                ON CONFLICT (grain_type, grain_key, version) DO NOTHING
                """,
                new
                {
                    projection.TenantId, audit.Actor, audit.Action, projection.GrainType, projection.GrainKey,
                    projection.Version, audit.Detail, audit.OccurredAt,
                },
                transaction);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
