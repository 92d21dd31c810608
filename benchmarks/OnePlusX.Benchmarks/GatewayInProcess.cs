using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OnePlusX.GraphQL.Http;

namespace OnePlusX.Benchmarks;

/// <summary>
/// The gateway executed in-process the way its HTTP endpoint does it (GraphQLHttpEndpoint.ExecuteAsync): a DI scope
/// per request (the scoped batch loaders), parse, then the registered <see cref="IDocumentExecuter{TSchema}"/> with
/// the endpoint's options (validation rules incl. authorization and limits, complexity analysis, timeout), then the
/// gateway's System.Text.Json serializer. No HTTP.
/// </summary>
internal sealed class GatewayInProcess(ServiceProvider services) : IAsyncDisposable
{
    private readonly IDocumentExecuter<ISchema> _executer = services.GetRequiredService<IDocumentExecuter<ISchema>>();
    private readonly IGraphQLTextSerializer _serializer = services.GetRequiredService<IGraphQLTextSerializer>();
    private readonly GatewayOptions _limits = services.GetRequiredService<IOptions<GatewayOptions>>().Value;

    public IServiceProvider Services => services;

    /// <summary>One request; returns the serialized length (bytes in <paramref name="output"/>), or 0 when not serialized.</summary>
    public async Task<long> ExecuteAsync(string query, MemoryStream? output)
    {
        await using var scope = services.CreateAsyncScope();
        var result = await _executer.ExecuteAsync(new ExecutionOptions
        {
            Query = null,
            Document = GraphQLParser.Parser.Parse(query),
            RequestServices = scope.ServiceProvider,
            User = BenchPrincipal.National,
            Timeout = _limits.Timeout,
            TimeoutAction = global::GraphQL.Execution.TimeoutAction.ReturnTimeoutError,
            CachedDocumentValidationRules = null,
        });
        if (result.Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException($"The gateway answered with errors: {string.Join("; ", errors.Select(e => $"{e.Code}: {e.Message}"))}");
        }

        if (output is null)
        {
            return 0;
        }

        output.SetLength(0);
        await _serializer.WriteAsync(output, result);
        return output.Length;
    }

    /// <summary>One request, serialized to a string (for comparing answers).</summary>
    public async Task<string> ExecuteToTextAsync(string query)
    {
        using var output = new MemoryStream();
        await ExecuteAsync(query, output);
        return System.Text.Encoding.UTF8.GetString(output.GetBuffer(), 0, (int)output.Length);
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
