using GraphQL.Types;

namespace OnePlusX.GraphQL;

/// <summary>
/// The gateway's schema. This is the placeholder the foundation hosts; the gateway issue builds the real schema
/// (feature folders, connections, protection) on top of it.
/// </summary>
public sealed class GatewaySchema : Schema
{
    public GatewaySchema(IServiceProvider services)
        : base(services)
    {
        Query = new GatewayQuery();
        Description = "OnePlusX 1+X 证书试点服务 GraphQL gateway";
    }
}

/// <summary>The root query type.</summary>
public sealed class GatewayQuery : ObjectGraphType
{
    public GatewayQuery()
    {
        Name = "Query";
        Description = "Root query (根查询).";
        Field<NonNullGraphType<StringGraphType>>("serviceName")
            .Description("The service's name (服务名称).")
            .Resolve(_ => "OnePlusX");
    }
}
