using OnePlusX.Silo.Tests.Infrastructure;
using OnePlusX.Silo.Tests.Security;

namespace OnePlusX.Silo.Tests.PilotYear;

/// <summary>
/// A running silo for pilot years, with its system administrator signed in: the one account made with the
/// <c>accounts create-user</c> command on the silo's database, as an operator would; every other account is made
/// through GraphQL <c>createUser</c>. Its settings map the four seed colleges' codes to their plugins (test silos do
/// not read appsettings.json). The embedded default (SQLite) here; <see cref="PostgresPilotSilo"/> on PostgreSQL.
/// </summary>
public class PilotSilo : IAsyncLifetime, IAsyncDisposable
{
    private ClusterClient? _client;

    public SiloProcess Silo { get; private set; } = null!;

    /// <summary>For registering colleges, majors and students: the API has no enrolment mutation yet.</summary>
    public IGrainFactory Grains => _client!.Grains;

    public PilotUser SystemAdministrator { get; private set; } = null!;

    /// <summary>The folder the account command runs in and the settings that point it at the silo's database.</summary>
    protected (string Folder, IReadOnlyList<string> Settings) Command { get; set; }

    /// <summary>The settings every pilot silo takes on top of its storage.</summary>
    public static Dictionary<string, string> Settings() => new()
    {
        ["OnePlusX:Policies:Tenants:JLJT"] = "JLJT",
        ["OnePlusX:Policies:Tenants:HBGZ"] = "HBGZ",
        ["OnePlusX:Policies:Tenants:SDDZ"] = "SDDZ",
        ["OnePlusX:Policies:Tenants:XMGX"] = "XMGX",

        // Twenty-odd people sign in from 127.0.0.1 within a minute.
        ["OnePlusX:Auth:SignInsPerMinutePerAddress"] = "1000",
    };

    public async Task InitializeAsync()
    {
        Silo = await StartAsync();
        _client = await ClusterClient.ConnectAsync(Silo);
        var created = await Cli.RunAsync(Command.Folder, ["accounts", "create-user", "--user", "pilot.sysadmin", "--display", "系统管理员", "--role", "SystemAdministrator"], Command.Settings);
        Assert.True(created.ExitCode == 0, created.ToString());
        SystemAdministrator = await SignInAsync("pilot.sysadmin", created.Value("initial password"));
    }

    /// <summary>A person signed in through the sign-in form, with the initial password replaced.</summary>
    public async Task<PilotUser> SignInAsync(string userName, string initialPassword) =>
        new(await SiloAccounts.SignInAsync(Silo.BaseAddress, userName, initialPassword), userName);

    /// <summary>The public, without an account.</summary>
    public PilotUser Anonymous() => new(new HttpClient { BaseAddress = Silo.BaseAddress }, "anonymous");

    /// <summary>Starts the embedded default on a SQLite file of its own.</summary>
    protected virtual async Task<SiloProcess> StartAsync()
    {
        var silo = await SiloProcess.StartEmbeddedAsync(Settings());
        Command = (Path.GetDirectoryName(silo.DatabasePath)!, ["--ConnectionStrings:Sqlite", $"Data Source={silo.DatabasePath}"]);
        return silo;
    }

    public virtual async Task DisposeAsync()
    {
        SystemAdministrator?.Dispose();
        if (_client is not null)
        {
            await _client.DisposeAsync();
        }

        if (Silo is not null)
        {
            await Silo.DisposeAsync();
        }
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();
}

/// <summary>
/// A production-mode silo on a database of its own on the collection's PostgreSQL server: migrations as the owner,
/// the service connecting as a role that owns nothing and cannot bypass row-level security.
/// </summary>
public sealed class PostgresPilotSilo(PostgresServer server) : PilotSilo
{
    private string? _folder;

    protected override async Task<SiloProcess> StartAsync()
    {
        var database = await server.CreateServiceDatabaseAsync("pilot");
        var settings = ClusterSettings.For(database);
        foreach (var (key, value) in Settings())
        {
            settings[key] = value;
        }

        _folder = Directory.CreateTempSubdirectory("oneplusx-pilot-").FullName;
        Command = (_folder, ["--ConnectionStrings:PostgreSQL", database.Service, "--ConnectionStrings:PostgreSQLMigrations", database.Owner]);
        return await SiloProcess.StartAsync(settings, _folder);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            if (_folder is not null)
            {
                Directory.Delete(_folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still held open leaves the folder to the OS temp cleaner.
        }
    }
}
