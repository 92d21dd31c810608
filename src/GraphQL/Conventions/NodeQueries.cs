using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using OnePlusX.GraphQL.Certificates;
using OnePlusX.GraphQL.Colleges;
using OnePlusX.GraphQL.Divisions;
using OnePlusX.GraphQL.ExamStations;

namespace OnePlusX.GraphQL.Conventions;

/// <summary><c>node(id:)</c> and <c>nodes(ids:)</c>: refetch anything by its global id; an unknown or foreign id gives null.</summary>
public static class NodeQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Anything with a global id (按全局标识查询), or null.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global id (全局标识).")
            .AllowAnonymous()
            .Resolve(c => Load(c.Loaders(), c.GetArgument<string>("id")));
        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description("Several objects by global id, in order; null where an id matches nothing (批量查询).")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Global ids, at most 100 (全局标识).")
            .AllowAnonymous()
            .ResolveAsync(async c =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                if (ids.Count > 100)
                {
                    throw new ExecutionError("Argument 'ids' may hold at most 100 ids.") { Code = "INVALID_ARGUMENT" };
                }

                var loaders = c.Loaders();
                var pending = ids.Select(id => Load(loaders, id)).ToList();
                var results = new List<object?>(pending.Count);
                foreach (var item in pending)
                {
                    results.Add(item is null ? null : await item.GetResultAsync(c.CancellationToken));
                }

                return results;
            });
    }

    private static IDataLoaderResult? Load(Loaders loaders, string id)
    {
        if (!GlobalId.TryDecode(id, out var type, out var key))
        {
            return null;
        }

        return type switch
        {
            CollegeType.TypeName => loaders.Colleges.Load(key),
            CertificateType.TypeName => loaders.Certificates.Load(key),
            EvaluationOrganizationType.TypeName => loaders.Organizations.Load(key),
            ProvinceType.TypeName => loaders.Provinces.Load(key),
            CityType.TypeName => loaders.Cities.Load(key),
            ExamStationType.TypeName when key.IndexOf('/') is var slash and > 0 => loaders.ExamStations.Load((key[..slash], key[(slash + 1)..])),
            _ => null,
        };
    }
}
