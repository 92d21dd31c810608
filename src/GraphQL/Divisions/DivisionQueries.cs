using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.ReadModels;

namespace OnePlusX.GraphQL.Divisions;

/// <summary>Root fields for provinces and cities (public reference data).</summary>
public static class DivisionQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvinceType>>>>("provinces")
            .Description("All 31 provinces (省级行政区).")
            .AllowAnonymous()
            .Resolve(c => c.Reference().Provinces());
        query.Field<ProvinceType>("province")
            .Description("One province by its 2-digit code (省份), or null.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "2-digit division code (行政区划代码).")
            .AllowAnonymous()
            .Resolve(c => c.Reference().Province(c.GetArgument<string>("code")));
    }
}
