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
    }

    /// <summary>A new empty database; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "t")
    {
        var name = $"{prefix}_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return $"Host=127.0.0.1;Port={Port};Username=postgres;Database={name};Maximum Pool Size=50";
    }

    public async Task DisposeAsync()
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

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
