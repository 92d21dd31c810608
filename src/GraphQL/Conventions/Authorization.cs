using System.Security.Claims;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using OnePlusX.Security;

namespace OnePlusX.GraphQL.Conventions;

/// <summary>
/// Who may use a field: <c>.AllowAnonymous()</c> for public reference data, <c>.RequireRoles(...)</c> otherwise, and
/// <c>.RequireClientScope(...)</c> where an integration client also needs an OAuth scope (its token's, TokenScopes).
/// <see cref="AuthorizationRule"/> checks the selected fields before execution: a root field (query or mutation)
/// that declares neither is denied (deny by default); a nested field is checked when it declares roles.
/// </summary>
public static class Authorization
{
    public const string RolesKey = "oneplusx.roles";
    public const string AnonymousKey = "oneplusx.anonymous";
    public const string ClientScopeKey = "oneplusx.clientScope";

    public static FieldBuilder<TSource, TReturn> AllowAnonymous<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.WithMetadata(AnonymousKey, true);

    public static FieldBuilder<TSource, TReturn> RequireRoles<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, params string[] roles) =>
        field.WithMetadata(RolesKey, roles);

    public static ConnectionBuilder<TSource> RequireRoles<TSource>(this ConnectionBuilder<TSource> field, params string[] roles)
    {
        field.FieldType.WithMetadata(RolesKey, roles);
        return field;
    }

    public static FieldBuilder<TSource, TReturn> RequireClientScope<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string scope) =>
        field.WithMetadata(ClientScopeKey, scope);

    public static ConnectionBuilder<TSource> RequireClientScope<TSource>(this ConnectionBuilder<TSource> field, string scope)
    {
        field.FieldType.WithMetadata(ClientScopeKey, scope);
        return field;
    }

    public static ConnectionBuilder<TSource> AllowAnonymous<TSource>(this ConnectionBuilder<TSource> field)
    {
        field.FieldType.WithMetadata(AnonymousKey, true);
        return field;
    }

    /// <summary>True when the principal may use the field.</summary>
    public static bool Allows(IFieldType field, ClaimsPrincipal? user)
    {
        if (field.GetMetadata(AnonymousKey, false))
        {
            return true;
        }

        var roles = field.GetMetadata(RolesKey, (string[]?)null);
        return roles is not null && user?.Identity?.IsAuthenticated == true && roles.Any(user.IsInRole)
            && (ClientScope(field) is not { } scope || TokenScopes.Admits(user, scope));
    }

    /// <summary>The OAuth scope an integration client needs for the field, if any.</summary>
    public static string? ClientScope(IFieldType field) => field.GetMetadata(ClientScopeKey, (string?)null);
}

/// <summary>Refuses, before anything executes, a document that selects a field the caller may not use.</summary>
public sealed class AuthorizationRule : ValidationRuleBase, INodeVisitor
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(this);

    ValueTask INodeVisitor.EnterAsync(ASTNode node, ValidationContext context)
    {
        if (node is GraphQLField field && context.TypeInfo.GetFieldDef() is { } definition
            && context.TypeInfo.GetParentType() is IComplexGraphType parent && !field.Name.Value.Span.StartsWith("__")
            && (IsRoot(parent, context.Schema) || definition.GetMetadata(Authorization.RolesKey, (string[]?)null) is not null)
            && !Authorization.Allows(definition, context.User))
        {
            var scope = Authorization.ClientScope(definition) is { } needed ? $" (an integration client needs the {needed} scope)" : "";
            context.ReportError(new ValidationError(context.Document.Source, null, $"You may not use {parent.Name}.{definition.Name}{scope}.", field)
            {
                Code = "AUTH_NOT_AUTHORIZED",
            });
        }

        return default;
    }

    private static bool IsRoot(IComplexGraphType type, ISchema schema) =>
        ReferenceEquals(type, schema.Query) || ReferenceEquals(type, schema.Mutation) || ReferenceEquals(type, schema.Subscription);

    ValueTask INodeVisitor.LeaveAsync(ASTNode node, ValidationContext context) => default;
}
