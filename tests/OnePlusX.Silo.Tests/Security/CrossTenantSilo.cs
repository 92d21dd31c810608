using OnePlusX.Silo.ReadModels.Audit;
using OnePlusX.Silo.Accounts;
using Microsoft.Extensions.DependencyInjection;
using OnePlusX.CertificateProjects;
using OnePlusX.Colleges;
using OnePlusX.ExamStations;
using OnePlusX.ReadModels;
using OnePlusX.Security;
using OnePlusX.Silo.ReadModels.Colleges;
using OnePlusX.Silo.ReadModels.ExamStations;
using OnePlusX.Silo.ReferenceData;
using OnePlusX.Silo.Storage;
using OnePlusX.Silo.Tests.GraphQL;
using OnePlusX.Silo.Tests.Infrastructure;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.Tests.Security;

[CollectionDefinition(Name)]
public sealed class CrossTenantCollection : ICollectionFixture<CrossTenantSilo>
{
    public const string Name = "Cross-tenant matrix";
}

/// <summary>
/// One silo process holding the matrix's two colleges, seeded through the grains as users' commands would: the
/// callers' college <see cref="Side.Own"/> and another tenant's in another province <see cref="Side.Other"/>, each
/// with a school, a major, an exam station and an applied certificate project, every name carrying the side's
/// <see cref="Side.Secret"/>. Every local code of a college is its tenant code too (school, major, station), so a
/// lookup keyed by several codes is hit when all of them are set to the tenant code. The GraphQL gateway runs in
/// this process over the silo's read models (as the service role, under row-level security, on PostgreSQL) and grains.
/// The embedded default (SQLite) unless a PostgreSQL database is given.
/// </summary>
public sealed class CrossTenantSilo : IAsyncLifetime
{
    private readonly PostgresDatabase? _postgres;
    private ClusterClient _client = null!;
    private string? _folder;

    /// <summary>On the embedded default (xunit needs this one public constructor for the collection fixture).</summary>
    public CrossTenantSilo()
    {
    }

    private CrossTenantSilo(PostgresDatabase postgres) => _postgres = postgres;

    /// <summary>On PostgreSQL: the service connects as a role under row-level security, migrations run as the owner.</summary>
    public static CrossTenantSilo OnPostgres(PostgresDatabase postgres) => new(postgres);

    public SiloProcess Process { get; private set; } = null!;

    public IGrainFactory Grains => _client.Grains;

    public Database Database { get; private set; } = null!;

    public InProcessGateway Gateway { get; private set; } = null!;

    /// <summary>The folder the silo runs in, and the settings that point the account command at its database.</summary>
    public (string Folder, IReadOnlyList<string> Settings) Command { get; private set; }

    public async Task InitializeAsync()
    {
        StorageOptions storage;
        if (_postgres is null)
        {
            Process = await SiloProcess.StartEmbeddedAsync();
            storage = new StorageOptions { Sqlite = $"Data Source={Process.DatabasePath}" };
            Command = (Path.GetDirectoryName(Process.DatabasePath)!, ["--ConnectionStrings:Sqlite", storage.Sqlite]);
        }
        else
        {
            _folder = Directory.CreateTempSubdirectory("oneplusx-matrix-").FullName;
            Process = await SiloProcess.StartAsync(ClusterSettings.For(_postgres), _folder);
            storage = new StorageOptions { PostgreSQL = _postgres.Service };
            Command = (_folder, ["--ConnectionStrings:PostgreSQL", _postgres.Service, "--ConnectionStrings:PostgreSQLMigrations", _postgres.Owner]);
        }

        _client = await ClusterClient.ConnectAsync(Process);
        Database = new Database(storage);
        var colleges = new SqlCollegeQueries(Database);
        var stations = new SqlExamStationQueries(Database);
        // The matrix selects everything three levels deep: over the cost limit, which is not what it tests.
        Gateway = new InProcessGateway(colleges, stations, ReferenceCatalog.Load(), Grains,
            new Dictionary<string, string?> { ["OnePlusX:GraphQL:MaxComplexity"] = "100000000", ["OnePlusX:GraphQL:MaxFields"] = "100000" },
            services =>
            {
                // The account and audit fields over the silo's own database, as the silo registers them.
                services.AddSingleton(Database);
                services.AddSingleton(ReferenceCatalog.Load());
                services.AddHttpContextAccessor();
                services.AddSingleton<IAuditQueries>(new SqlAuditQueries(Database));
                services.AddSingleton<IWeeklyReportQueries>(new OnePlusX.Silo.ReadModels.WeeklyReports.SqlWeeklyReportQueries(Database));
                services.AddSingleton<IApprovalQueries>(new OnePlusX.Silo.ReadModels.Approvals.SqlApprovalQueries(Database));
                services.AddSingleton<IProjectQueries>(new OnePlusX.Silo.ReadModels.CertificateProjects.SqlProjectQueries(Database));
                services.AddSingleton<IStudentQueries>(new OnePlusX.Silo.ReadModels.Students.SqlStudentQueries(Database));
                services.AddSingleton<IIssuedCertificateQueries>(new OnePlusX.Silo.ReadModels.IssuedCertificates.SqlIssuedCertificateQueries(Database));
                services.AddSingleton<ICoverageQueries>(new OnePlusX.Silo.ReadModels.Coverage.SqlCoverageQueries(Database, ReferenceCatalog.Load()));
                services.AddSingleton<ICostCapQueries>(new OnePlusX.Silo.ReadModels.CostCaps.SqlCostCapQueries(Database));
                services.AddSingleton<IMonitoringPointQueries>(new OnePlusX.Silo.ReadModels.MonitoringPoints.SqlMonitoringPointQueries(Database));
                services.AddSingleton<ICreditBankQueries>(new OnePlusX.Silo.ReadModels.CreditBank.SqlCreditBankQueries(Database));
                services.AddAccountStore(storage, new AuthOptions());
                OnePlusX.Silo.Exports.ExportRegistration.AddMonitoringExports(services, runJobs: false);
            });
        await SeedAsync(Side.Own);
        await SeedAsync(Side.Other);

        // The read models are written by projections: wait until a national reader sees both colleges and stations.
        var system = AccessScope.System("matrix set-up");
        var seen = await Eventually.ReadAsync(
            async () => (await colleges.ByCodesAsync(system, [Side.Own.Tenant, Side.Other.Tenant], default)).Count
                + (await stations.ListAsync(system, new ExamStationFilter(null, null, null, null), 0, 10, default)).TotalCount
                + ((await colleges.GetAsync(system, Side.Other.Tenant, default))?.Majors.Count ?? 0),
            count => count == 5,
            TimeSpan.FromSeconds(30));
        Assert.True(seen == 5, $"The seeded colleges did not reach the read models ({seen} of 5 rows).");
    }

    /// <summary>Tears down whatever <see cref="InitializeAsync"/> got to, so a failed start leaves no silo process behind.</summary>
    public async Task DisposeAsync()
    {
        if (Gateway is not null)
        {
            await Gateway.DisposeAsync();
        }

        if (Database is not null)
        {
            await Database.DisposeAsync();
        }

        if (_client is not null)
        {
            await _client.DisposeAsync();
        }

        if (Process is not null)
        {
            await Process.DisposeAsync();
        }

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

    private async Task SeedAsync(Side side)
    {
        var tenant = TenantId.From(side.Tenant);
        using var scope = CallScope.ForTenant(tenant, "matrix-seed");
        var college = Grains.GetGrain<ICollegeGrain>(side.Tenant);
        Seed.Ok(await college.RegisterAsync(new RegisterCollege($"{side.Secret}学院", side.Province, side.City)));
        Seed.Ok(await college.AddSchoolAsync(new AddSchool(side.Tenant, $"{side.Secret}信息学院")));
        Seed.Ok(await college.AddMajorAsync(new AddMajor(side.Tenant, $"{side.Secret}软件技术", side.Tenant)));
        var station = Grains.GetGrain<IExamStationGrain>(GrainKey.For(tenant, side.Tenant));
        Seed.Ok(await station.FileAsync(new FileExamStation($"{side.Secret}考核站点", "WEB-FE", side.City, 40)));
        var project = Grains.GetGrain<ICertificateProjectGrain>(CertificateProjectKey.For(tenant, "WEB-FE", CertificateLevel.Intermediate, 2025));
        Seed.Ok(await project.ApplyAsync(new ApplyForProject(side.Tenant, 100, 1000m)));
    }
}
