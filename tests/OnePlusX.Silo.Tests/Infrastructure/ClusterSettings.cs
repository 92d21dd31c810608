namespace OnePlusX.Silo.Tests.Infrastructure;

/// <summary>Settings for a production-mode silo on PostgreSQL, with failure detection shortened for tests.</summary>
public static class ClusterSettings
{
    public static Dictionary<string, string> For(PostgresDatabase database) => new()
    {
        ["ConnectionStrings:PostgreSQL"] = database.Service,
        ["ConnectionStrings:PostgreSQLMigrations"] = database.Owner,
        ["OnePlusX:Auth:AllowHttp"] = "true",
        ["OnePlusX:Silo:AdvertisedIP"] = "127.0.0.1",
        ["OnePlusX:Orleans:Membership:ProbeTimeout"] = "00:00:01",
        ["OnePlusX:Orleans:Membership:NumMissedProbesLimit"] = "2",
        ["OnePlusX:Orleans:Membership:NumVotesForDeathDeclaration"] = "1",
        ["OnePlusX:Orleans:Membership:TableRefreshTimeout"] = "00:00:02",
        ["OnePlusX:Orleans:Membership:IAmAliveTablePublishTimeout"] = "00:00:05",
        ["OnePlusX:Orleans:Reminders:MinimumReminderPeriod"] = "00:00:02",
    };
}
