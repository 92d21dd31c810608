using GraphQL.Types;
using OnePlusX.Outcomes;

namespace OnePlusX.GraphQL.Conventions;

/// <summary>
/// Errors as data: every mutation payload has <c>errors: [UserError!]!</c>, empty on success. A client switches on
/// <c>__typename</c>: ValidationError (names the field), RefusalError (rule IDs and the explanation), ConflictError,
/// NotFoundError. Unexpected failures stay in the response's top-level <c>errors</c>, without internals.
/// </summary>
public sealed class UserErrorInterface : InterfaceGraphType<CommandError>
{
    public UserErrorInterface()
    {
        Name = "UserError";
        Description = "Why a mutation changed nothing (操作未执行的原因).";
        Field(e => e.Message).Description("What went wrong, for a person (说明).");
        Field(e => e.Code).Description("A stable machine-readable code (错误代码).");
    }
}

/// <summary>A concrete <c>UserError</c> for one <see cref="ErrorKind"/>: its message and code, plus what the kind adds.</summary>
public abstract class UserErrorType : ObjectGraphType<CommandError>
{
    protected UserErrorType(string name, string description, ErrorKind kind, string codeDescription)
    {
        Name = name;
        Description = description;
        Interface<UserErrorInterface>();
        IsTypeOf = o => o is CommandError error && error.Kind == kind;
        Field(e => e.Message).Description("What went wrong, for a person (说明).");
        Field(e => e.Code).Description(codeDescription);
    }
}

public sealed class ValidationErrorType : UserErrorType
{
    public ValidationErrorType()
        : base("ValidationError", "Input was malformed (输入有误); `field` names it.", ErrorKind.Validation, "Always VALIDATION (错误代码).") =>
        Field(e => e.Field, nullable: true).Description("The input field at fault (字段).");
}

public sealed class RefusalErrorType : UserErrorType
{
    public RefusalErrorType()
        : base("RefusalError", "A policy rule refused the change (政策不允许), with the rule IDs that decided it.", ErrorKind.Refusal, "Always REFUSED (错误代码).")
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("ruleIds")
            .Description("The rules that decided, as listed in docs/rules.md (规则编号).")
            .Resolve(c => c.Source.RuleIds);
        Field<NonNullGraphType<ExplanationType>>("explanation")
            .Description("Why, in Chinese and English, naming the rules, e.g. 学生自费：第二个证书（JL-FUND-1）(原因).")
            .Resolve(c => c.Source.Explanation ?? new OnePlusX.Policies.Explanation(c.Source.Message, c.Source.Message));
    }
}

public sealed class ConflictErrorType()
    : UserErrorType("ConflictError", "The change conflicts with the current state (与当前状态冲突).", ErrorKind.Conflict, "Which conflict, e.g. DUPLICATE_SCHOOL (错误代码).");

public sealed class NotFoundErrorType()
    : UserErrorType("NotFoundError", "The target does not exist or is not visible to you (未找到).", ErrorKind.NotFound, "Always NOT_FOUND (错误代码).");
