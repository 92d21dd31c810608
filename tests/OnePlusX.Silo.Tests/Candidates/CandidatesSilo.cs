using System.Security.Claims;
using System.Text.Json;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using OnePlusX.ReadModels;
using OnePlusX.Security;
using OnePlusX.Silo.ReadModels.CertificateProjects;
using OnePlusX.Silo.ReadModels.Colleges;
using OnePlusX.Silo.ReadModels.ExamStations;
using OnePlusX.Silo.ReadModels.IssuedCertificates;
using OnePlusX.Silo.ReferenceData;
using OnePlusX.Silo.Storage;
using OnePlusX.Silo.Tests.GraphQL;
using OnePlusX.Silo.Tests.Infrastructure;

namespace OnePlusX.Silo.Tests.Candidates;

/// <summary>
/// An embedded-default silo whose test colleges follow the four school plugins — CJ1…CJ9 JLJT, CH1… HBGZ, CS1…
/// SDDZ, CX1… XMGX, so each test takes colleges of its own — and the gateway in process over its read models and
/// grains, acting as the principals a test builds.
/// </summary>
public class CandidatesSilo : IAsyncLifetime
{
    private Database _database = null!;

    public SiloProcess Silo { get; private set; } = null!;

    public ClusterClient Client { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public InProcessGateway Gateway { get; private set; } = null!;

    public IGrainFactory Grains => Client.Grains;

    public IIssuedCertificateQueries Certificates { get; private set; } = null!;

    /// <summary>Verifications per minute per address over HTTP.</summary>
    protected virtual int VerificationsPerMinute => 200;

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string> { ["OnePlusX:Verification:PerMinutePerAddress"] = VerificationsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        foreach (var (prefix, policy) in new[] { ("CJ", "JLJT"), ("CH", "HBGZ"), ("CS", "SDDZ"), ("CX", "XMGX") })
        {
            for (var i = 1; i <= 9; i++)
            {
                settings[$"OnePlusX:Policies:Tenants:{prefix}{i}"] = policy;
            }
        }

        Silo = await SiloProcess.StartEmbeddedAsync(settings);
        Client = await ClusterClient.ConnectAsync(Silo);
        Http = new HttpClient { BaseAddress = Silo.BaseAddress };
        _database = new Database(new StorageOptions { Sqlite = $"Data Source={Silo.DatabasePath}" });
        Certificates = new SqlIssuedCertificateQueries(_database);
        Gateway = new InProcessGateway(new SqlCollegeQueries(_database), new SqlExamStationQueries(_database), ReferenceCatalog.Load(), Grains, more: services =>
        {
            services.AddSingleton<IIssuedCertificateQueries>(Certificates);
            services.AddSingleton<IProjectQueries>(new SqlProjectQueries(_database));
        });
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await _database.DisposeAsync();
        Http.Dispose();
        await Client.DisposeAsync();
        await Silo.DisposeAsync();
    }

    /// <summary>Runs a document and fails the test on any top-level error; returns <c>data</c>.</summary>
    public async Task<JsonElement> RunAsync(string document, ClaimsPrincipal? user, object? variables = null)
    {
        var inputs = variables is null ? null : new global::GraphQL.SystemTextJson.GraphQLSerializer().Deserialize<Inputs>(JsonSerializer.Serialize(variables));
        var result = await Gateway.ExecuteAsync(document, user, inputs);
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data");
    }

    /// <summary>A signed-in user of a college (roles as given), a provincial coordinator, or a national monitor.</summary>
    public static ClaimsPrincipal User(string? tenant, string province, params string[] roles)
    {
        var claims = new List<Claim> { new(ClaimNames.Name, $"{string.Join('+', roles)}@{tenant ?? province}"), new(ClaimNames.Province, province) };
        claims.AddRange(roles.Select(r => new Claim(ClaimNames.Role, r)));
        if (tenant is not null)
        {
            claims.Add(new Claim(ClaimNames.Tenant, tenant));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test", ClaimNames.Name, ClaimNames.Role));
    }

    public static ClaimsPrincipal Officer(string tenant) => User(tenant, "22", Roles.SchoolOfficer, Roles.CollegeAdministrator);
}

/// <summary>The same silo with a verification limit small enough to reach in a test.</summary>
public sealed class RateLimitedCandidatesSilo : CandidatesSilo
{
    public const int Limit = 3;

    protected override int VerificationsPerMinute => Limit;
}
