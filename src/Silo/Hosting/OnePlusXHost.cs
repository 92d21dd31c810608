using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using OnePlusX.GraphQL;
using OnePlusX.Policies;
using OnePlusX.ReadModels;
using OnePlusX.Security;
using OnePlusX.Silo.Accounts;
using OnePlusX.Silo.Api;
using OnePlusX.Silo.Demo;
using OnePlusX.Silo.Exports;
using OnePlusX.Silo.Forms;
using OnePlusX.Silo.Rosters;
using OnePlusX.Silo.Grains;
using OnePlusX.Silo.Health;
using OnePlusX.Silo.ReadModels;
using OnePlusX.Silo.ReadModels.Audit;
using OnePlusX.Silo.ReadModels.Colleges;
using OnePlusX.Silo.ReadModels.ExamStations;
using OnePlusX.Silo.ReadModels.WeeklyReports;
using OnePlusX.Silo.ReferenceData;
using OnePlusX.Silo.Storage;
using OnePlusX.Silo.Tenancy;

namespace OnePlusX.Silo.Hosting;

/// <summary>The composition root: everything the silo process hosts, registered and mapped in one place.</summary>
public static class OnePlusXHost
{
    public static WebApplicationBuilder AddOnePlusX(this WebApplicationBuilder builder)
    {
        var storage = new StorageOptions
        {
            PostgreSQL = builder.Configuration.GetConnectionString("PostgreSQL"),
            PostgreSQLMigrations = builder.Configuration.GetConnectionString("PostgreSQLMigrations"),
            Sqlite = builder.Configuration.GetConnectionString("Sqlite") ?? new StorageOptions().Sqlite,
        };
        var silo = builder.Configuration.GetSection("OnePlusX:Silo").Get<SiloOptions>() ?? new SiloOptions();

        var services = builder.Services;
        services.AddSingleton(storage);
        services.AddOptions<SiloOptions>().BindConfiguration("OnePlusX:Silo");
        services.AddOptions<ProjectionSweepOptions>().BindConfiguration("OnePlusX:ProjectionSweep");
        services.AddSingleton<Database>();
        services.AddSingleton(sp => new MigrationRunner(sp.GetRequiredService<Database>(), sp.GetRequiredService<ILogger<MigrationRunner>>(), storage));
        services.AddSingleton(_ => ReferenceCatalog.Load());
        services.AddSingleton<IReferenceQueries>(sp => sp.GetRequiredService<ReferenceCatalog>());
        services.AddSingleton<ReferenceDataLoader>();
        services.AddSingleton<StorageInitializer>();
        // Built now, not on first use: a tenant mapped to a policy that does not exist stops the silo at start-up.
        services.AddSingleton<IPolicyCatalog>(PolicyCatalog.Create(
            builder.Configuration.GetSection("OnePlusX:Policies:Tenants").Get<Dictionary<string, string>>()));
        services.AddSingleton<ReadModelWriter>();
        services.AddSingleton<FaultInjection>();
        services.AddSingleton<SqlCollegeQueries>();
        services.AddSingleton<ICollegeQueries>(sp => sp.GetRequiredService<SqlCollegeQueries>());
        services.AddSingleton<SqlExamStationQueries>();
        services.AddSingleton<IExamStationQueries>(sp => sp.GetRequiredService<SqlExamStationQueries>());
        services.AddSingleton<IAuditQueries, SqlAuditQueries>();
        services.AddSingleton<IApprovalQueries, ReadModels.Approvals.SqlApprovalQueries>();
        services.AddSingleton<IProjectQueries, ReadModels.CertificateProjects.SqlProjectQueries>();
        services.AddSingleton<IStudentQueries, ReadModels.Students.SqlStudentQueries>();
        services.AddWeeklyReports();
        services.AddSingleton<IIssuedCertificateQueries, ReadModels.IssuedCertificates.SqlIssuedCertificateQueries>();
        services.AddSingleton<ICostCapQueries, ReadModels.CostCaps.SqlCostCapQueries>();
        services.AddSingleton<IMonitoringPointQueries, ReadModels.MonitoringPoints.SqlMonitoringPointQueries>();
        services.AddSingleton<ReadModels.IssuedCertificates.CertificateNumberClaims>();
        services.AddSingleton<ICoverageQueries, ReadModels.Coverage.SqlCoverageQueries>();
        services.AddSingleton<ICreditBankQueries, ReadModels.CreditBank.SqlCreditBankQueries>();
        services.AddCreditBankOpenApi();
        services.AddMonitoringExports();
        services.AddSingleton<SystemCallRecorder>();
        services.AddHostedService(sp => sp.GetRequiredService<SystemCallRecorder>());
        services.AddSingleton<ProjectionSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<ProjectionSweeper>());
        services.AddSingleton<DemoSeeder>();
        services.AddSingleton<DemoAccounts>();
        services.AddHostedService<DemoSeedService>();
        services.AddGraphQLGateway();
        services.AddHttpContextAccessor();
        builder.AddAccounts(storage);

        services.AddProblemDetails();
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = silo.MaxRequestBodyBytes);
        builder.UseOrleans(siloBuilder => OrleansHosting.ConfigureSilo(siloBuilder, storage, silo));
        return builder;
    }

    public static WebApplication MapOnePlusX(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(RejectOversizedBodies);
        app.UseAccounts();
        app.MapHealth();
        app.MapReference();
        app.MapColleges();
        app.MapForms();
        app.MapRosters();
        app.MapCertificateVerification();
        app.MapCreditBank();
        app.MapExports();
        app.MapGraphQLGateway();
        return app;
    }

    /// <summary>Prepares storage (migrations, reference data) before the silo starts reading its queries.</summary>
    public static Task InitializeStorageAsync(this WebApplication app, CancellationToken cancellationToken = default) =>
        app.Services.GetRequiredService<StorageInitializer>().InitializeAsync(cancellationToken);

    /// <summary>An announced body over the limit is refused up front with a problem naming the limit.</summary>
    private static Task RejectOversizedBodies(HttpContext context, Func<Task> next)
    {
        var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize
            ?? context.RequestServices.GetRequiredService<IOptions<SiloOptions>>().Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            return Results.Problem(
                    $"The request body is {context.Request.ContentLength} bytes; at most {limit} bytes are accepted.",
                    statusCode: StatusCodes.Status413PayloadTooLarge, title: "Payload too large",
                    extensions: new Dictionary<string, object?> { ["field"] = "body" })
                .ExecuteAsync(context);
        }

        return next();
    }
}
