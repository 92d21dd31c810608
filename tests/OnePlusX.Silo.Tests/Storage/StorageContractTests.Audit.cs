using System.Data.Common;
using Dapper;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.Tests.Storage;

/// <summary>The audit log is append-only for every role that can reach the database.</summary>
public abstract partial class StorageContractShould
{
    /// <summary>Every connection that might try to rewrite the audit log, each named; the test disposes them.</summary>
    protected virtual Task<IReadOnlyList<(string Who, Database Database)>> AuditLogWritersAsync() =>
        Task.FromResult<IReadOnlyList<(string, Database)>>([("the service", new Database(_storage))]);

    [Fact]
    public async Task RefuseChangesToTheAuditLog()
    {
        // Anyone may append, even a connection acting for no one (a failed sign-in has no tenant yet).
        await using (var anyone = await _database.OpenAsync())
        {
            await anyone.ExecuteAsync(
                "INSERT INTO audit_log (tenant_id, actor, action, occurred_at) VALUES ('JLJT', 'tester', 'test', @At)",
                new { At = DateTimeOffset.UtcNow });
        }

        // Nobody changes or deletes a row: refused with an error (trigger, missing grant) or, for a role that
        // row-level security binds, no row to change even with the widest scope.
        foreach (var (who, database) in await AuditLogWritersAsync())
        {
            await using (database)
            {
                await using var connection = await database.OpenAsync(National);
                await AssertChangesNothingAsync(who, connection, "UPDATE audit_log SET actor = 'someone else'");
                await AssertChangesNothingAsync(who, connection, "DELETE FROM audit_log");
            }
        }

        await using var reader = await _database.OpenAsync(National);
        Assert.Equal(["tester"], await reader.QueryAsync<string>("SELECT actor FROM audit_log"));
    }

    private static async Task AssertChangesNothingAsync(string who, DbConnection connection, string sql)
    {
        int changed;
        try
        {
            changed = await connection.ExecuteAsync(sql);
        }
        catch (DbException)
        {
            return;
        }

        Assert.True(changed == 0, $"{who} changed {changed} audit row(s) with: {sql}");
    }
}
