using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.GraphQL.Http;

namespace OnePlusX.GraphQL;

/// <summary>Registers the gateway (schema, limits, loaders) and maps it at <c>/graphql</c>.</summary>
public static class GatewayRegistration
{
    public static IServiceCollection AddGraphQLGateway(this IServiceCollection services)
    {
        services.AddOptions<GatewayOptions>().BindConfiguration("OnePlusX:GraphQL");
        services.AddScoped<Loaders>();
        services.AddSingleton<TrustedDocuments>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        IssuedCertificates.IssuedCertificateFields.AddServices(services);
        services.AddGraphQL(builder => builder
            .AddSchema<GatewaySchema>()
            .AddGraphTypes(typeof(GatewaySchema).Assembly)
            .AddSystemTextJson(json => json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddValidationRule<AuthorizationRule>()
            .AddComplexityAnalyzer((complexity, provider) =>
            {
                var limits = provider.GetRequiredService<IOptions<GatewayOptions>>();
                complexity.DefaultListImpactMultiplier = Paging.DefaultPageSize;
                complexity.DefaultComplexityImpactDelegate = QueryCost.Clamped(complexity.DefaultComplexityImpactDelegate);
                complexity.ValidateComplexityDelegate = context => QueryCost.Check(context, limits.Value);
            })
            .ConfigureExecutionOptions(options => options.UnhandledExceptionDelegate = context =>
            {
                // Clients see only "Error trying to resolve field"; operators need the exception.
                context.ExecutionOptions.RequestServices?.GetService<ILogger<GraphQLHttpEndpoint>>()?.LogError(
                    context.OriginalException, "GraphQL resolver failed at {Path}", context.FieldContext?.Path is { } path ? string.Join('.', path) : "(document)");
                return Task.CompletedTask;
            })
            .AddErrorInfoProvider(o => o.ExposeExceptionDetails = false));
        return services;
    }

    public static IEndpointRouteBuilder MapGraphQLGateway(this IEndpointRouteBuilder app)
    {
        app.Map("/graphql", async context =>
        {
            var options = context.RequestServices.GetRequiredService<IOptions<GatewayOptions>>().Value;
            if (options.Ide && GraphiQLAssets.WantsIde(context.Request))
            {
                await GraphiQLAssets.TryServeAsync(context, "index.html");
                return;
            }

            await context.RequestServices.GetRequiredService<GraphQLHttpEndpoint>().HandleAsync(context);
        }).AllowAnonymous(); // every field checks the role matrix itself (Conventions/Authorization.cs)
        app.MapGet("/graphql/ide/{file}", async (HttpContext context, string file, IOptions<GatewayOptions> options) =>
        {
            if (!options.Value.Ide || !await GraphiQLAssets.TryServeAsync(context, file))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
            }
        }).AllowAnonymous();
        return app;
    }
}
