using OnePlusX.Outcomes;

namespace OnePlusX.Security;

/// <summary>An account to create. Tenant and province come from the caller for college administrators.</summary>
public sealed record CreateAccount(string UserName, string DisplayName, IReadOnlyList<string> Roles, string? Tenant = null, string? Province = null, string? School = null);

/// <summary>An account as administrators see it (never its password).</summary>
public sealed record AccountRecord(string UserName, string DisplayName, IReadOnlyList<string> Roles, string? Tenant, string? Province, string? School, bool Disabled, bool MustChangePassword);

/// <summary>A new account and its initial password, shown once; the user must change it at first sign-in.</summary>
public sealed record CreatedAccount(AccountRecord Account, string InitialPassword);

/// <summary>An OAuth client to register for client credentials.</summary>
public sealed record RegisterClient(string DisplayName, IReadOnlyList<string> Scopes, string? Tenant = null, string? Province = null);

/// <summary>A registered client and its secret, shown once.</summary>
public sealed record RegisteredClient(string ClientId, string ClientSecret, string DisplayName, IReadOnlyList<string> Scopes, string? Tenant, string? Province);

/// <summary>
/// Accounts and OAuth clients. A college administrator manages its own college's users and integrations; a system
/// administrator creates provincial and national accounts and clients (and a new college's first administrator).
/// Everything else is refused as not found, so ids of other tenants reveal nothing.
/// </summary>
public interface IAccountAdministration
{
    Task<CommandResult<CreatedAccount>> CreateUserAsync(AccessScope caller, CreateAccount input, CancellationToken cancellationToken);

    Task<CommandResult<AccountRecord>> DisableUserAsync(AccessScope caller, string userName, CancellationToken cancellationToken);

    Task<IReadOnlyList<AccountRecord>> ListUsersAsync(AccessScope caller, CancellationToken cancellationToken);

    Task<CommandResult<RegisteredClient>> RegisterClientAsync(AccessScope caller, RegisterClient input, CancellationToken cancellationToken);
}
