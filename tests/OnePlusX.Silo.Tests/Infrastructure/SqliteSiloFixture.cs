namespace OnePlusX.Silo.Tests.Infrastructure;

/// <summary>One embedded-default silo (SQLite file in a temp folder) shared by a test class, with a client to its gateway.</summary>
public sealed class SqliteSiloFixture : IAsyncLifetime
{
    public SiloProcess Silo { get; private set; } = null!;

    public ClusterClient Client { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    /// <summary>Bearer tokens of a national client (registered at the first use).</summary>
    public Tokens Tokens { get; private set; } = null!;

    public string DatabasePath => Silo.DatabasePath;

    public async Task InitializeAsync()
    {
        Silo = await SiloProcess.StartEmbeddedAsync(new Dictionary<string, string>
        {
            ["OnePlusX:Orleans:Reminders:MinimumReminderPeriod"] = "00:00:02",

            // A test tenant that configuration maps to a school plugin, as appsettings maps JLJT to JLJT.
            ["OnePlusX:Policies:Tenants:PPJL"] = "JLJT",
            ["OnePlusX:Policies:Tenants:APSD"] = "SDDZ",
            ["OnePlusX:Policies:Tenants:APHB"] = "HBGZ",

            // Test colleges of the trainings tests, following JLJT's and HBGZ's plugins.
            ["OnePlusX:Policies:Tenants:TRJL"] = "JLJT",
            ["OnePlusX:Policies:Tenants:TRHB"] = "HBGZ",
        });
        Client = await ClusterClient.ConnectAsync(Silo);
        Http = new HttpClient { BaseAddress = Silo.BaseAddress };
        Tokens = Tokens.NationalClient(Silo);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Client.DisposeAsync();
        await Silo.DisposeAsync();
    }
}
