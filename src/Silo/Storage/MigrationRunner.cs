using System.Data.Common;
using System.Reflection;
using Dapper;

namespace OnePlusX.Silo.Storage;

/// <summary>
/// Applies the versioned scripts under Storage/Migrations/{dialect}/ in order, each in its own transaction,
/// recording them in <c>schema_migrations</c>. Safe when several silos start at once: on PostgreSQL an advisory
/// lock lets one silo migrate while the others wait; SQLite's write lock does the same for the embedded default.
/// </summary>
public sealed class MigrationRunner(Database service, ILogger<MigrationRunner> logger, StorageOptions? storage = null)
{
    private const long AdvisoryLockKey = 0x4F6E65506C7558; // "OnePluX"

    /// <summary>What the service's own role may do when it is not the owner: everything but rewrite the audit log.</summary>
    private const string Grants = """
        GRANT USAGE ON SCHEMA public TO {0};
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {0};
        GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {0};
        REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM {0};
        """;

    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var owner = storage?.PostgreSQLMigrations is { Length: > 0 } migrations && service.Dialect == StorageDialect.PostgreSQL
            ? new Database(new StorageOptions { PostgreSQL = migrations })
            : null;
        try
        {
            var done = await MigrateAsync(owner ?? service, cancellationToken);
            if (owner is not null)
            {
                await GrantAsync(owner, new Npgsql.NpgsqlConnectionStringBuilder(storage!.PostgreSQL).Username!, cancellationToken);
            }

            return done;
        }
        finally
        {
            if (owner is not null)
            {
                await owner.DisposeAsync();
            }
        }
    }

    private static async Task GrantAsync(Database owner, string role, CancellationToken cancellationToken)
    {
        await using var connection = await owner.OpenUnscopedAsync(cancellationToken);
        var quoted = "\"" + role.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        await connection.ExecuteAsync(new CommandDefinition(string.Format(System.Globalization.CultureInfo.InvariantCulture, Grants, quoted), cancellationToken: cancellationToken));
    }

    private async Task<IReadOnlyList<string>> MigrateAsync(Database database, CancellationToken cancellationToken)
    {
        var scripts = Scripts(database.Dialect);
        await using var connection = await database.OpenUnscopedAsync(cancellationToken);
        if (database.Dialect == StorageDialect.PostgreSQL)
        {
            await connection.ExecuteAsync("SELECT pg_advisory_lock(@key)", new { key = AdvisoryLockKey });
        }

        try
        {
            await connection.ExecuteAsync(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)");
            var applied = (await connection.QueryAsync<int>("SELECT version FROM schema_migrations")).ToHashSet();
            var done = new List<string>();
            foreach (var script in scripts.Where(s => !applied.Contains(s.Version)))
            {
                await ApplyAsync(connection, script, cancellationToken);
                done.Add(script.Name);
            }

            return done;
        }
        finally
        {
            if (database.Dialect == StorageDialect.PostgreSQL)
            {
                await connection.ExecuteAsync("SELECT pg_advisory_unlock(@key)", new { key = AdvisoryLockKey });
            }
        }
    }

    private async Task ApplyAsync(DbConnection connection, Script script, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // A concurrent SQLite starter may have applied it while we waited for the write lock.
        var already = await connection.ExecuteScalarAsync<int>(
            "SELECT count(*) FROM schema_migrations WHERE version = @Version", new { script.Version }, transaction);
        if (already == 0)
        {
            await connection.ExecuteAsync(script.Sql, transaction: transaction);
            await connection.ExecuteAsync(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @At)",
                new { script.Version, script.Name, At = DateTimeOffset.UtcNow.ToString("O") },
                transaction);
            logger.LogInformation("Applied migration {Name}", script.Name);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The embedded scripts of one dialect, ordered by their number.</summary>
    internal static IReadOnlyList<Script> Scripts(StorageDialect dialect)
    {
        var assembly = typeof(MigrationRunner).Assembly;
        var prefix = $"{assembly.GetName().Name}.Storage.Migrations.{dialect.ToString().ToLowerInvariant()}.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Load(assembly, n, n[prefix.Length..^".sql".Length]))
            .OrderBy(s => s.Version)
            .ToList();
    }

    private static Script Load(Assembly assembly, string resource, string name)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        // File names start with the version: 0003_orleans_persistence.
        var version = int.Parse(name[..name.IndexOf('_')], System.Globalization.CultureInfo.InvariantCulture);
        return new Script(version, name, reader.ReadToEnd());
    }

    internal sealed record Script(int Version, string Name, string Sql);
}
