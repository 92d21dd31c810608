using GraphQL.Types;

namespace OnePlusX.GraphQL.Conventions;

/// <summary>The Relay <c>Node</c> interface: anything with a global id can be fetched by <c>node(id:)</c>.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global id (全局标识).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global id, carrying its type (全局标识).");
    }
}
