using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OnePlusX.GraphQL.Http;
using OnePlusX.ReadModels;
using OnePlusX.Security;
using OnePlusX.Silo.ReferenceData;

namespace OnePlusX.Silo.Tests.GraphQL;

/// <summary>In the trusted-documents-only mode the endpoint runs documents by id and refuses any other text.</summary>
public sealed class TrustedDocumentsOnlyShould
{
    [Fact]
    public async Task RunOnlyDocumentsSentById()
    {
        var stub = new StubQueries();
        await using var gateway = new InProcessGateway(stub, stub, ReferenceCatalog.Load());
        var trusted = gateway.Get<TrustedDocuments>();
        var endpoint = new GraphQLHttpEndpoint(
            gateway.Get<IDocumentExecuter<ISchema>>(), gateway.Get<IGraphQLTextSerializer>(), trusted,
            Options.Create(new GatewayOptions { TrustedDocumentsOnly = true }));

        var (status, body) = await PostAsync(endpoint, gateway, """{ "query": "{ provinces { code } }" }""");
        Assert.Equal(StatusCodes.Status400BadRequest, status);
        Assert.Contains("trusted", body, StringComparison.OrdinalIgnoreCase);

        var id = Assert.Single(trusted.Ids);
        (status, body) = await PostAsync(endpoint, gateway, $$"""{ "documentId": "{{id}}", "variables": { "code": "22" } }""");
        Assert.Equal(StatusCodes.Status200OK, status);
        Assert.Contains("长春市", body, StringComparison.Ordinal);
    }

    private static async Task<(int Status, string Body)> PostAsync(GraphQLHttpEndpoint endpoint, InProcessGateway gateway, string json)
    {
        await using var scope = gateway.Get<IServiceScopeFactory>().CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Method = "POST";
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var response = new MemoryStream();
        context.Response.Body = response;
        await endpoint.HandleAsync(context);
        return (context.Response.StatusCode, Encoding.UTF8.GetString(response.ToArray()));
    }

    private sealed class StubQueries : ICollegeQueries, IExamStationQueries
    {
        public Task<Page<CollegeRecord>> ListAsync(AccessScope scope, CollegeFilter filter, CollegeOrder order, int offset, int limit, CancellationToken cancellationToken) =>
            Task.FromResult(new Page<CollegeRecord>([], 0));

        public Task<IReadOnlyDictionary<string, CollegeRecord>> ByCodesAsync(AccessScope scope, IReadOnlyCollection<string> codes, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<string, CollegeRecord>>(new Dictionary<string, CollegeRecord>());

        public Task<IReadOnlyDictionary<string, CollegeStructure>> StructuresAsync(AccessScope scope, IReadOnlyCollection<string> codes, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<string, CollegeStructure>>(new Dictionary<string, CollegeStructure>());

        public Task<Page<ExamStationRecord>> ListAsync(AccessScope scope, ExamStationFilter filter, int offset, int limit, CancellationToken cancellationToken) =>
            Task.FromResult(new Page<ExamStationRecord>([], 0));

        public Task<IReadOnlyDictionary<(string TenantId, string Code), ExamStationRecord>> ByKeysAsync(AccessScope scope, IReadOnlyCollection<(string TenantId, string Code)> keys, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<(string TenantId, string Code), ExamStationRecord>>(new Dictionary<(string, string), ExamStationRecord>());
    }
}
