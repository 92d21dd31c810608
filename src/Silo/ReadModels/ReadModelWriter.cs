using Dapper;
using OnePlusX.Security;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.ReadModels;

/// <summary>
/// Writes a grain's projection, its projection-ledger row and its audit entry as one batch in one transaction:
/// one round trip and one commit per change. Idempotent and ordered by version: every statement is guarded, so
/// replaying a version changes nothing and an older version never overwrites a newer one.
/// </summary>
internal sealed class ReadModelWriter(Database database)
{
    private const string Ledger = """
        INSERT INTO projections (grain_type, grain_key, tenant_id, version, projected_at)
        VALUES (@LedgerGrainType, @LedgerGrainKey, @LedgerTenantId, @Version, @LedgerNow)
        ON CONFLICT (grain_type, grain_key) DO UPDATE
            SET version = excluded.version, projected_at = excluded.projected_at
            WHERE projections.version < excluded.version;
        """;

    private const string Audit = """
        INSERT INTO audit_log (tenant_id, actor, action, grain_type, grain_key, version, detail, origin, occurred_at)
        VALUES (@LedgerTenantId, @AuditActor, @AuditAction, @LedgerGrainType, @LedgerGrainKey, @Version, @AuditDetail, @AuditOrigin, @AuditAt)
        ON CONFLICT (grain_type, grain_key, version) DO NOTHING;
        """;

    public async Task ProjectAsync(Projection projection, CancellationToken cancellationToken = default)
    {
        var rows = projection.Rows(database.Dialect);
        var parameters = new DynamicParameters(rows.Parameters);
        parameters.AddDynamicParams(new
        {
            LedgerGrainType = projection.GrainType,
            LedgerGrainKey = projection.GrainKey,
            LedgerTenantId = projection.TenantId,
            projection.Version,
            LedgerNow = DateTimeOffset.UtcNow,
            AuditActor = projection.Audit?.Actor,
            AuditAction = projection.Audit?.Action,
            AuditDetail = projection.Audit?.Detail,
            AuditOrigin = projection.Audit?.Origin,
            AuditAt = projection.Audit?.OccurredAt,
        });
        var sql = projection.Audit is null ? Ledger + rows.Sql : Ledger + rows.Sql + Audit;

        await using var connection = await database.OpenUnscopedAsync(cancellationToken);
        if (database.Dialect == StorageDialect.PostgreSQL)
        {
            // A multi-statement batch runs in one implicit transaction: atomic, one round trip. It acts for the
            // grain's own tenant, which row-level security checks on every row it writes; national data acts nationally.
            parameters.AddDynamicParams(Database.ScopeParameters(projection.WriteScope));
            await connection.ExecuteAsync(new CommandDefinition(Database.ScopeStatement + sql, parameters, cancellationToken: cancellationToken));
            return;
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }
}
