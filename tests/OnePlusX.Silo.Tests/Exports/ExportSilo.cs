using Microsoft.Data.Sqlite;
using OnePlusX.Silo.Tests.Infrastructure;
using OnePlusX.Silo.Tests.Security;

namespace OnePlusX.Silo.Tests.Exports;

/// <summary>
/// One embedded silo process (SQLite) with the export fixture in its read-model tables, links that expire after a
/// few seconds (so a test can watch one expire), and the callers the tests need: two national clients (bearer
/// tokens), a national client for the credit bank only, a provincial client, a national monitor and a provincial coordinator signed in with session cookies.
/// </summary>
public sealed class ExportSilo : IAsyncLifetime
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromSeconds(4);

    public SiloProcess Silo { get; private set; } = null!;

    public ExportClient National { get; private set; } = null!;

    public ExportClient OtherNational { get; private set; } = null!;

    public ExportClient ProvincialClient { get; private set; } = null!;

    /// <summary>A national client registered for the credit bank only (scope creditbank.read, not monitoring.export).</summary>
    public ExportClient CreditBankClient { get; private set; } = null!;

    public ExportClient Monitor { get; private set; } = null!;

    public ExportClient Coordinator { get; private set; } = null!;

    public HttpClient Anonymous { get; private set; } = null!;

    public string ConnectionString => $"Data Source={Silo.DatabasePath}";

    public async Task InitializeAsync()
    {
        Silo = await SiloProcess.StartEmbeddedAsync(new Dictionary<string, string>
        {
            ["OnePlusX:Exports:LinkLifetime"] = LinkLifetime.ToString(),
        });
        await using (var connection = new SqliteConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await ExportFixture.InsertAsync(connection);
        }

        National = await BearerAsync(Tokens.NationalClient(Silo));
        OtherNational = await BearerAsync(Tokens.NationalClient(Silo));
        ProvincialClient = await BearerAsync(Tokens.ProvinceClient(Silo, "22"));
        CreditBankClient = await BearerAsync(new Tokens(Silo.BaseAddress, Silo.DatabasePath, OnePlusX.CreditBank.CreditBankAccess.Scope));
        Monitor = new ExportClient(await SignedInAsync("export-monitor", "NationalMonitor", null));
        Coordinator = new ExportClient(await SignedInAsync("export-coordinator", "ProvincialCoordinator", "22"));
        Anonymous = new HttpClient { BaseAddress = Silo.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        foreach (var client in new[] { National, OtherNational, ProvincialClient, CreditBankClient, Monitor, Coordinator })
        {
            client?.Dispose();
        }

        Anonymous?.Dispose();
        if (Silo is not null)
        {
            await Silo.DisposeAsync();
        }
    }

    private async Task<ExportClient> BearerAsync(Tokens tokens)
    {
        var http = new HttpClient { BaseAddress = Silo.BaseAddress };
        http.DefaultRequestHeaders.Authorization = await tokens.BearerAsync();
        return new ExportClient(http);
    }

    private async Task<HttpClient> SignedInAsync(string user, string role, string? province)
    {
        string[] args = ["accounts", "create-user", "--user", user, "--display", user, "--role", role, .. province is null ? Array.Empty<string>() : ["--province", province]];
        var created = await Cli.RunAsync(Silo.DatabasePath, args);
        Assert.Equal(0, created.ExitCode);
        return await SiloAccounts.SignInAsync(Silo.BaseAddress, user, created.Value("initial password"));
    }
}
