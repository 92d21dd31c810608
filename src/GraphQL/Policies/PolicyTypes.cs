using GraphQL.Types;
using OnePlusX.Colleges;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.Outcomes;
using OnePlusX.Policies;

namespace OnePlusX.GraphQL.Policies;

public sealed class PolicyParameterKindType : EnumerationGraphType<ParameterKind>
{
    public PolicyParameterKindType()
    {
        Name = "PolicyParameterKind";
        Description = "How a parameter's value is written (参数类型): AMOUNT yuan to the fen, COUNT whole number, NUMBER decimal, FLAG true/false, CHOICE one of choices, BRACKETS a step table such as 1:1.0;41:1.1.";
        Values["AMOUNT"]!.Description = "Yuan, to the fen (金额).";
        Values["COUNT"]!.Description = "A whole number (整数).";
        Values["NUMBER"]!.Description = "A decimal number (数值).";
        Values["FLAG"]!.Description = "True or false (开关).";
        Values["CHOICE"]!.Description = "One of the listed choices (选项).";
        Values["BRACKETS"]!.Description = "A step table, e.g. 1:1.0;41:1.1 (分段表).";
    }
}

public sealed class PolicyParameterType : ObjectGraphType<PolicyParameterInForce>
{
    public PolicyParameterType()
    {
        Name = "PolicyParameter";
        Description = "A rate, cap, coefficient, limit or switch of the college's policy, as in force on the asked day (政策参数).";
        Field("key", p => p.Definition.Key).Description("Stable key, prefixed with its rule ID, e.g. JL-PAY-2.examinerDailyRate (参数键).");
        Field("ruleId", p => p.Definition.RuleId).Description("The rule the parameter serves (规则编号).");
        Field<NonNullGraphType<PolicyParameterKindType>>("kind").Description("How the value is written (参数类型).").Resolve(c => c.Source.Definition.Kind);
        Field(p => p.Value).Description("The value in force, as text in the kind's format (参数值).");
        Field(p => p.EffectiveFrom).Description("Since when this value is in force (生效日期).");
        Field("setByCollege", p => p.SetByTenant).Description("True when the college set this value; false for the policy's default (学校设定).");
        Field("isSample", p => p.Definition.IsSample && !p.SetByTenant)
            .Description("True for a sample default the source texts do not give; the college should set its own (示例值).");
        Field("defaultValue", p => p.Definition.DefaultValue).Description("The policy's default (默认值).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("choices")
            .Description("The allowed values of a CHOICE parameter (可选值).").Resolve(c => c.Source.Definition.Choices);
        Field<NonNullGraphType<ExplanationType>>("description").Description("What it is (说明).").Resolve(c => c.Source.Definition.Description);
    }
}

public sealed class CollegePolicyType : ObjectGraphType<CollegePolicy>
{
    public CollegePolicyType()
    {
        Name = "CollegePolicy";
        Description = "The policy a college follows (适用政策) and its parameters on a day.";
        Field(p => p.Code).Description("NAT for the national baseline, or the school's own plugin (政策代码).");
        Field<NonNullGraphType<ExplanationType>>("source").Description("The document the policy follows (政策依据).").Resolve(c => c.Source.Source);
        Field(p => p.On).Description("The day the parameters are in force on (日期).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PolicyParameterType>>>>("parameters")
            .Description("Every parameter (参数).").Resolve(c => c.Source.Parameters);
    }
}

public sealed class SetPolicyParameterInputType : InputObjectGraphType<SetPolicyParameter>
{
    public SetPolicyParameterInputType()
    {
        Name = "SetPolicyParameterInput";
        Description = "A new value of a policy parameter from a day on (设定政策参数).";
        Field<NonNullGraphType<StringGraphType>>("key").Description("The parameter's key (参数键).");
        Field<NonNullGraphType<DayGraphType>>("effectiveFrom").Description("First day the value is in force (生效日期).");
        Field<NonNullGraphType<StringGraphType>>("value").Description("The value, in the parameter kind's format (参数值).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new SetPolicyParameter((string)value["key"]!, (DateOnly)value["effectiveFrom"]!, (string)value["value"]!);
}

/// <summary>The result of a policy mutation: the policy as in force from the changed day, or why nothing changed.</summary>
public sealed record PolicyPayload(CollegePolicy? Policy, IReadOnlyList<CommandError> Errors);

public sealed class SetPolicyParameterPayloadType : ObjectGraphType<PolicyPayload>
{
    public SetPolicyParameterPayloadType()
    {
        Name = "SetPolicyParameterPayload";
        Description = "The policy as in force from the new value's day, or the errors that prevented the change (结果).";
        Field<CollegePolicyType>("policy").Description("The policy on the effective day; null when errors is not empty (政策).").Resolve(c => c.Source.Policy);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterface>>>>("errors")
            .Description("Why nothing changed; empty on success (错误).")
            .Resolve(c => c.Source.Errors);
    }
}
