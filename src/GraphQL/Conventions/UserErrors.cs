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

public sealed class ValidationErrorType : ObjectGraphType<CommandError>
{
    public ValidationErrorType()
    {
        Name = "ValidationError";
        Description = "Input was malformed (输入有误); `field` names it.";
        Interface<UserErrorInterface>();
        IsTypeOf = o => o is CommandError { Kind: ErrorKind.Validation };
        Field(e => e.Message).Description("What is wrong with the input (说明).");
        Field(e => e.Code).Description("Always VALIDATION (错误代码).");
        Field(e => e.Field, nullable: true).Description("The input field at fault (字段).");
    }
}

public sealed class RefusalErrorType : ObjectGraphType<CommandError>
{
    public RefusalErrorType()
    {
        Name = "RefusalError";
        Description = "A policy rule refused the change (政策不允许), with the rule IDs that decided it.";
        Interface<UserErrorInterface>();
        IsTypeOf = o => o is CommandError { Kind: ErrorKind.Refusal };
        Field(e => e.Message).Description("The explanation (理由).");
        Field(e => e.Code).Description("Always REFUSED (错误代码).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("ruleIds")
            .Description("The rules that decided, e.g. SD-LVL-1 (规则编号).")
            .Resolve(c => c.Source.RuleIds);
    }
}

public sealed class ConflictErrorType : ObjectGraphType<CommandError>
{
    public ConflictErrorType()
    {
        Name = "ConflictError";
        Description = "The change conflicts with the current state (与当前状态冲突).";
        Interface<UserErrorInterface>();
        IsTypeOf = o => o is CommandError { Kind: ErrorKind.Conflict };
        Field(e => e.Message).Description("What it conflicts with (说明).");
        Field(e => e.Code).Description("Which conflict, e.g. DUPLICATE_SCHOOL (错误代码).");
    }
}

public sealed class NotFoundErrorType : ObjectGraphType<CommandError>
{
    public NotFoundErrorType()
    {
        Name = "NotFoundError";
        Description = "The target does not exist or is not visible to you (未找到).";
        Interface<UserErrorInterface>();
        IsTypeOf = o => o is CommandError { Kind: ErrorKind.NotFound };
        Field(e => e.Message).Description("What was not found (说明).");
        Field(e => e.Code).Description("Always NOT_FOUND (错误代码).");
    }
}
