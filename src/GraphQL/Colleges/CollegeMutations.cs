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
        mutation.Field<NonNullGraphType<AddSchoolPayloadType>>("addMajor")
            .Description("Adds a major (新增专业) to one of the caller's own college's secondary colleges.")
            .Argument<NonNullGraphType<AddMajorInputType>>("input", "The major to add (专业).")
            .RequireRoles(CollegeAdministrator)
            .ResolveAsync(async c =>
            {
                if (!Caller.TryGetTenant(c, out var tenant))
                {
                    return new CollegePayload(null, [CommandError.NotFound("Your college")]);
                }

                using var scope = Caller.Scope(c, tenant);
                var result = await Caller.Grains(c).GetGrain<ICollegeGrain>(tenant.Value).AddMajorAsync(c.GetArgument<AddMajor>("input"));
                return result.Succeeded ? new CollegePayload(ToRecord(result.Value), []) : new CollegePayload(null, [result.Error]);
            });
        mutation.Field<NonNullGraphType<AddSchoolPayloadType>>("registerCollege")
            .Description("Registers a pilot college as a new tenant of the service (试点院校入驻): the operator's step before its 教务处 account is created.")
            .Argument<NonNullGraphType<RegisterCollegeInputType>>("input", "The college's code, name, province and city (院校信息).")
            .RequireRoles(Security.Roles.SystemAdministrator)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RegisterCollegeInput>("input");
                if (!Tenancy.TenantId.TryParse(input.Code, out var tenant))
                {
                    return new CollegePayload(null, [CommandError.Invalid("code", "A college code is 2–16 upper-case letters or digits, starting with a letter.")]);
                }

                using var scope = Caller.Scope(c, tenant.Value);
                var result = await Caller.Grains(c).GetGrain<ICollegeGrain>(tenant.Value.Value).RegisterAsync(input.Command);
                return result.Succeeded ? new CollegePayload(ToRecord(result.Value), []) : new CollegePayload(null, [result.Error]);
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

public sealed class AddMajorInputType : InputObjectGraphType<AddMajor>
{
    public AddMajorInputType()
    {
        Name = "AddMajorInput";
        Description = "A major to add (专业).";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Code unique within the college (专业代码).");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Name (专业名称).");
        Field<NonNullGraphType<StringGraphType>>("schoolCode").Description("The secondary college it belongs to (所属二级学院).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new AddMajor((string)value["code"]!, (string)value["name"]!, (string)value["schoolCode"]!);
}

/// <summary>A college to register, with its code.</summary>
public sealed record RegisterCollegeInput(string Code, RegisterCollege Command);

public sealed class RegisterCollegeInputType : InputObjectGraphType<RegisterCollegeInput>
{
    public RegisterCollegeInputType()
    {
        Name = "RegisterCollegeInput";
        Description = "A pilot college to register (试点院校).";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Tenant code, e.g. JLJT (院校代码).");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Name (院校名称).");
        Field<NonNullGraphType<StringGraphType>>("provinceCode").Description("2-digit province code (省份代码).");
        Field<NonNullGraphType<StringGraphType>>("cityCode").Description("6-digit city code of the main campus (城市代码).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new RegisterCollegeInput((string)value["code"]!, new RegisterCollege((string)value["name"]!, (string)value["provinceCode"]!, (string)value["cityCode"]!));
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
