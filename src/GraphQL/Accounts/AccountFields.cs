using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.ReadModels;
using OnePlusX.Security;

namespace OnePlusX.GraphQL.Accounts;

/// <summary>
/// Accounts, integrations and the audit log. Who may do what is the administration service's decision (a college
/// administrator its own college; a system administrator provinces and the nation); resolvers only translate.
/// </summary>
public static class AccountFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AccountType>>>>("accounts")
            .Description("Accounts the caller administers (用户账户): a college administrator's own college; everything for a system administrator.")
            .RequireRoles(Access.AccountAdministrators)
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<IAccountAdministration>().ListUsersAsync(Caller.Access(c), c.CancellationToken));

        var audit = query.Connection<AuditEntryType>("auditEntries")
            .Description("The audit log within the caller's scope, newest first (审计日志).")
            .Argument<AuditFilterInputType>("where", "Which entries (筛选).")
            .Bidirectional()
            .RequireRoles(Roles.CollegeAdministrator, Roles.ProvincialCoordinator, Roles.NationalMonitor);
        Paging.ResolveWith(audit, (c, offset, limit) => c.RequestServices!.GetRequiredService<IAuditQueries>().ListAsync(
            Caller.Access(c), c.GetArgument<AuditFilter?>("where") ?? new AuditFilter(null, null), offset, limit, c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<AccountPayloadType>>("createUser")
            .Description("Creates an account with a random initial password, shown once (新建账户).")
            .Argument<NonNullGraphType<CreateUserInputType>>("input", "The account (输入).")
            .RequireRoles(Access.AccountAdministrators)
            .ResolveAsync(async c =>
            {
                var result = await c.RequestServices!.GetRequiredService<IAccountAdministration>().CreateUserAsync(Caller.Access(c), c.GetArgument<CreateAccount>("input"), c.CancellationToken);
                return result.Succeeded ? new AccountPayload(result.Value.Account, result.Value.InitialPassword, []) : new AccountPayload(null, null, [result.Error]);
            });

        mutation.Field<NonNullGraphType<AccountPayloadType>>("disableUser")
            .Description("Disables an account: it cannot sign in, and its sessions and tokens end (停用账户).")
            .Argument<NonNullGraphType<StringGraphType>>("userName", "The account's sign-in name (用户名).")
            .RequireRoles(Access.AccountAdministrators)
            .ResolveAsync(async c =>
            {
                var result = await c.RequestServices!.GetRequiredService<IAccountAdministration>().DisableUserAsync(Caller.Access(c), c.GetArgument<string>("userName"), c.CancellationToken);
                return result.Succeeded ? new AccountPayload(result.Value, null, []) : new AccountPayload(null, null, [result.Error]);
            });

        mutation.Field<NonNullGraphType<ClientPayloadType>>("registerClient")
            .Description("Registers an OAuth client for client credentials; its secret is shown once (注册对接应用).")
            .Argument<NonNullGraphType<RegisterClientInputType>>("input", "The client (输入).")
            .RequireRoles(Access.AccountAdministrators)
            .ResolveAsync(async c =>
            {
                var result = await c.RequestServices!.GetRequiredService<IAccountAdministration>().RegisterClientAsync(Caller.Access(c), c.GetArgument<RegisterClient>("input"), c.CancellationToken);
                return result.Succeeded ? new ClientPayload(result.Value, []) : new ClientPayload(null, [result.Error]);
            });
    }
}
