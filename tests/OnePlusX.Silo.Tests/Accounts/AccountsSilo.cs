using System.Diagnostics;
using System.Net;
using Microsoft.Data.Sqlite;
using OnePlusX.Silo.Tests.Infrastructure;

namespace OnePlusX.Silo.Tests.Accounts;

/// <summary>
/// One embedded silo (SQLite) per test class with the class's own settings, the system administrator's account
/// commands run against its database (<c>dotnet OnePlusX.Silo.dll accounts ...</c>, as docs/security.md says), and
/// the audit log read straight from the file.
/// </summary>
public abstract class AccountsSilo : IAsyncLifetime
{
    public SiloProcess Silo { get; private set; } = null!;

    public string DatabasePath => Silo.DatabasePath;

    /// <summary>Settings on top of the embedded defaults (e.g. lower rate limits).</summary>
    protected abstract IReadOnlyDictionary<string, string> Settings { get; }

    public async Task InitializeAsync() => Silo = await SiloProcess.StartEmbeddedAsync(Settings);

    public async Task DisposeAsync() => await Silo.DisposeAsync();

    /// <summary>A browser from <paramref name="source"/> (a 127.0.0.x address of the test's own).</summary>
    public virtual Browser Browser(string source = "127.0.0.1") => new(Silo.BaseAddress, IPAddress.Parse(source));

    /// <summary>Runs an account command against this silo's database.</summary>
    public Task<CliResult> AccountsAsync(params string[] args) => Cli.RunAsync(DatabasePath, ["accounts", .. args]);

    /// <summary>Creates a user through the command line and returns the initial password it printed.</summary>
    public async Task<string> CreateUserAsync(string userName, string role, string? tenant = null, string? province = null)
    {
        List<string> args = ["create-user", "--user", userName, "--display", $"测试 {userName}", "--role", role];
        if (tenant is not null)
        {
            args.AddRange(["--tenant", tenant]);
        }

        if (province is not null)
        {
            args.AddRange(["--province", province]);
        }

        var result = await AccountsAsync([.. args]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.Value("initial password");
    }

    /// <summary>Audit rows with the given action (and actor, when given), polled until at least one is there.</summary>
    public async Task<IReadOnlyList<AuditRow>> AuditAsync(string action, string? actor = null, int atLeast = 1)
    {
        var rows = await Eventually.ReadAsync(
            () => Task.FromResult(AuditRows.Read(DatabasePath, action, actor)), r => r.Count >= atLeast, TimeSpan.FromSeconds(15));
        Assert.True(rows.Count >= atLeast, $"Fewer than {atLeast} audit rows for {action} by {actor}.\n{Silo.Log}");
        return rows;
    }
}

/// <summary>A row of audit_log as stored.</summary>
public sealed record AuditRow(long Id, string? Tenant, string Actor, string Action, string? Detail, string? Origin, DateTimeOffset OccurredAt);

public static class AuditRows
{
    /// <summary>A connection to the silo's SQLite file, unpooled so the test leaves nothing open.</summary>
    public static SqliteConnection Open(string databasePath)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false, DefaultTimeout = 30 }.ToString());
        connection.Open();
        return connection;
    }

    public static IReadOnlyList<AuditRow> Read(string databasePath, string action, string? actor)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, tenant_id, actor, action, detail, origin, occurred_at FROM audit_log
            WHERE action = $action AND ($actor IS NULL OR actor = $actor) ORDER BY id
            """;
        command.Parameters.AddWithValue("$action", action);
        command.Parameters.AddWithValue("$actor", (object?)actor ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        var rows = new List<AuditRow>();
        while (reader.Read())
        {
            rows.Add(new AuditRow(
                reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5),
                DateTimeOffset.Parse(reader.GetString(6), System.Globalization.CultureInfo.InvariantCulture)));
        }

        return rows;
    }

    public static long Count(string databasePath, string table)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }
}
