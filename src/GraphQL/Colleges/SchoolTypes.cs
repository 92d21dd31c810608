using GraphQL;
using GraphQL.Builders;
using GraphQL.DataLoader;
using GraphQL.Resolvers;
using GraphQL.Types;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.ReadModels;

namespace OnePlusX.GraphQL.Colleges;

/// <summary>二级学院: a school of a college. Its id is the college's code and its own.</summary>
public sealed class SchoolType : NodeType<SchoolRecord>
{
    public const string TypeName = "School";

    public SchoolType()
        : base(TypeName, "A school (二级学院) of a college; it runs majors and certificate projects.", s => $"{s.TenantId}/{s.Code}")
    {
        Field(s => s.Code).Description("School code within its college (学院代码).");
        Field(s => s.Name).Description("Name (学院名称).");
        Field<NonNullGraphType<CollegeType>>("college")
            .Description("The college it belongs to (所属院校).")
            .Resolve(c => c.Loaders().Colleges.Load(c.Source.TenantId));
        var majors = Connection<MajorType>("majors")
            .Description("The majors this school runs (专业).")
            .Bidirectional();
        Structure.ResolveList(majors, (s, structure) => structure.Majors.Where(m => m.SchoolCode == s.Code), s => s.TenantId, m => m.Name);
    }
}

/// <summary>专业: a major of a college, run by one of its schools.</summary>
public sealed class MajorType : NodeType<MajorRecord>
{
    public const string TypeName = "Major";

    public MajorType()
        : base(TypeName, "A major (专业) of a college, run by one of its schools.", m => $"{m.TenantId}/{m.Code}")
    {
        Field(m => m.Code).Description("Major code within its college (专业代码).");
        Field(m => m.Name).Description("Name (专业名称).");
        Field(m => m.SchoolCode).Description("Code of the school that runs it (所属二级学院代码).");
        Field<SchoolType>("school")
            .Description("The school that runs it (所属二级学院).")
            .Resolve(c => Structure.School(c, c.Source.TenantId, c.Source.SchoolCode));
        Field<NonNullGraphType<CollegeType>>("college")
            .Description("The college it belongs to (所属院校).")
            .Resolve(c => c.Loaders().Colleges.Load(c.Source.TenantId));
    }
}

/// <summary>How schools and majors are ordered.</summary>
public enum StructureOrder
{
    CodeAscending = 1,
    NameAscending = 2,
}

public sealed class StructureOrderType : EnumerationGraphType<StructureOrder>
{
    public StructureOrderType()
    {
        Name = "StructureOrder";
        Description = "How to order schools and majors (排序).";
        Values["CODE_ASCENDING"]!.Description = "By code, the default (按代码).";
        Values["NAME_ASCENDING"]!.Description = "By name, then code (按名称).";
    }
}

/// <summary>
/// Schools and majors come from one batch load per request (<see cref="Loaders.Scoped.Structures"/>): listing many
/// colleges' schools, or many majors' schools, costs one round trip.
/// </summary>
public static class Structure
{
    /// <summary>The structure of a college, for the executor to await with the rest of its level (empty outside the scope).</summary>
    public static IDataLoaderResult<CollegeStructure> Load(IResolveFieldContext context, string college) =>
        context.Loaders().Structures.Load(college).Then((structure, _) => Task.FromResult(structure ?? CollegeStructure.Empty));

    /// <summary>One school of a college, or null.</summary>
    public static IDataLoaderResult<SchoolRecord?> School(IResolveFieldContext context, string college, string code) =>
        Load(context, college).Then((structure, _) => Task.FromResult(structure.Schools.FirstOrDefault(s => s.Code == code)));

    /// <summary>One major of a college, or null (also when no code is given).</summary>
    public static IDataLoaderResult<MajorRecord?> Major(IResolveFieldContext context, string college, string? code) =>
        Load(context, college).Then((structure, _) => Task.FromResult(structure.Majors.FirstOrDefault(m => m.Code == code)));

    /// <summary>A connection over part of a college's structure, with <c>order:</c>.</summary>
    public static void ResolveList<TSource, T>(
        ConnectionBuilder<TSource> field, Func<TSource, CollegeStructure, IEnumerable<T>> items, Func<TSource, string> college, Func<T, string> name)
    {
        field.Argument<StructureOrderType>("order", "CODE_ASCENDING by default (排序).");
        field.FieldType.Resolver = new FuncFieldResolver<object?>(context =>
        {
            var source = (TSource)context.Source!;
            return Load(context, college(source)).Then(async (structure, _) =>
            {
                var listed = items(source, structure);
                // The structure arrives ordered by code; a stable sort by name keeps code as the tie-break.
                var all = (context.GetArgument("order", StructureOrder.CodeAscending) == StructureOrder.NameAscending
                    ? listed.OrderBy(name, StringComparer.Ordinal)
                    : listed).ToList();
                return await Paging.ConnectionAsync(context, (offset, limit) => Task.FromResult(new Page<T>(all.Skip(offset).Take(limit).ToList(), all.Count)));
            });
        });
    }

    /// <summary>The node lookup of a school or major id ("{college}/{code}"): null outside the caller's scope.</summary>
    public static async Task<object?> FindAsync(IResolveFieldContext context, string type, string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0)
        {
            return null;
        }

        var (college, code) = (key[..slash], key[(slash + 1)..]);
        var structure = await Load(context, college).GetResultAsync(context.CancellationToken);
        return type == SchoolType.TypeName
            ? structure.Schools.FirstOrDefault(s => s.Code == code)
            : structure.Majors.FirstOrDefault(m => m.Code == code);
    }
}
