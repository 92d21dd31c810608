using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.DependencyInjection;
using OnePlusX.GraphQL.Http;
using OnePlusX.Silo.Tests.Infrastructure;

namespace OnePlusX.Silo.Tests.GraphQL;

/// <summary>
/// The live /graphql against the reference implementations: graphql-http's GraphQL-over-HTTP audit, graphql-js
/// rebuilding the schema from introspection, and graphql-js validating a corpus of documents
/// (tests/graphql-conformance; see its README).
/// </summary>
public sealed class ConformanceShould(SqliteSiloFixture fixture) : IClassFixture<SqliteSiloFixture>
{
    private string Endpoint => new Uri(fixture.Silo.BaseAddress, "/graphql").ToString();

    [Fact]
    public async Task PassEveryMustAndShouldOfTheGraphQLOverHttpAudit()
    {
        var audit = await ConformanceTools.NodeAsync("audit.mjs", Endpoint);

        Assert.True(audit.ExitCode == 0, $"graphql-http's audit failed a MUST or SHOULD:\n{audit}");
    }

    [Fact]
    public async Task RebuildTheSameSchemaFromIntrospectionInGraphqlJs()
    {
        var check = await ConformanceTools.NodeAsync("schema.mjs", Endpoint, ConformanceTools.SchemaSnapshot);

        Assert.True(check.ExitCode == 0, $"graphql-js rebuilt another schema from introspection:\n{check}");
    }

    /// <summary>
    /// Every corpus document gets the verdict its name announces (valid-… or invalid-…) from graphql-js, the same
    /// verdict from GraphQL.NET's validator with the server's rules, and the matching answer from the live server:
    /// an invalid document is refused with 400 and no data; a valid one draws no validation error (it may still be
    /// refused for other reasons, such as authorization).
    /// </summary>
    [Fact]
    public async Task AgreeWithGraphqlJsOnEveryCorpusDocument()
    {
        var graphqlJs = await ConformanceTools.NodeAsync("validate.mjs", ConformanceTools.SchemaSnapshot, ConformanceTools.CorpusFolder);
        Assert.True(graphqlJs.ExitCode == 0, graphqlJs.ToString());
        var verdicts = graphqlJs.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonNode.Parse(line)!)
            .ToDictionary(v => (string)v["file"]!, v => ((bool)v["valid"]!, string.Join(" | ", v["errors"]!.AsArray().Select(e => (string?)e))));
        var files = Directory.GetFiles(ConformanceTools.CorpusFolder, "*.graphql").Select(Path.GetFileName).Order().ToList();
        Assert.Equal(files, verdicts.Keys.Order());
        Assert.True(files.Count >= 40, $"The corpus has only {files.Count} documents.");

        using var services = ConformanceTools.GatewayServices();
        var schema = services.GetRequiredService<ISchema>();
        var problems = new List<string>();
        foreach (var file in files)
        {
            var text = await File.ReadAllTextAsync(Path.Combine(ConformanceTools.CorpusFolder, file!));
            var named = file!.StartsWith("valid-", StringComparison.Ordinal);
            var (byGraphqlJs, graphqlJsErrors) = verdicts[file];
            if (byGraphqlJs != named)
            {
                problems.Add($"{file}: graphql-js finds it {Verdict(byGraphqlJs)}, its name says {Verdict(named)}: {graphqlJsErrors}");
            }

            var dotnetErrors = await ValidateWithGraphQLNetAsync(schema, services, text);
            if (dotnetErrors.Count == 0 != byGraphqlJs)
            {
                problems.Add($"{file}: GraphQL.NET finds it {Verdict(dotnetErrors.Count == 0)}, graphql-js {Verdict(byGraphqlJs)}: " +
                    $"{string.Join(" | ", dotnetErrors)} / {graphqlJsErrors}");
            }

            if (await CheckTheServerAsync(text, byGraphqlJs) is { } refusal)
            {
                problems.Add($"{file}: {refusal}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static string Verdict(bool valid) => valid ? "valid" : "invalid";

    /// <summary>The errors GraphQL.NET reports parsing as the server does and validating with the rules it runs on every document.</summary>
    private static async Task<IReadOnlyList<string>> ValidateWithGraphQLNetAsync(ISchema schema, IServiceProvider services, string text)
    {
        GraphQLDocument document;
        try
        {
            document = GraphQLHttpEndpoint.Parse(text);
        }
        catch (GraphQLParserException ex)
        {
            return [ex.Description];
        }

        if (document.Definitions.OfType<GraphQLOperationDefinition>().FirstOrDefault() is not { } operation)
        {
            return ["The document holds no operation."];
        }

        var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = document,
            Operation = operation,
            Rules = GraphQLHttpEndpoint.DocumentRules,
            Variables = Inputs.Empty,
            Extensions = Inputs.Empty,
            RequestServices = services,
            User = new ClaimsPrincipal(new ClaimsIdentity()),
        });

        // Values for the variables belong to a request, not to the document: a required one left unset is no document error.
        return result.Errors.Where(e => e is not InvalidVariableError).Select(e => e.Message).ToList();
    }

    /// <summary>
    /// Sends the document (with the variables and operation name its "# variables:" / "# operationName:" header
    /// comments give) and returns what is wrong with the answer, or null.
    /// </summary>
    private async Task<string?> CheckTheServerAsync(string text, bool valid)
    {
        var request = new JsonObject { ["query"] = text };
        foreach (var line in text.Split('\n').TakeWhile(l => l.StartsWith('#')))
        {
            if (line.StartsWith("# variables:", StringComparison.Ordinal))
            {
                request["variables"] = JsonNode.Parse(line["# variables:".Length..]);
            }
            else if (line.StartsWith("# operationName:", StringComparison.Ordinal))
            {
                request["operationName"] = line["# operationName:".Length..].Trim();
            }
        }

        using var message = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(request.ToJsonString(), Encoding.UTF8, GraphQLHttpEndpoint.Json),
        };
        message.Headers.Accept.ParseAdd(GraphQLHttpEndpoint.GraphQLResponseJson);
        using var response = await fixture.Http.SendAsync(message);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var errors = body.TryGetProperty("errors", out var list) ? list.EnumerateArray().ToList() : [];
        if (!valid)
        {
            return (int)response.StatusCode == 400 && !body.TryGetProperty("data", out _) && errors.Count > 0
                ? null
                : $"the server answered an invalid document with {(int)response.StatusCode}: {body}";
        }

        // GraphQL.NET numbers the errors of the spec's validation rules by section (5.x).
        return errors.Any(e => Extension(e, "number")?.StartsWith("5.", StringComparison.Ordinal) == true || Extension(e, "code") == "SYNTAX_ERROR")
            ? $"the server found a valid document invalid ({(int)response.StatusCode}): {body}"
            : null;
    }

    private static string? Extension(JsonElement error, string name) =>
        error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty(name, out var value) ? value.GetString() : null;
}
