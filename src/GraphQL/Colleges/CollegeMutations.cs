using GraphQL;
using GraphQL.Types;
using OnePlusX.Colleges;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.Outcomes;
using OnePlusX.ReadModels;

namespace OnePlusX.GraphQL.Colleges;

/// <summary>Mutations on a college. The tenant is the caller's own, from the authenticated principal, never an argument.</summary>
public static class CollegeMutations
{
    /// <summary>The role that manages a college's structure (教务处).</summary>
    public const string CollegeAdministrator = Security.Roles.CollegeAdministrator;

    /// <summary>The claim that carries the caller's tenant.</summary>
    public const string TenantClaim = Caller.TenantClaim;

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<AddSchoolPayloadType>>("addSchool")
            .Description("Adds a secondary college (新增二级学院) to the caller's own college.")
            .Argument<NonNullGraphType<AddSchoolInputType>>("input", "The school to add (输入).")
            .RequireRoles(CollegeAdministrator)
            .ResolveAsync(async c =>
            {
                if (!Caller.TryGetTenant(c, out var tenant))
                {
                    return new CollegePayload(null, [CommandError.NotFound("Your college")]);
                }

                var input = c.GetArgument<AddSchool>("input");
                using var scope = Caller.Scope(c, tenant);
                var result = await Caller.Grains(c).GetGrain<ICollegeGrain>(tenant.Value).AddSchoolAsync(input);
                return result.Succeeded
                    ? new CollegePayload(ToRecord(result.Value), [])
                    : new CollegePayload(null, [result.Error]);
            });
    }

    private static CollegeRecord ToRecord(CollegeProfile profile) =>
        new(profile.Code, profile.Name, profile.ProvinceCode, profile.CityCode, profile.PolicyCode);
}

/// <summary>The result of a college mutation: the changed college, or why nothing changed.</summary>
public sealed record CollegePayload(CollegeRecord? College, IReadOnlyList<CommandError> Errors);

public sealed class AddSchoolInputType : InputObjectGraphType<AddSchool>
{
    public AddSchoolInputType()
    {
        Name = "AddSchoolInput";
        Description = "A secondary college to add (二级学院).";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Code unique within the college (代码).");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Name (名称).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new AddSchool((string)value["code"]!, (string)value["name"]!);
}

public sealed class AddSchoolPayloadType : ObjectGraphType<CollegePayload>
{
    public AddSchoolPayloadType()
    {
        Name = "AddSchoolPayload";
        Description = "The college with its new school, or the errors that prevented it (结果).";
        Field<CollegeType>("college").Description("The changed college, null when errors is not empty (院校).").Resolve(c => c.Source.College);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterface>>>>("errors")
            .Description("Why nothing changed; empty on success (错误).")
            .Resolve(c => c.Source.Errors);
    }
}
