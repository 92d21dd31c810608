using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace OnePlusX.GraphQL.Conventions;

/// <summary>
/// Gives the Relay paging arguments GraphQL.NET adds to every connection (<c>first</c>, <c>after</c>, <c>last</c>,
/// <c>before</c>) the schema's own descriptions, in English with the Chinese term, so the IDE documents them like the rest.
/// </summary>
public sealed class PagingDescriptions : BaseSchemaNodeVisitor
{
    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
    {
        ["first"] = $"At most this many items after 'after' (0–{Paging.MaxPageSize}, {Paging.DefaultPageSize} by default) (每页条数).",
        ["after"] = "Only items after this cursor (起始游标).",
        ["last"] = $"At most this many items before 'before' (0–{Paging.MaxPageSize}) (末页条数).",
        ["before"] = "Only items before this cursor (截止游标).",
    };

    public override void VisitObjectFieldArgumentDefinition(QueryArgument argument, FieldType field, IObjectGraphType type, ISchema schema)
    {
        if (field.ResolvedType?.GetNamedType().Name.EndsWith("Connection", StringComparison.Ordinal) == true && Texts.TryGetValue(argument.Name, out var text))
        {
            argument.Description = text;
        }
    }
}
