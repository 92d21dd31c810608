using GraphQL;
using GraphQLParser.AST;

namespace OnePlusX.GraphQL.Http;

/// <summary>
/// Limits on the shape of a parsed document, checked before GraphQL.NET validates it: validation's field-merging
/// check grows fast with repeated fields and fragment chains (seconds for a few thousand), so these are counted
/// on the syntax tree first.
/// </summary>
public static class DocumentLimits
{
    /// <summary>The first limit the document breaks, as an error naming it; null when it keeps them all.</summary>
    public static ExecutionError? Check(GraphQLDocument document, GatewayOptions limits)
    {
        var fragments = 0;
        var counts = new Counts();
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLFragmentDefinition)
            {
                fragments++;
            }

            if (definition is GraphQLOperationDefinition operation && operation.SelectionSet.Selections.Count > limits.MaxRootFields)
            {
                return new ExecutionError($"An operation may select at most {limits.MaxRootFields} root fields; this one selects {operation.SelectionSet.Selections.Count}.")
                {
                    Code = "MAX_ROOT_FIELDS",
                };
            }

            Count(definition, counts);
        }

        if (fragments > limits.MaxFragments)
        {
            return new ExecutionError($"A document may define at most {limits.MaxFragments} fragments; this one defines {fragments}.") { Code = "MAX_FRAGMENTS" };
        }

        if (counts.Aliases > limits.MaxAliases)
        {
            return new ExecutionError($"A document may use at most {limits.MaxAliases} aliases; this one uses {counts.Aliases}.") { Code = "MAX_ALIASES" };
        }

        return counts.Fields > limits.MaxFields
            ? new ExecutionError($"A document may select at most {limits.MaxFields} fields; this one selects {counts.Fields}.") { Code = "MAX_FIELDS" }
            : null;
    }

    private static void Count(ASTNode node, Counts counts)
    {
        if (node is GraphQLField field)
        {
            counts.Fields++;
            if (field.Alias is not null)
            {
                counts.Aliases++;
            }
        }

        var selections = node switch
        {
            GraphQLOperationDefinition o => o.SelectionSet.Selections,
            GraphQLFragmentDefinition f => f.SelectionSet.Selections,
            GraphQLField { SelectionSet: { } set } => set.Selections,
            GraphQLInlineFragment i => i.SelectionSet.Selections,
            _ => null,
        };
        foreach (var selection in selections ?? [])
        {
            Count(selection, counts);
        }
    }

    private sealed class Counts
    {
        public int Fields { get; set; }

        public int Aliases { get; set; }
    }
}
