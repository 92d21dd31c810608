using OnePlusX.Testing;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace OnePlusX.Benchmarks;

/// <summary>
/// A throwaway PostgreSQL server (initdb + pg_ctl from the machine's binaries) in a temp folder on a free loopback
/// port, with production durability: fsync, synchronous_commit and full_page_writes on. PostgreSQL refuses to run
/// as root, so under root it runs as the <c>postgres</c> system user in a folder that user owns.
/// </summary>
internal sealed partial class BenchPostgres : IAsyncDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"oneplusx-bench-pg-{Guid.NewGuid():N}");
    private string _bin = "";
    private bool _started;

    public int Port { get; private set; }

    public string Version { get; private set; } = "";

    public string ConnectionString(string database, int maxPoolSize = 50) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Maximum Pool Size={maxPoolSize}";

    public static async Task<BenchPostgres> StartAsync()
    {
        var server = new BenchPostgres();
        try
        {
            await server.InitializeAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private async Task InitializeAsync()
    {
        _bin = PostgresTools.FindBinaries("initdb", "pg_ctl", "pgbench");
        Directory.CreateDirectory(_root);
        if (PostgresTools.IsRoot)
        {
            await PostgresTools.RunAsync("chown", ["postgres", _root], asPostgres: false);
        }

        var data = Path.Combine(_root, "data");
        await PostgresTools.RunAsync(Path.Combine(_bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale"], asPostgres: true);
        Port = Ports.Free();
        var options = string.Join(' ',
            $"-p {Port}", $"-k {_root}", "-c listen_addresses=127.0.0.1", "-c max_connections=200",
            "-c fsync=on", "-c synchronous_commit=on", "-c full_page_writes=on");
        await PostgresTools.RunAsync(Path.Combine(_bin, "pg_ctl"),
            ["-D", data, "-l", Path.Combine(_root, "server.log"), "-o", options, "-w", "-t", "60", "start"], asPostgres: true);
        _started = true;
        Version = (await ScalarAsync("postgres", "SHOW server_version"))?.ToString() ?? "?";
    }

    /// <summary>fsync / synchronous_commit / full_page_writes as the running server reports them.</summary>
    public async Task<string> DurabilitySettingsAsync()
    {
        var fsync = await ScalarAsync("postgres", "SHOW fsync");
        var synchronous = await ScalarAsync("postgres", "SHOW synchronous_commit");
        var fullPages = await ScalarAsync("postgres", "SHOW full_page_writes");
        return $"fsync={fsync}, synchronous_commit={synchronous}, full_page_writes={fullPages}";
    }

    public async Task CreateDatabaseAsync(string name) => await ScalarAsync("postgres", $"CREATE DATABASE {name}");

    public async Task<object?> ScalarAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString(database) + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 120 };
        return await command.ExecuteScalarAsync();
    }

    /// <summary>Runs pgbench (as a client over TCP, like the silo) and returns its output.</summary>
    public Task<string> PgbenchAsync(string database, params string[] arguments) =>
        PostgresTools.RunAsync(Path.Combine(_bin, "pgbench"), ["-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres", .. arguments, database],
            asPostgres: false);

    /// <summary>
    /// CPU time PostgreSQL has used so far: the postmaster, its live children and the children it has reaped
    /// (pgbench's backends exit at the end of each run). Linux only; read from /proc in clock ticks of 10 ms.
    /// </summary>
    public TimeSpan CpuTime()
    {
        var pidFile = Path.Combine(_root, "data", "postmaster.pid");
        if (!OperatingSystem.IsLinux() || !File.Exists(pidFile) || !int.TryParse(File.ReadLines(pidFile).First(), out var postmaster))
        {
            return TimeSpan.Zero;
        }

        long ticks = 0;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(directory, "stat"));
            }
            catch (IOException)
            {
                continue; // the process ended meanwhile
            }

            // Fields after "(comm)": state ppid ... utime(14) stime(15) cutime(16) cstime(17), counted from pid = 1.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var parent = int.Parse(fields[1], CultureInfo.InvariantCulture);
            if (pid == postmaster)
            {
                ticks += fields[11..15].Sum(f => long.Parse(f, CultureInfo.InvariantCulture));
            }
            else if (parent == postmaster)
            {
                ticks += fields[11..13].Sum(f => long.Parse(f, CultureInfo.InvariantCulture));
            }
        }

        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    /// <summary>The "tps = N (without initial connection time)" figure of a pgbench run.</summary>
    public static double ParseTps(string output)
    {
        var match = TpsPattern().Match(output);
        return match.Success
            ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"No tps figure in pgbench's output:\n{output}");
    }

    /// <summary>The "number of transactions actually processed: N" figure of a pgbench run.</summary>
    public static long ParseTransactions(string output)
    {
        var match = TransactionsPattern().Match(output);
        return match.Success
            ? long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"No transaction count in pgbench's output:\n{output}");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_started)
            {
                await PostgresTools.RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", Path.Combine(_root, "data"), "-m", "fast", "-w", "-t", "30", "stop"], asPostgres: true);
            }
        }
        finally
        {
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
                // A server that would not stop leaves its folder; the OS temp cleaner takes it.
            }
        }
    }

    [GeneratedRegex(@"tps = ([0-9]+(?:\.[0-9]+)?) \(without initial connection time\)")]
    private static partial Regex TpsPattern();

    [GeneratedRegex(@"number of transactions actually processed: ([0-9]+)")]
    private static partial Regex TransactionsPattern();
}
