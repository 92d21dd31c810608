using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using OnePlusX.Security;
using OnePlusX.Silo.Storage;
using OnePlusX.Silo.Tests.Infrastructure;

namespace OnePlusX.Silo.Tests.Security;

/// <summary>
/// Row-level security, the second wall (issue 5): migrations run as the tables' owner and grant the service role
/// what it uses; the service role then sees, in every table with row-level security (read from the catalogue, so a
/// new table is covered), exactly the rows of its scope, cannot write another tenant's rows, cannot rewrite the
/// audit log and cannot bypass any of it.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresRowLevelSecurityShould(PostgresServer server) : IAsyncLifetime
{
    private static readonly (string Tenant, string Province, string City) A = ("RLSA", "22", "220100");
    private static readonly (string Tenant, string Province, string City) B = ("RLSB", "42", "420300");

    private Database _service = null!;
    private IReadOnlyList<string> _tables = [];

    public async Task InitializeAsync()
    {
        var db = await server.CreateServiceDatabaseAsync("rls");
        _service = new Database(new StorageOptions { PostgreSQL = db.Service });
        await new MigrationRunner(_service, NullLogger<MigrationRunner>.Instance, new StorageOptions { PostgreSQL = db.Service, PostgreSQLMigrations = db.Owner }).MigrateAsync();
        await using var connection = await _service.OpenAsync(AccessScope.System("test set-up"));
        _tables = (await connection.QueryAsync<string>(
            """
            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relrowsecurity
              AND EXISTS (SELECT 1 FROM information_schema.columns k WHERE k.table_schema = 'public' AND k.table_name = c.relname AND k.column_name = 'tenant_id')
            ORDER BY 1
            """)).ToList();
        foreach (var table in _tables)
        {
            await InsertAsync(connection, table, A);
            await InsertAsync(connection, table, B);
        }
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task ShowEachScopeExactlyItsRowsInEveryTable()
    {
        Assert.Contains("colleges", _tables);
        Assert.Contains("audit_log", _tables);
        var expectations = new (string Name, AccessScope Scope, string[] Sees)[]
        {
            ("college A", College(A.Tenant, A.Province), [A.Tenant]),
            ("college B", College(B.Tenant, B.Province), [B.Tenant]),
            ("province 22", Scope(ScopeKind.Province, null, A.Province), [A.Tenant]),
            ("province 42", Scope(ScopeKind.Province, null, B.Province), [B.Tenant]),
            ("national", Scope(ScopeKind.National, null, null), [A.Tenant, B.Tenant]),
            ("nobody", AccessScope.Public, []),
            ("a college scope without a tenant", Scope(ScopeKind.College, null, A.Province), []),
        };

        var wrong = new List<string>();
        foreach (var (name, scope, sees) in expectations)
        {
            await using var connection = await _service.OpenAsync(scope);
            foreach (var table in _tables)
            {
                var seen = (await connection.QueryAsync<string>($"SELECT DISTINCT tenant_id FROM {table} ORDER BY 1")).ToList();
                if (!seen.SequenceEqual(sees))
                {
                    wrong.Add($"{name} in {table}: sees [{string.Join(", ", seen)}], expected [{string.Join(", ", sees)}]");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task KeepACollegeFromWritingAnotherTenantsRows()
    {
        // B's rows before (a table a trigger also writes, like credit_record_changes, holds more than the one inserted).
        var before = new Dictionary<string, int>();
        await using (var counting = await _service.OpenAsync(Scope(ScopeKind.National, null, null)))
        {
            foreach (var table in _tables)
            {
                before[table] = await counting.ExecuteScalarAsync<int>($"SELECT count(*) FROM {table} WHERE tenant_id = @Other", new { Other = B.Tenant });
            }
        }

        var wrong = new List<string>();
        foreach (var table in _tables.Where(t => t != "audit_log"))
        {
            await using var connection = await _service.OpenAsync(College(A.Tenant, A.Province));
            var insert = await Refused(() => InsertAsync(connection, table, B, suffix: "-2"));
            var moved = await Refused(() => connection.ExecuteAsync($"UPDATE {table} SET tenant_id = @Other WHERE tenant_id = @Own", new { Other = B.Tenant, Own = A.Tenant }));
            var updated = await connection.ExecuteAsync($"UPDATE {table} SET tenant_id = tenant_id WHERE tenant_id = @Other", new { Other = B.Tenant });
            var deleted = await connection.ExecuteAsync($"DELETE FROM {table} WHERE tenant_id = @Other", new { Other = B.Tenant });
            if (!insert || !moved || updated != 0 || deleted != 0)
            {
                wrong.Add($"{table}: insert for B refused {insert}, moving A's row to B refused {moved}, B's rows updated {updated}, deleted {deleted}");
            }
        }

        await using var national = await _service.OpenAsync(Scope(ScopeKind.National, null, null));
        foreach (var table in _tables)
        {
            Assert.True(before[table] >= 1, $"{table} holds no row of B");
            Assert.Equal(before[table], await national.ExecuteScalarAsync<int>($"SELECT count(*) FROM {table} WHERE tenant_id = @Other", new { Other = B.Tenant }));
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>
    /// Export jobs (NAT-MON-1) belong to the scope that started them, not to a tenant, so the tenant tables' checks
    /// above do not cover them: a province sees its own province's jobs, national monitoring every job, a college none.
    /// </summary>
    [Fact]
    public async Task ShowExportJobsOnlyToTheScopeThatStartedThem_NAT_MON_1()
    {
        await using (var national = await _service.OpenAsync(Scope(ScopeKind.National, null, null)))
        {
            foreach (var (kind, province) in new[] { ("national", (string?)null), ("province", A.Province), ("province", B.Province) })
            {
                await national.ExecuteAsync(
                    """
                    INSERT INTO export_jobs (id, owner, scope_kind, scope_province, dataset, format, as_of, status, rows_written, created_at)
                    VALUES (@Id, 'rls-test', @Kind, @Province, 'PROJECTS', 'CSV', CURRENT_DATE, 'QUEUED', 0, now())
                    """, new { Id = Guid.NewGuid(), Kind = kind, Province = province });
            }
        }

        async Task<string[]> SeenAsync(AccessScope scope)
        {
            await using var connection = await _service.OpenAsync(scope);
            return (await connection.QueryAsync<string>("SELECT scope_kind || ':' || COALESCE(scope_province, '-') FROM export_jobs WHERE owner = 'rls-test' ORDER BY 1")).ToArray();
        }

        Assert.Equal(["national:-", "province:22", "province:42"], await SeenAsync(Scope(ScopeKind.National, null, null)));
        Assert.Equal(["province:22"], await SeenAsync(Scope(ScopeKind.Province, null, A.Province)));
        Assert.Equal(["province:42"], await SeenAsync(Scope(ScopeKind.Province, null, B.Province)));
        Assert.Empty(await SeenAsync(College(A.Tenant, A.Province)));
        Assert.Empty(await SeenAsync(AccessScope.Public));
    }

    [Fact]
    public async Task RefuseTheServiceRewritingTheAuditLog()
    {
        await using var connection = await _service.OpenAsync(Scope(ScopeKind.National, null, null));

        foreach (var statement in new[] { "UPDATE audit_log SET actor = 'forged'", "DELETE FROM audit_log", "TRUNCATE audit_log" })
        {
            var error = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync(statement));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
        }

        Assert.Equal(2, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM audit_log WHERE actor <> 'forged'"));
    }

    [Fact]
    public async Task ConnectAsARoleThatCanNeitherBypassRowLevelSecurityNorOwnTheTables()
    {
        await using var connection = await _service.OpenAsync(AccessScope.Public);

        var role = await connection.QuerySingleAsync<(bool BypassRls, bool Super)>("SELECT rolbypassrls, rolsuper FROM pg_roles WHERE rolname = current_user");
        Assert.Equal((false, false), role);
        var owned = (await connection.QueryAsync<string>(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user")).ToList();
        Assert.Empty(owned);
        var unforced = (await connection.QueryAsync<string>(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relrowsecurity AND NOT c.relforcerowsecurity")).ToList();
        Assert.Empty(unforced);

        // Every table that holds tenant rows has the wall, but the projection ledger (grain keys and versions, read
        // and written only by the service's own sweep as the system).
        var unprotected = (await connection.QueryAsync<string>(
            """
            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT c.relrowsecurity
              AND EXISTS (SELECT 1 FROM information_schema.columns k WHERE k.table_schema = 'public' AND k.table_name = c.relname AND k.column_name = 'tenant_id')
            ORDER BY 1
            """)).ToList();
        Assert.Equal(["projections"], unprotected);
    }

    private static AccessScope College(string tenant, string province) => Scope(ScopeKind.College, tenant, province);

    private static AccessScope Scope(ScopeKind kind, string? tenant, string? province) =>
        new(kind, tenant, province, new HashSet<string>(), "rls-test");

    private static async Task<bool> Refused(Func<Task> write)
    {
        try
        {
            await write();
            return false;
        }
        catch (PostgresException error) when (error.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            return true; // "new row violates row-level security policy"
        }
    }

    /// <summary>One row of a tenant in any table: its required columns filled by name (tenant, province, city) or type.</summary>
    private static async Task InsertAsync(DbConnection connection, string table, (string Tenant, string Province, string City) side, string suffix = "")
    {
        // Columns the database fills itself (identities and defaults, e.g. a change's transaction id) are left to it.
        var columns = (await connection.QueryAsync<(string Name, string Type, string Nullable, string Identity, int? Length, bool Defaulted)>(
            """
            SELECT column_name, data_type, is_nullable, is_identity, character_maximum_length, column_default IS NOT NULL FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name = @table ORDER BY ordinal_position
            """, new { table })).Where(c => c.Identity != "YES" && !c.Defaulted && (c.Nullable == "NO" || c.Name is "tenant_id" or "province_code" or "city_code")).ToList();
        var parameters = new DynamicParameters();
        foreach (var (name, type, _, _, length, _) in columns)
        {
            parameters.Add(name, name switch
            {
                "tenant_id" => side.Tenant,
                "province_code" => side.Province,
                "city_code" => side.City,
                _ => type switch
                {
                    "text" or "character varying" => $"{side.Tenant}-{name}{suffix}"[..Math.Min(length ?? int.MaxValue, side.Tenant.Length + name.Length + 1 + suffix.Length)],
                    "integer" => 1,
                    "smallint" => (short)1,
                    "bigint" => 1L,
                    "numeric" => 1m,
                    "boolean" => false,
                    "timestamp with time zone" => DateTimeOffset.UtcNow,
                    "date" => DateTime.UtcNow.Date,
                    _ => throw new NotSupportedException($"No test value for {table}.{name} of type {type}: add one here."),
                },
            });
        }

        await connection.ExecuteAsync(
            $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => c.Name))}) VALUES ({string.Join(", ", columns.Select(c => "@" + c.Name))})", parameters);
    }
}
