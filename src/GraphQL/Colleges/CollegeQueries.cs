using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.ReadModels;

namespace OnePlusX.GraphQL.Colleges;

/// <summary>Root fields for pilot colleges (their public profile).</summary>
public static class CollegeQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        var colleges = query.Connection<CollegeType>("colleges")
            .Description("Pilot colleges (试点院校), filtered and ordered.")
            .Argument<CollegeFilterInputType>("where", "Which colleges (筛选).")
            .Argument<CollegeOrderType>("order", "Order, CODE_ASCENDING by default (排序).")
            .Bidirectional()
            .RequireRoles(Access.DataReaders);
        Paging.ResolveWith(colleges, (c, offset, limit) => c.RequestServices!.GetRequiredService<ICollegeQueries>().ListAsync(
            Caller.Access(c),
            c.GetArgument<CollegeFilter?>("where") ?? new CollegeFilter(null, null, null),
            c.GetArgument("order", CollegeOrder.CodeAscending), offset, limit, c.CancellationToken));
        query.Field<CollegeType>("college")
            .Description("One college by its code (院校), or null.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "Tenant code, e.g. JLJT (院校代码).")
            .RequireRoles(Access.DataReaders)
            .Resolve(c => c.Loaders().Colleges.Load(c.GetArgument<string>("code")));
    }
}
