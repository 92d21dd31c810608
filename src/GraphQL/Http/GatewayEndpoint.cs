using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace OnePlusX.GraphQL;

/// <summary>Registers the gateway and maps it at <c>/graphql</c> (POST with a JSON body).</summary>
public static class GatewayEndpoint
{
    public static IServiceCollection AddGraphQLGateway(this IServiceCollection services)
    {
        services.AddGraphQL(b => b.AddSchema<GatewaySchema>().AddSystemTextJson());
        return services;
    }

    public static IEndpointRouteBuilder MapGraphQLGateway(this IEndpointRouteBuilder app)
    {
        app.MapPost("/graphql", ExecuteAsync);
        return app;
    }

    private static async Task ExecuteAsync(HttpContext context, IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer)
    {
        GraphQLRequest? request;
        try
        {
            request = await serializer.ReadAsync<GraphQLRequest>(context.Request.Body, context.RequestAborted);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or FormatException)
        {
            request = null;
        }

        if (request?.Query is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await serializer.WriteAsync(context.Response.Body, new ExecutionResult { Errors = [new ExecutionError("The body must be JSON with a 'query' string.")] }, context.RequestAborted);
            return;
        }

        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            RequestServices = context.RequestServices,
            CancellationToken = context.RequestAborted,
        });
        context.Response.ContentType = "application/graphql-response+json";
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }
}
