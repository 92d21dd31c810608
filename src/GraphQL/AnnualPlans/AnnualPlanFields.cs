using GraphQL;
using GraphQL.Types;
using OnePlusX.AnnualPlans;
using OnePlusX.CertificateProjects;
using OnePlusX.GraphQL.CertificateProjects;
using OnePlusX.GraphQL.Certificates;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.Outcomes;
using OnePlusX.ReadModels;

namespace OnePlusX.GraphQL.AnnualPlans;

/// <summary>Annual plans of the caller's own college: read, draft, ask for an exception, request a change.</summary>
public static class AnnualPlanFields
{
    public static void AddQueries(ObjectGraphType query) =>
        query.Field<AnnualPlanType>("annualPlan")
            .Description("A secondary college's plan for a year, in the caller's own college (年度计划); null if none.")
            .Argument<NonNullGraphType<StringGraphType>>("schoolCode", "The secondary college (二级学院).")
            .Argument<NonNullGraphType<IntGraphType>>("year", "The year planned (年度).")
            .RequireRoles(Access.DataReaders)
            .ResolveAsync(async c =>
            {
                if (!Caller.TryGetTenant(c, out var tenant))
                {
                    return null;
                }

                using var scope = Caller.Scope(c, tenant);
                var plan = await Caller.Grains(c).GetGrain<IAnnualPlanGrain>(AnnualPlanKey.For(tenant, c.GetArgument<string>("schoolCode"), c.GetArgument<int>("year"))).GetAsync();
                return plan is null ? null : new AnnualPlanNode(tenant, plan);
            });

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<AnnualPlanPayloadType>>("draftAnnualPlan")
            .Description("Drafts or revises a secondary college's annual plan (编报年度计划, SD-PLAN-1); submit it with submitForApproval.")
            .Argument<NonNullGraphType<DraftAnnualPlanInputType>>("input", "The plan (输入).")
            .RequireRoles(CertificateProjectFields.Officers)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<DraftPlanInput>("input");
                return await RunAsync(c, input.SchoolCode, input.Year, g => g.DraftAsync(input.Command));
            });
        mutation.Field<NonNullGraphType<AnnualPlanPayloadType>>("requestBudgetException")
            .Description("Asks the leading group to allow a plan beyond its scale or last year's budget (例外申请, SD-BUD-1).")
            .Argument<NonNullGraphType<StringGraphType>>("schoolCode", "The secondary college (二级学院).")
            .Argument<NonNullGraphType<IntGraphType>>("year", "The year planned (年度).")
            .Argument<NonNullGraphType<StringGraphType>>("reason", "Why (理由).")
            .RequireRoles(CertificateProjectFields.Officers)
            .ResolveAsync(async c => await RunAsync(c, c.GetArgument<string>("schoolCode"), c.GetArgument<int>("year"),
                g => g.RequestBudgetExceptionAsync(new RequestBudgetException(c.GetArgument<string>("reason")))));
        mutation.Field<NonNullGraphType<AnnualPlanPayloadType>>("requestPlanChange")
            .Description("Requests a change of a planned certificate in an approved plan (变更申请, SD-CHG-1).")
            .Argument<NonNullGraphType<RequestPlanChangeInputType>>("input", "The change (输入).")
            .RequireRoles(CertificateProjectFields.Officers)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ChangeInput>("input");
                return await RunAsync(c, input.SchoolCode, input.Year, g => g.RequestChangeAsync(input.Command));
            });
    }

    private static async Task<AnnualPlanPayload> RunAsync(IResolveFieldContext context, string schoolCode, int year, Func<IAnnualPlanGrain, Task<CommandResult<AnnualPlanDetails>>> command)
    {
        if (!Caller.TryGetTenant(context, out var tenant))
        {
            return new AnnualPlanPayload(null, [CommandError.NotFound("Your college")]);
        }

        if (schoolCode.Length is 0 or > 32 || year is < 2019 or > 2100)
        {
            return new AnnualPlanPayload(null, [CommandError.Invalid(schoolCode.Length is 0 or > 32 ? "schoolCode" : "year", "Not a school code or a pilot year.")]);
        }

        using var scope = Caller.Scope(context, tenant);
        var result = await command(Caller.Grains(context).GetGrain<IAnnualPlanGrain>(AnnualPlanKey.For(tenant, schoolCode, year)));
        return result.Succeeded ? new AnnualPlanPayload(new AnnualPlanNode(tenant, result.Value), []) : new AnnualPlanPayload(null, [result.Error]);
    }
}

public sealed record AnnualPlanPayload(AnnualPlanNode? Plan, IReadOnlyList<CommandError> Errors);

public sealed record DraftPlanInput(string SchoolCode, int Year, DraftAnnualPlan Command);

public sealed record ChangeInput(string SchoolCode, int Year, RequestPlanChange Command);

public sealed class PlannedCertificateInputType : InputObjectGraphType<PlannedCertificate>
{
    public PlannedCertificateInputType()
    {
        Name = "PlannedCertificateInput";
        Description = "One certificate in a plan (计划证书).";
        Field<NonNullGraphType<StringGraphType>>("certificateCode").Description("Certificate code (证书代码).");
        Field<NonNullGraphType<CertificateLevelType>>("level").Description("Level (等级).");
        Field<NonNullGraphType<IntGraphType>>("candidates").Description("Planned candidates (计划人数).");
        Field<NonNullGraphType<DecimalGraphType>>("budget").Description("Budget indicator in yuan (预算指标，元).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new PlannedCertificate((string)value["certificateCode"]!, (CertificateLevel)value["level"]!, (int)value["candidates"]!, (decimal)value["budget"]!);
}

public sealed class DraftAnnualPlanInputType : InputObjectGraphType<DraftPlanInput>
{
    public DraftAnnualPlanInputType()
    {
        Name = "DraftAnnualPlanInput";
        Description = "An annual plan (年度计划).";
        Field<NonNullGraphType<StringGraphType>>("schoolCode").Description("The secondary college (二级学院).");
        Field<NonNullGraphType<IntGraphType>>("year").Description("The year planned (计划年度).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlannedCertificateInputType>>>>("items").Description("Planned certificates (计划证书).");
        Field<NonNullGraphType<IntGraphType>>("pilotScale").Description("The approved pilot scale (试点规模).");
        Field<DecimalGraphType>("previousYearExecutedBudget").Description("Last year's executed budget (上年度执行预算).");
        Field<NonNullGraphType<DayGraphType>>("preparedOn").Description("The date on the plan (编报日期).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new DraftPlanInput(
        (string)value["schoolCode"]!, (int)value["year"]!,
        new DraftAnnualPlan(((IEnumerable<object?>)value["items"]!).Cast<PlannedCertificate>().ToList(), (int)value["pilotScale"]!,
            value.TryGetValue("previousYearExecutedBudget", out var previous) ? (decimal?)previous : null, (DateOnly)value["preparedOn"]!));
}

public sealed class RequestPlanChangeInputType : InputObjectGraphType<ChangeInput>
{
    public RequestPlanChangeInputType()
    {
        Name = "RequestPlanChangeInput";
        Description = "A change of a planned certificate (变更申请).";
        Field<NonNullGraphType<StringGraphType>>("schoolCode").Description("The secondary college (二级学院).");
        Field<NonNullGraphType<IntGraphType>>("year").Description("The year planned (计划年度).");
        Field<NonNullGraphType<StringGraphType>>("code").Description("A code for the request (申请编号).");
        Field<NonNullGraphType<IntGraphType>>("itemIndex").Description("Which planned certificate, 0-based (原计划条目).");
        Field<NonNullGraphType<StringGraphType>>("toCertificateCode").Description("The replacing certificate (变更后证书).");
        Field<NonNullGraphType<CertificateLevelType>>("toLevel").Description("Its level (等级).");
        Field<NonNullGraphType<DecimalGraphType>>("newBudget").Description("Budget after the change (变更后预算).");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why (变更原因).");
        Field<BooleanGraphType>("registeredWithCreditBank").Description("The planned certificate is registered with the credit bank and approved (已在学分银行备案).");
        Field<NonNullGraphType<DayGraphType>>("requestedOn").Description("The date of the request (申请日期).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ChangeInput(
        (string)value["schoolCode"]!, (int)value["year"]!,
        new RequestPlanChange((string)value["code"]!, (int)value["itemIndex"]!, (string)value["toCertificateCode"]!, (CertificateLevel)value["toLevel"]!,
            (decimal)value["newBudget"]!, (string)value["reason"]!, value.TryGetValue("registeredWithCreditBank", out var registered) && registered is true,
            (DateOnly)value["requestedOn"]!));
}

public sealed class AnnualPlanPayloadType : ObjectGraphType<AnnualPlanPayload>
{
    public AnnualPlanPayloadType()
    {
        Name = "AnnualPlanPayload";
        Description = "The plan as it now stands, or why nothing changed (结果).";
        Field<AnnualPlanType>("plan").Description("The plan, null when errors is not empty (年度计划).").Resolve(c => c.Source.Plan);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterface>>>>("errors").Description("Why nothing changed; empty on success (错误).").Resolve(c => c.Source.Errors);
    }
}
