using System.Text.Json;
using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace OnePlusX.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP at <c>/graphql</c>: POST with a JSON body, GET for queries only (a mutation over GET is refused
/// with 405), answered as <c>application/graphql-response+json</c> with the spec's status codes, or as
/// <c>application/json</c> (always 200 for a well-formed request) otherwise. graphql-http's audit
/// (tests/graphql-conformance) checks it.
/// </summary>
public sealed partial class GraphQLHttpEndpoint(
    IDocumentExecuter<ISchema> executer,
    IGraphQLTextSerializer serializer,
    TrustedDocuments trustedDocuments,
    IOptions<GatewayOptions> options)
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>GraphQL.NET's core rules plus the spec's one rule they lack (see <see cref="ExecutableDefinitionsRule"/>).</summary>
    public static readonly IEnumerable<IValidationRule> DocumentRules =
        [.. DocumentValidator.CoreRules, ExecutableDefinitionsRule.Instance];

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = "GET, POST";
            await WriteProblemAsync(context, Json, StatusCodes.Status405MethodNotAllowed, "Use GET for queries or POST.");
            return;
        }

        var mediaType = NegotiateMediaType(request.Headers.Accept);
        if (mediaType is null)
        {
            await WriteProblemAsync(context, Json, StatusCodes.Status406NotAcceptable,
                $"Accept {GraphQLResponseJson} or {Json}.");
            return;
        }

        if (!isGet && !IsJson(request.ContentType))
        {
            await WriteProblemAsync(context, mediaType, StatusCodes.Status415UnsupportedMediaType, $"Send the request as {Json}.");
            return;
        }

        (GraphQLRequest? Request, string? Error) read;
        try
        {
            read = isGet ? ReadQueryString(request.Query) : await ReadBodyAsync(request);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // A body without Content-Length (chunked) outgrew the host's limit while being read: the host's own answer
            // for an announced one.
            var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
            await Results.Problem($"The request body is larger than the {limit} bytes accepted.", statusCode: ex.StatusCode,
                    title: "Payload too large", extensions: new Dictionary<string, object?> { ["field"] = "body" })
                .ExecuteAsync(context);
            return;
        }
        catch (BadHttpRequestException ex)
        {
            await WriteProblemAsync(context, mediaType, ex.StatusCode, "The request body could not be read.");
            return;
        }

        var (graphQLRequest, readError) = read;
        if (readError is not null)
        {
            await WriteProblemAsync(context, mediaType, StatusCodes.Status400BadRequest, readError);
            return;
        }

        await ExecuteAsync(context, graphQLRequest!, isGet, mediaType);
    }

    private async Task ExecuteAsync(HttpContext context, GraphQLRequest request, bool isGet, string mediaType)
    {
        var limits = options.Value;
        var query = request.Query;
        if (request.DocumentId is { } documentId)
        {
            var separator = documentId.IndexOf(':');
            query = separator > 0
                ? await trustedDocuments.GetQueryAsync(documentId[..separator], documentId[(separator + 1)..], context.RequestAborted)
                : null;
            if (query is null)
            {
                await WriteProblemAsync(context, mediaType, StatusCodes.Status400BadRequest, $"No trusted document has the id '{documentId}'.");
                return;
            }
        }
        else if (limits.TrustedDocumentsOnly)
        {
            await WriteProblemAsync(context, mediaType, StatusCodes.Status400BadRequest, "Only trusted documents are accepted here: send a documentId.");
            return;
        }

        if (string.IsNullOrEmpty(query))
        {
            await WriteProblemAsync(context, mediaType, StatusCodes.Status400BadRequest, "The request has no 'query'.");
            return;
        }

        if (System.Text.Encoding.UTF8.GetByteCount(query) > limits.MaxDocumentBytes)
        {
            await WriteProblemAsync(context, mediaType, StatusCodes.Status400BadRequest,
                $"The document is larger than {limits.MaxDocumentBytes} bytes.");
            return;
        }

        GraphQLDocument document;
        try
        {
            document = Parse(query);
        }
        catch (GraphQLParserException ex)
        {
            // A syntax error, or nesting deeper than the parser goes (it stops at 128 levels rather than overflow the stack).
            var error = new ExecutionError(ex.Description) { Code = ex is GraphQLMaxDepthExceededException ? "MAX_DEPTH" : "SYNTAX_ERROR" };
            error.AddLocation(ex.Location);
            await WriteResultAsync(context, mediaType, NotExecutedStatus(mediaType), new ExecutionResult { Errors = [error] });
            return;
        }

        if (DocumentLimits.Check(document, limits) is { } limit)
        {
            await WriteResultAsync(context, mediaType, StatusCodes.Status400BadRequest, new ExecutionResult { Errors = [limit] });
            return;
        }

        if (isGet && SelectOperation(document, request.OperationName) is { Operation: OperationType.Mutation or OperationType.Subscription })
        {
            context.Response.Headers.Allow = "POST";
            await WriteProblemAsync(context, mediaType, StatusCodes.Status405MethodNotAllowed, "Mutations are sent with POST, not GET.");
            return;
        }

        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = null,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = context.RequestServices,
            User = context.User,
            CancellationToken = context.RequestAborted,
            Timeout = limits.Timeout,
            TimeoutAction = global::GraphQL.Execution.TimeoutAction.ReturnTimeoutError,
            ValidationRules = limits.Introspection
                ? DocumentRules
                : DocumentRules.Append(NoIntrospectionValidationRule.Instance),
            CachedDocumentValidationRules = null,
        });

        await WriteResultAsync(context, mediaType, result.Executed ? StatusCodes.Status200OK : NotExecutedStatus(mediaType), result);
    }

    /// <summary>
    /// The status for a well-formed request whose document did not reach execution (syntax, validation or variable
    /// errors): 400 for graphql-response+json; 200 for application/json, as the spec asks, since its legacy clients
    /// take any other status for a transport failure and never read the errors.
    /// </summary>
    private static int NotExecutedStatus(string mediaType) =>
        mediaType == GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    /// <summary>Parses a request document; throws <see cref="GraphQLParserException"/> when it is malformed.</summary>
    /// <remarks>
    /// A lone CR is a line break to the spec, but GraphQL-Parser 9.5 throws IndexOutOfRangeException while quoting a
    /// syntax error after one. As LF it parses to the same document, with the same lines and columns.
    /// </remarks>
    public static GraphQLDocument Parse(string query) =>
        GraphQLParser.Parser.Parse(query.Contains('\r') ? LoneCarriageReturn().Replace(query, "\n") : query);

    [GeneratedRegex("\r(?!\n)")]
    private static partial Regex LoneCarriageReturn();

    private static GraphQLOperationDefinition? SelectOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
    }

    private (GraphQLRequest? Request, string? Error) ReadQueryString(IQueryCollection query)
    {
        try
        {
            return (new GraphQLRequest
            {
                Query = Single(query, "query"),
                OperationName = Single(query, "operationName"),
                DocumentId = Single(query, "documentId"),
                Variables = Single(query, "variables") is { } variables ? serializer.Deserialize<Inputs>(variables) : null,
                Extensions = Single(query, "extensions") is { } extensions ? serializer.Deserialize<Inputs>(extensions) : null,
            }, null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or NotSupportedException)
        {
            return (null, "The 'variables' and 'extensions' parameters must be JSON objects.");
        }
    }

    private static string? Single(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && values.Count > 0 && !string.IsNullOrEmpty(values[0]) ? values[0] : null;

    private async Task<(GraphQLRequest? Request, string? Error)> ReadBodyAsync(HttpRequest request)
    {
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            var root = body.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, "The body must be a JSON object.");
            }

            foreach (var (name, kinds) in new[]
            {
                ("query", new[] { JsonValueKind.String }),
                ("operationName", new[] { JsonValueKind.String }),
                ("documentId", new[] { JsonValueKind.String }),
                ("variables", new[] { JsonValueKind.Object }),
                ("extensions", new[] { JsonValueKind.Object }),
            })
            {
                if (root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null && !kinds.Contains(value.ValueKind))
                {
                    return (null, $"'{name}' must be a {(kinds[0] == JsonValueKind.String ? "string" : "JSON object")}.");
                }
            }

            return (serializer.Deserialize<GraphQLRequest>(root.GetRawText()), null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or NotSupportedException or ArgumentException)
        {
            return (null, "The body is not a valid GraphQL request in JSON.");
        }
    }

    /// <summary>
    /// graphql-response+json when the client names it, else application/json (also for a missing Accept, */* and
    /// application/*: a client that did not ask for the new type may not know its status codes); null when neither is
    /// acceptable.
    /// </summary>
    internal static string? NegotiateMediaType(Microsoft.Extensions.Primitives.StringValues accept)
    {
        if (accept.Count == 0 || string.IsNullOrWhiteSpace(accept.ToString()))
        {
            return Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return Json;
        }

        var acceptable = ranges.Where(r => r.Quality is not 0).OrderByDescending(r => r.Quality ?? 1).ToList();
        foreach (var range in acceptable)
        {
            var type = range.MediaType.Value?.ToLowerInvariant();
            if (type == GraphQLResponseJson)
            {
                return GraphQLResponseJson;
            }

            if (type is Json or "*/*" or "application/*")
            {
                return Json;
            }
        }

        return null;
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var value)
        && string.Equals(value.MediaType.Value, Json, StringComparison.OrdinalIgnoreCase)
        && (value.Charset.Value is null || string.Equals(value.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase));

    private Task WriteProblemAsync(HttpContext context, string mediaType, int status, string message) =>
        WriteResultAsync(context, mediaType, status, new ExecutionResult { Errors = [new ExecutionError(message) { Code = "BAD_REQUEST" }] });

    private async Task WriteResultAsync(HttpContext context, string mediaType, int status, ExecutionResult result)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }
}

/// <summary>
/// Spec §5.1.1 Executable Definitions: a request document holds only operations and fragments. GraphQL.NET's core
/// rules lack this one and would silently ignore, say, a type definition, where graphql-js refuses the document.
/// </summary>
public sealed class ExecutableDefinitionsRule : ValidationRuleBase
{
    public static readonly ExecutableDefinitionsRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is not (GraphQLOperationDefinition or GraphQLFragmentDefinition))
            {
                context.ReportError(new ValidationError(context.Document.Source, "5.1.1",
                    $"A request document holds only operations and fragments, not a {definition.Kind}.", definition)
                {
                    Code = "EXECUTABLE_DEFINITIONS",
                });
            }
        }

        return default;
    }
}
