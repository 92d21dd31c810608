namespace OnePlusX.Silo.Tests.Infrastructure;

/// <summary>One embedded-default silo (SQLite file in a temp folder) shared by a test class, with a client to its gateway.</summary>
public sealed class SqliteSiloFixture : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("oneplusx-silo-").FullName;

    public SiloProcess Silo { get; private set; } = null!;

    public ClusterClient Client { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public string DatabasePath => Path.Combine(_folder, "oneplusx.db");

    public async Task InitializeAsync()
    {
        Silo = await SiloProcess.StartAsync(
            new Dictionary<string, string>
            {
                ["ConnectionStrings:Sqlite"] = $"Data Source={DatabasePath}",
                ["OnePlusX:Orleans:Reminders:MinimumReminderPeriod"] = "00:00:02",
            },
            _folder);
        Client = await ClusterClient.ConnectAsync(Silo);
        Http = new HttpClient { BaseAddress = Silo.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Client.DisposeAsync();
        await Silo.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
