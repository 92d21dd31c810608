using GraphQL;
using GraphQL.Types;
using OnePlusX.Colleges;
using OnePlusX.GraphQL.Colleges;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.Outcomes;

namespace OnePlusX.GraphQL.Policies;

/// <summary>
/// The caller's own college's policy parameters: read and, for 教务处, set from a day on. The grain checks each value
/// against the parameter's kind and range; these resolvers only translate.
/// </summary>
public static class PolicyFields
{
    public static void AddQueries(ObjectGraphType query) =>
        query.Field<CollegePolicyType>("collegePolicy")
            .Description("The caller's own college's policy and its parameters as in force on a day (本校政策参数); null for a caller without a college.")
            .Argument<DayGraphType>("on", "The day, today (China time) by default (日期).")
            .RequireRoles(CollegeMutations.CollegeAdministrator)
            .ResolveAsync(async c =>
            {
                if (!Caller.TryGetTenant(c, out var tenant))
                {
                    return null;
                }

                using var scope = Caller.Scope(c, tenant);
                var result = await Caller.Grains(c).GetGrain<ICollegeGrain>(tenant.Value).GetPolicyAsync(c.GetArgument<DateOnly?>("on") ?? ChinaToday());
                return result.Succeeded ? result.Value : throw new ExecutionError(result.Error.Message) { Code = result.Error.Code };
            });

    public static void AddMutations(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<SetPolicyParameterPayloadType>>("setPolicyParameter")
            .Description("Sets a parameter of the caller's own college's policy from a day on (设定政策参数); fee tables already computed keep the values they used.")
            .Argument<NonNullGraphType<SetPolicyParameterInputType>>("input", "The key, first day and value (输入).")
            .RequireRoles(CollegeMutations.CollegeAdministrator)
            .ResolveAsync(async c =>
            {
                if (!Caller.TryGetTenant(c, out var tenant))
                {
                    return new PolicyPayload(null, [CommandError.NotFound("Your college")]);
                }

                var input = c.GetArgument<SetPolicyParameter>("input");
                using var scope = Caller.Scope(c, tenant);
                var college = Caller.Grains(c).GetGrain<ICollegeGrain>(tenant.Value);
                var set = await college.SetPolicyParameterAsync(input);
                if (!set.Succeeded)
                {
                    return new PolicyPayload(null, [set.Error]);
                }

                var policy = await college.GetPolicyAsync(input.EffectiveFrom);
                return policy.Succeeded ? new PolicyPayload(policy.Value, []) : new PolicyPayload(null, [policy.Error]);
            });

    private static DateOnly ChinaToday() => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);
}
