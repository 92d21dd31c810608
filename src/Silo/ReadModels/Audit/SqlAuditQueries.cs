using Dapper;
using OnePlusX.ReadModels;
using OnePlusX.Security;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.ReadModels.Audit;

/// <summary>The audit log read within the caller's scope; one round trip per page.</summary>
internal sealed class SqlAuditQueries(Database database) : IAuditQueries
{
    private const string Columns = """
        id AS Id, tenant_id AS TenantId, actor AS Actor, action AS Action, grain_key AS GrainKey, version AS Version,
        detail AS Detail, origin AS Origin, occurred_at AS OccurredAt
        """;

    public async Task<Page<AuditRecord>> ListAsync(AccessScope scope, AuditFilter filter, int offset, int limit, CancellationToken cancellationToken)
    {
        if (Sql.HasNul(filter.ActionPrefix, filter.TenantId))
        {
            return new Page<AuditRecord>([], 0);
        }

        // Entries without a college (a failed sign-in of an unknown name, national actions) are national monitoring's.
        var where = PagedSql.Where(
            ScopeSql.Condition(scope, "tenant_id"),
            (filter.ActionPrefix, "action LIKE @ActionPattern ESCAPE '\\'"),
            (filter.TenantId, "tenant_id = @TenantId"));
        await using var connection = await database.OpenAsync(scope, cancellationToken);
        return await PagedSql.PageAsync<Row, AuditRecord>(
            connection, Columns, "audit_log", where, "id DESC",
            ScopeSql.With(new { ActionPattern = filter.ActionPrefix is null ? null : $"{Sql.EscapeLike(filter.ActionPrefix)}%", filter.TenantId }, scope),
            offset, limit, r => r.ToRecord());
    }

    private sealed class Row : IPagedRow
    {
        public long Id { get; init; }
        public string? TenantId { get; init; }
        public string Actor { get; init; } = "";
        public string Action { get; init; } = "";
        public string? GrainKey { get; init; }
        public long? Version { get; init; }
        public string? Detail { get; init; }
        public string? Origin { get; init; }
        public object OccurredAt { get; init; } = "";
        public long Total { get; init; }

        public AuditRecord ToRecord() =>
            new(Id, TenantId, Actor, Action, GrainKey, (int?)Version, Detail, Origin, Sql.Instant(OccurredAt));
    }
}
