using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQLParser.AST;

namespace OnePlusX.GraphQL.Http;

/// <summary>
/// Depth and cost limits, checked on GraphQL.NET's complexity analysis. An introspection-only operation (what IDEs
/// and code generators send) has limits of its own: its type references nest by nature (GraphiQL's query is 15
/// levels deep, and its cost grows with the schema: ≈ 12.6 million once the college workflows were added), so the
/// data limits would lock the IDE out. Its own budget, with room for the schema to grow, still stops the exponential
/// nesting attacks (<c>fields { type { fields { type { … }}}}</c>: each level multiplies the cost).
/// </summary>
public static class QueryCost
{
    public const int IntrospectionMaxDepth = 20;
    public const double IntrospectionMaxComplexity = 50_000_000;

    /// <summary>
    /// GraphQL.NET's default impact, except that a page size outside 0..MaxPageSize (a negative <c>first</c> would
    /// make the cost negative and switch the limit off) is charged as the largest page; the resolver then refuses it.
    /// </summary>
    public static Func<FieldImpactContext, FieldComplexityResult> Clamped(Func<FieldImpactContext, FieldComplexityResult> standard) =>
        context =>
        {
            var result = standard(context);
            return result.ChildImpactMultiplier is < 0 or > Conventions.Paging.MaxPageSize
                ? new FieldComplexityResult(result.FieldImpact, Conventions.Paging.MaxPageSize)
                : result;
        };

    public static Task Check(ComplexityValidationContext context, GatewayOptions limits)
    {
        var introspection = IsIntrospectionOnly(context.ValidationContext.Operation);
        var maxDepth = introspection ? Math.Max(limits.MaxDepth, IntrospectionMaxDepth) : limits.MaxDepth;
        var maxComplexity = introspection ? Math.Max(limits.MaxComplexity, IntrospectionMaxComplexity) : limits.MaxComplexity;
        if (context.MaxDepth > maxDepth)
        {
            context.Error = new ValidationError(context.ValidationContext.Document.Source, "MAX_DEPTH",
                $"The query is nested {context.MaxDepth} levels deep; the maximum depth here is {maxDepth}.");
        }
        else if (context.TotalImpact > maxComplexity)
        {
            context.Error = new ValidationError(context.ValidationContext.Document.Source, "MAX_COMPLEXITY",
                $"The query's complexity is {context.TotalImpact:0}; the maximum complexity here is {maxComplexity:0} (lists count as their first/last).");
        }

        return Task.CompletedTask;
    }

    private static bool IsIntrospectionOnly(GraphQLOperationDefinition? operation) =>
        operation is not null && operation.SelectionSet.Selections.All(s => s is GraphQLField f && f.Name.Value.Span.StartsWith("__"));
}
