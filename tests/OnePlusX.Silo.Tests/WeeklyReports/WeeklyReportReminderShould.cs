using OnePlusX.ReadModels;
using OnePlusX.Security;
using OnePlusX.Silo.ReadModels.Audit;
using OnePlusX.Silo.ReadModels.WeeklyReports;
using OnePlusX.Silo.Storage;
using OnePlusX.Silo.Tests.Infrastructure;
using OnePlusX.Tenancy;
using OnePlusX.WeeklyReports;
using static OnePlusX.Silo.Tests.WeeklyReports.WeeklyReportCalls;

namespace OnePlusX.Silo.Tests.WeeklyReports;

/// <summary>
/// The weekly-report reminder is durable and idempotent: it marks each missed week once however often it ticks,
/// and after the silo process is killed and started again on the same database the marks are read back and the
/// reminder, still registered, ticks again without marking anything twice.
/// </summary>
public sealed class WeeklyReportReminderShould : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly TenantId College = TenantId.From("WRR");
    private readonly string _folder = Directory.CreateTempSubdirectory("oneplusx-weekly-").FullName;
    private Database _database = null!;

    public Task InitializeAsync()
    {
        _database = new Database(new StorageOptions { Sqlite = $"Data Source={Path.Combine(_folder, "oneplusx.db")}" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open leaves the folder to the OS temp cleaner.
        }
    }

    [Fact]
    public async Task MarkEachMissedWeekOnceAcrossTicksAndARestart_NAT_REP_1_NAT_EXIT_COL()
    {
        var settings = new Dictionary<string, string>(WeeklyReportSilo.Settings) { ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(_folder, "oneplusx.db")}" };
        var threeAgo = ThisMonday.AddDays(-21);
        DateOnly[] missed = [threeAgo, threeAgo.AddDays(7), threeAgo.AddDays(14)];

        await using (var first = await SiloProcess.StartAsync(settings, _folder))
        await using (var client = await ClusterClient.ConnectAsync(first))
        {
            await Seed.CollegeAsync(client.Grains, College.Value);
            using var scope = CallScope.ForTenant(College, "test-admin");
            var grain = client.Grains.GetGrain<IWeeklyReportGrain>(WeeklyReportKey.For(College));
            var started = Seed.Ok(await grain.StartAsync(new StartWeeklyReporting(threeAgo)));
            Assert.Empty(started.MarkedMissed); // starting judges the weeks; only the reminder marks them

            var marked = await Eventually.ReadAsync(() => StatusAsync(grain), s => s.MarkedMissed.Count > 0, Patience);
            Assert.Equal(missed, marked.MarkedMissed);
            var firstTick = marked.LastCheckedAt!.Value;

            var later = await Eventually.ReadAsync(() => StatusAsync(grain), s => s.LastCheckedAt > firstTick, Patience);
            Assert.True(later.LastCheckedAt > firstTick, "The reminder did not tick a second time.");
            Assert.Equal(missed, later.MarkedMissed);
            Assert.Equal(new string?[] { string.Join(",", missed.Select(Day)) }, await MissedAuditAsync());
        }

        await using (var second = await SiloProcess.StartAsync(settings, _folder))
        await using (var client = await ClusterClient.ConnectAsync(second))
        {
            using var scope = CallScope.ForTenant(College, "test-admin");
            var grain = client.Grains.GetGrain<IWeeklyReportGrain>(WeeklyReportKey.For(College));
            Assert.Equal(missed, (await StatusAsync(grain)).MarkedMissed);

            var ticked = await Eventually.ReadAsync(() => StatusAsync(grain), s => s.LastCheckedAt is not null, Patience);
            Assert.NotNull(ticked.LastCheckedAt);
            Assert.Equal(missed, ticked.MarkedMissed);
            Assert.Equal(new string?[] { string.Join(",", missed.Select(Day)) }, await MissedAuditAsync());
            Assert.Equal(new[] { "weekly-report.missed", "weekly-report.started" }, await ActionsAsync()); // no churn from ticks that found nothing
            var row = Assert.Single((await new SqlWeeklyReportQueries(_database).ListAsync(
                AccessScope.System("weekly-report test"), new WeeklyReportComplianceFilter(null, false, false), 0, 10, default)).Items);
            Assert.Equal((College.Value, 3, true, false), (row.TenantId, row.MissedInARow, row.ExitFlag, row.ProjectCancelled));
        }
    }

    private static async Task<WeeklyReportStatus> StatusAsync(IWeeklyReportGrain grain) => Seed.Ok(await grain.GetStatusAsync(null));

    /// <summary>Every weekly-report audit action of the college, newest first.</summary>
    private async Task<List<string>> ActionsAsync() =>
        (await new SqlAuditQueries(_database).ListAsync(AccessScope.System("weekly-report test"), new AuditFilter("weekly-report.", College.Value), 0, 100, default))
        .Items.Select(e => e.Action).ToList();

    /// <summary>The details (weeks marked) of every <c>weekly-report.missed</c> audit entry of the college.</summary>
    private async Task<List<string?>> MissedAuditAsync() =>
        (await new SqlAuditQueries(_database).ListAsync(AccessScope.System("weekly-report test"), new AuditFilter("weekly-report.missed", College.Value), 0, 100, default))
        .Items.Select(e => e.Detail).ToList();
}
