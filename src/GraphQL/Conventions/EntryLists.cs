using GraphQL;
using GraphQL.Builders;
using GraphQL.Resolvers;
using GraphQL.Types;
using OnePlusX.ReadModels;

namespace OnePlusX.GraphQL.Conventions;

/// <summary>The order of a list a grain keeps in the order things were entered (trainings, exams, registrations…).</summary>
public enum EntryOrder
{
    /// <summary>First entered first.</summary>
    OldestFirst = 1,

    /// <summary>Last entered first.</summary>
    NewestFirst = 2,
}

public sealed class EntryOrderType : EnumerationGraphType<EntryOrder>
{
    public EntryOrderType()
    {
        Name = "EntryOrder";
        Description = "The order of a list kept in the order its items were entered (录入顺序).";
        Values["OLDEST_FIRST"]!.Description = "First entered first, the default (按录入先后).";
        Values["NEWEST_FIRST"]!.Description = "Last entered first (最新在前).";
    }
}

/// <summary>
/// Relay connections over a list the grain already returned (one grain call for the whole list): filtered by the
/// caller's <c>where</c> if the field has one, ordered by <c>order:</c>, then cut to the requested page.
/// </summary>
public static class EntryLists
{
    /// <summary>Adds the <c>order:</c> argument and resolves the connection from <paramref name="items"/>.</summary>
    public static void Resolve<TSource, T>(ConnectionBuilder<TSource> field, Func<IResolveFieldContext, TSource, IReadOnlyList<T>> items)
    {
        field.Argument<EntryOrderType>("order", "OLDEST_FIRST by default (排序).");
        field.FieldType.Resolver = new FuncFieldResolver<object?>(async context =>
        {
            var all = items(context, (TSource)context.Source!);
            if (context.GetArgument("order", EntryOrder.OldestFirst) == EntryOrder.NewestFirst)
            {
                all = all.Reverse().ToList();
            }

            return await Paging.ConnectionAsync(context, (offset, limit) => Task.FromResult(new Page<T>(all.Skip(offset).Take(limit).ToList(), all.Count)));
        });
    }
}
