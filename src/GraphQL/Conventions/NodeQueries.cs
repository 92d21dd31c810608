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
            .ResolveAsync(c => FindAsync(c, c.GetArgument<string>("id")));
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

                // Start every lookup before awaiting any, so the loaders batch them.
                var pending = ids.Select(id => Find(c, id)).ToList();
                var results = new List<object?>(pending.Count);
                foreach (var item in pending)
                {
                    results.Add(await item(c.CancellationToken));
                }

                return results;
            });
    }

    private static Task<object?> FindAsync(IResolveFieldContext context, string id) => Find(context, id)(context.CancellationToken);

    /// <summary>Starts the lookup of one global id and returns how to await it; unknown or malformed ids give null.</summary>
    private static Func<CancellationToken, Task<object?>> Find(IResolveFieldContext context, string id)
    {
        if (!GlobalId.TryDecode(id, out var type, out var key))
        {
            return _ => Task.FromResult<object?>(null);
        }

        var reference = context.Reference();
        object? found = type switch
        {
            CertificateType.TypeName => reference.Certificate(key),
            EvaluationOrganizationType.TypeName => reference.Organization(key),
            ProvinceType.TypeName => reference.Province(key),
            CityType.TypeName => reference.City(key),
            _ => null,
        };
        if (found is not null)
        {
            return _ => Task.FromResult<object?>(found);
        }

        if (type == Approvals.ApprovalItemType.TypeName)
        {
            return async _ => await Approvals.ApprovalTargets.FindItemAsync(context, id);
        }

        if (type == Students.StudentType.TypeName)
        {
            return async _ => await Students.StudentNodes.FindAsync(context, key);
        }

        if (type == CertificateProjects.CertificateProjectType.TypeName)
        {
            return async _ => await CertificateProjects.ProjectNodes.FindAsync(context, key);
        }

        if (type is SchoolType.TypeName or MajorType.TypeName)
        {
            return async _ => await Structure.FindAsync(context, type, key);
        }

        if (type == Trainings.TrainingType.TypeName)
        {
            return async _ => await Trainings.TrainingNode.FindAsync(context, key);
        }

        IDataLoaderResult? pending = type switch
        {
            CollegeType.TypeName => context.Loaders().Colleges.Load(key),
            ExamStationType.TypeName when key.IndexOf('/') is var slash and > 0 => context.Loaders().ExamStations.Load((key[..slash], key[(slash + 1)..])),
            _ => null,
        };
        return pending is null ? _ => Task.FromResult<object?>(null) : pending.GetResultAsync;
    }
}
