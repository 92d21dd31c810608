using GraphQL.Types;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.Outcomes;
using OnePlusX.ReadModels;
using OnePlusX.Security;

namespace OnePlusX.GraphQL.Accounts;

public sealed class AccountType : ObjectGraphType<AccountRecord>
{
    public AccountType()
    {
        Name = "Account";
        Description = "A staff account (用户账户); never its password.";
        Field(a => a.UserName).Description("Sign-in name (用户名).");
        Field(a => a.DisplayName).Description("Name shown to others (姓名).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles").Description("Roles of the role matrix (角色).").Resolve(c => c.Source.Roles);
        Field(a => a.Tenant, nullable: true).Description("The college, for college roles (院校).");
        Field(a => a.Province, nullable: true).Description("The province, for provincial roles (省份).");
        Field(a => a.School, nullable: true).Description("The secondary college, for school officers (二级学院).");
        Field(a => a.Disabled).Description("Disabled: cannot sign in; sessions and tokens ended (已停用).");
        Field(a => a.MustChangePassword).Description("Still has its initial password (需修改初始密码).");
    }
}

public sealed class CreateUserInputType : InputObjectGraphType<CreateAccount>
{
    public CreateUserInputType()
    {
        Name = "CreateUserInput";
        Description = "A new account (新建账户). A college administrator creates college roles in its own college; tenant and province are ignored then.";
        Field<NonNullGraphType<StringGraphType>>("userName").Description("Sign-in name, 3–64 letters, digits, . _ - @ (用户名).");
        Field<NonNullGraphType<StringGraphType>>("displayName").Description("Name shown to others (姓名).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles").Description("Roles, e.g. Teacher (角色).");
        Field<StringGraphType>("tenant").Description("College code, for a system administrator creating a college's first account (院校).");
        Field<StringGraphType>("province").Description("Province code, for a provincial coordinator (省份).");
        Field<StringGraphType>("school").Description("Secondary college code, for a school officer (二级学院).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new CreateAccount(
        (string)value["userName"]!, (string)value["displayName"]!, ((IEnumerable<object?>)value["roles"]!).Select(r => (string)r!).ToList(),
        value.TryGetValue("tenant", out var tenant) ? (string?)tenant : null,
        value.TryGetValue("province", out var province) ? (string?)province : null,
        value.TryGetValue("school", out var school) ? (string?)school : null);
}

public sealed class RegisterClientInputType : InputObjectGraphType<RegisterClient>
{
    public RegisterClientInputType()
    {
        Name = "RegisterClientInput";
        Description = "An OAuth client for client credentials (注册对接应用). A college administrator registers its own college's integrations.";
        Field<NonNullGraphType<StringGraphType>>("displayName").Description("What the integration is (名称).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("scopes").Description("Scopes, e.g. creditbank.read (权限范围).");
        Field<StringGraphType>("province").Description("Province code, for a system administrator registering a provincial client (省份).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new RegisterClient(
        (string)value["displayName"]!, ((IEnumerable<object?>)value["scopes"]!).Select(s => (string)s!).ToList(), null,
        value.TryGetValue("province", out var province) ? (string?)province : null);
}

/// <summary>The result of an account mutation.</summary>
public sealed record AccountPayload(AccountRecord? Account, string? InitialPassword, IReadOnlyList<CommandError> Errors);

/// <summary>The result of a client registration.</summary>
public sealed record ClientPayload(RegisteredClient? Client, IReadOnlyList<CommandError> Errors);

public sealed class AccountPayloadType : ObjectGraphType<AccountPayload>
{
    public AccountPayloadType()
    {
        Name = "AccountPayload";
        Description = "The account, or the errors that prevented the change (结果).";
        Field<AccountType>("account").Description("The account; null when errors is not empty (账户).").Resolve(c => c.Source.Account);
        Field<StringGraphType>("initialPassword").Description("A new account's initial password, shown this once; the user must change it at first sign-in (初始密码).").Resolve(c => c.Source.InitialPassword);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterface>>>>("errors").Description("Why nothing changed; empty on success (错误).").Resolve(c => c.Source.Errors);
    }
}

public sealed class ClientPayloadType : ObjectGraphType<ClientPayload>
{
    public ClientPayloadType()
    {
        Name = "RegisterClientPayload";
        Description = "The registered client with its secret, shown this once (结果).";
        Field<StringGraphType>("clientId").Description("The client id (客户端标识).").Resolve(c => c.Source.Client?.ClientId);
        Field<StringGraphType>("clientSecret").Description("The client secret, shown this once (客户端密钥).").Resolve(c => c.Source.Client?.ClientSecret);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("scopes").Description("Granted scopes (权限范围).").Resolve(c => c.Source.Client?.Scopes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterface>>>>("errors").Description("Why nothing changed; empty on success (错误).").Resolve(c => c.Source.Errors);
    }
}

public sealed class AuditEntryType : ObjectGraphType<AuditRecord>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Description = "An entry of the append-only audit log (审计记录).";
        Field("number", a => a.Id).Description("Its place in the log (序号).");
        Field("college", a => a.TenantId, nullable: true).Description("The college it concerns, if any (院校).");
        Field(a => a.Actor).Description("Who: a user, a client, a grain or the system (操作人).");
        Field(a => a.Action).Description("What, e.g. sign-in, sign-in.failed, oauth.token, college.school-added (操作).");
        Field("subject", a => a.GrainKey, nullable: true).Description("To what (对象).");
        Field(a => a.Detail, nullable: true).Description("Details (详情).");
        Field(a => a.Origin, nullable: true).Description("From where: the caller's address, or system (来源).");
        Field(a => a.OccurredAt).Description("When, UTC (时间).");
    }
}

public sealed class AuditFilterInputType : InputObjectGraphType<AuditFilter>
{
    public AuditFilterInputType()
    {
        Name = "AuditFilterInput";
        Description = "Which audit entries (筛选).";
        Field<StringGraphType>("actionStartsWith").Description("Actions starting with this, e.g. sign-in (操作前缀).");
        Field<StringGraphType>("college").Description("One college within the caller's scope (院校).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new AuditFilter(
        value.TryGetValue("actionStartsWith", out var action) ? (string?)action : null,
        value.TryGetValue("college", out var college) ? (string?)college : null);
}
