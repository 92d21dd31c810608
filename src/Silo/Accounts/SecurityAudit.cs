using Dapper;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.Accounts;

/// <summary>
/// Security events in the append-only audit log: sign-ins and failed sign-ins, tokens issued, accounts and clients
/// created or disabled. Who, which tenant, what, when and from which address.
/// </summary>
internal sealed class SecurityAudit(Database database, ILogger<SecurityAudit> logger)
{
    public async Task RecordAsync(string? tenant, string actor, string action, string? detail, HttpContext? http, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await connection.ExecuteAsync(
                """
                INSERT INTO audit_log (tenant_id, actor, action, grain_type, grain_key, version, detail, origin, occurred_at)
                VALUES (@tenant, @actor, @action, NULL, NULL, NULL, @detail, @origin, @at)
                """,
                new { tenant, actor, action, detail, origin = http?.Connection.RemoteIpAddress?.ToString() ?? "system", at = DateTimeOffset.UtcNow });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The event is not lost from view: it is in the log even when the database refused it.
            logger.LogError(ex, "Could not audit {Action} by {Actor} ({Tenant}): {Detail}", action, actor, tenant, detail);
        }
    }
}
