using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace OnePlusX.GraphQL.Http;

/// <summary>Refuses documents with too many aliases, or operations selecting too many root fields.</summary>
public sealed class DocumentLimitsRule(IOptions<GatewayOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var limits = options.Value;
        var aliases = 0;
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is GraphQLOperationDefinition operation && operation.SelectionSet.Selections.Count > limits.MaxRootFields)
            {
                context.ReportError(new ValidationError(context.Document.Source, "MAX_ROOT_FIELDS",
                    $"An operation may select at most {limits.MaxRootFields} root fields; this one selects {operation.SelectionSet.Selections.Count}.", operation));
            }

            aliases += CountAliases(definition);
        }

        if (aliases > limits.MaxAliases)
        {
            context.ReportError(new ValidationError(context.Document.Source, "MAX_ALIASES",
                $"A document may use at most {limits.MaxAliases} aliases; this one uses {aliases}.", context.Document));
        }

        return default;
    }

    private static int CountAliases(ASTNode node)
    {
        var count = node is GraphQLField { Alias: not null } ? 1 : 0;
        var selections = node switch
        {
            GraphQLOperationDefinition o => o.SelectionSet.Selections,
            GraphQLFragmentDefinition f => f.SelectionSet.Selections,
            GraphQLField { SelectionSet: { } set } => set.Selections,
            GraphQLInlineFragment i => i.SelectionSet.Selections,
            _ => null,
        };
        return selections is null ? count : count + selections.Sum(CountAliases);
    }
}
