using System.Collections.Concurrent;
using Npgsql;
using OnePlusX.Testing;

namespace OnePlusX.Silo.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL server started from the machine's binaries (initdb + pg_ctl) in a temp folder on a
/// free loopback port, removed on dispose. PostgreSQL refuses to run as root, so under root (CI) it runs as the
/// <c>postgres</c> system user in a folder that user owns.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"oneplusx-pg-{Guid.NewGuid():N}");
    private readonly ConcurrentDictionary<string, Lazy<Task<IAsyncDisposable>>> _shared = new();
    private string _bin = "";

    public int Port { get; private set; }

    public string AdminConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=false";

    public async Task InitializeAsync()
    {
        _bin = PostgresTools.FindBinaries("initdb", "pg_ctl");
        Directory.CreateDirectory(_root);
        if (PostgresTools.IsRoot)
        {
            await PostgresTools.RunAsync("chown", ["postgres", _root], asPostgres: false);
        }

        var data = Path.Combine(_root, "data");
        await PostgresTools.RunAsync(Path.Combine(_bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale"], asPostgres: true);
        Port = Ports.Free();
        // Tests trade durability for speed; the benchmarks run with production settings.
        var options = $"-p {Port} -k {_root} -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        await PostgresTools.RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(_root, "server.log"), "-o", options, "-w", "-t", "60", "start"], asPostgres: true);

        // As in production: the tables' owner runs migrations; the service connects as a role that is neither
        // superuser nor owner and cannot bypass row-level security.
        await AdminAsync($"CREATE ROLE {OwnerRole} LOGIN NOSUPERUSER NOBYPASSRLS; CREATE ROLE {ServiceRole} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;");
    }

    public const string OwnerRole = "oneplusx_owner";

    public const string ServiceRole = "oneplusx_app";

    /// <summary>A new empty database owned by <see cref="OwnerRole"/>; returns the owner's connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "t") => (await CreateServiceDatabaseAsync(prefix)).Owner;

    /// <summary>A new empty database: the owner's connection (migrations) and the service role's connection.</summary>
    public async Task<PostgresDatabase> CreateServiceDatabaseAsync(string prefix = "t")
    {
        var name = $"{prefix}_{Guid.NewGuid():N}";
        await AdminAsync($"CREATE DATABASE {name} OWNER {OwnerRole}");
        var connection = $"Host=127.0.0.1;Port={Port};Database={name};Maximum Pool Size=50";
        return new PostgresDatabase(name, $"{connection};Username={OwnerRole}", $"{connection};Username={ServiceRole}", $"{connection};Username=postgres");
    }

    /// <summary>
    /// One <typeparamref name="T"/> per key for the whole collection (e.g. a silo several test classes use), started
    /// at the first call and disposed with the server; the collection's classes run one at a time.
    /// </summary>
    public async Task<T> SharedAsync<T>(string key, Func<Task<T>> start)
        where T : class, IAsyncDisposable =>
        (T)await _shared.GetOrAdd(key, _ => new Lazy<Task<IAsyncDisposable>>(async () => await start())).Value;

    private async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        try
        {
            foreach (var shared in _shared.Values.Where(s => s.IsValueCreated && s.Value.IsCompletedSuccessfully))
            {
                await shared.Value.Result.DisposeAsync();
            }
        }
        finally
        {
            await StopAsync();
        }
    }

    private async Task StopAsync()
    {
        try
        {
            await PostgresTools.RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", Path.Combine(_root, "data"), "-m", "immediate", "-w", "stop"], asPostgres: true);
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
}

/// <summary>A test database: its owner's, the service role's and a superuser's (bypasses row-level security) connections.</summary>
public sealed record PostgresDatabase(string Name, string Owner, string Service, string Superuser);

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
