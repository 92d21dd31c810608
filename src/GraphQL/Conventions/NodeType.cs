using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace OnePlusX.GraphQL.Conventions;

/// <summary>An object type that implements <c>Node</c>: its name, description and global <c>id</c> in one place.</summary>
public abstract class NodeType<TSource> : ObjectGraphType<TSource>
    where TSource : class
{
    protected NodeType(string typeName, string description, Func<TSource, string> key)
    {
        Name = typeName;
        Description = description;
        Interface<NodeInterface>();
        IsTypeOf = o => o is TSource;
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("Opaque global id, carrying its type (全局标识).")
            .Resolve(c => GlobalId.Encode(typeName, key(c.Source)));
    }
}

/// <summary>Resolver shortcuts.</summary>
public static class ResolveContextExtensions
{
    /// <summary>The request's batch loaders.</summary>
    public static Loaders.Scoped Loaders(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<Loaders>().For(context.User);

    /// <summary>Reference data, in memory.</summary>
    public static OnePlusX.ReadModels.IReferenceQueries Reference(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<OnePlusX.ReadModels.IReferenceQueries>();
}
