using System.Security.Claims;
using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OnePlusX.GraphQL;
using OnePlusX.ReadModels;

namespace OnePlusX.Silo.Tests.GraphQL;

/// <summary>
/// The gateway's schema and executer in this process, over the query services and grain factory a test gives it,
/// so a test can count round trips or act as an authenticated principal without an HTTP sign-in.
/// </summary>
public sealed class InProcessGateway : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public InProcessGateway(ICollegeQueries colleges, IExamStationQueries stations, IReferenceQueries reference, IGrainFactory? grains = null,
        IDictionary<string, string?>? settings = null, Action<IServiceCollection>? more = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build());
        services.AddSingleton(colleges);
        services.AddSingleton(stations);
        services.AddSingleton(reference);
        if (grains is not null)
        {
            services.AddSingleton(grains);
        }

        more?.Invoke(services); // e.g. the account store and the audit log, for the fields that use them
        services.AddGraphQLGateway();
        _services = services.BuildServiceProvider();
    }

    public ISchema Schema => _services.GetRequiredService<ISchema>();

    /// <summary>A service of the gateway's container (e.g. the HTTP endpoint, to drive it without a server).</summary>
    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Executes one request in its own scope (as an HTTP request would) and returns the JSON answer.</summary>
    public async Task<JsonElement> ExecuteAsync(string query, ClaimsPrincipal? user = null, Inputs? variables = null)
    {
        await using var scope = _services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            Variables = variables,
            RequestServices = scope.ServiceProvider,
            User = user ?? new ClaimsPrincipal(new ClaimsIdentity()),
        });
        var json = scope.ServiceProvider.GetRequiredService<IGraphQLTextSerializer>().Serialize(result);
        return JsonDocument.Parse(json).RootElement.Clone();
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
