using GraphQL.Types;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.Policies;

namespace OnePlusX.GraphQL.Policies;

public sealed class PolicyDecisionType : ObjectGraphType<PolicyDecision>
{
    public PolicyDecisionType()
    {
        Name = "PolicyDecision";
        Description = "A policy's answer (政策判定): allowed or not, the rules that decided, and why.";
        Field(d => d.Allowed).Description("True when the policy allows it (是否允许).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("ruleIds").Description("The rules that decided, as listed in docs/rules.md (规则编号).").Resolve(c => c.Source.RuleIds);
        Field<NonNullGraphType<ExplanationType>>("explanation").Description("Why, in Chinese and English, naming the rules (原因).").Resolve(c => c.Source.Explanation);
    }
}

public sealed class PolicyDeadlineType : ObjectGraphType<Deadline>
{
    public PolicyDeadlineType()
    {
        Name = "PolicyDeadline";
        Description = "A deadline a policy computed (期限), e.g. filing an added course with 教务处 (JL-CUR-2).";
        Field(d => d.From).Description("The day it counts from (起算日).");
        Field(d => d.Due).Description("The last day that is still on time (截止日).");
        Field(d => d.Provisional).Description("True when the working-day calendar does not yet cover a day it needed; the date may move (暂定).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("ruleIds").Description("The rules that set it (规则编号).").Resolve(c => c.Source.RuleIds);
        Field<NonNullGraphType<ExplanationType>>("explanation").Description("Why, in both languages (说明).").Resolve(c => c.Source.Explanation);
    }
}
