using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OnePlusX.Outcomes;
using OnePlusX.Security;
using OnePlusX.Silo.ReferenceData;
using OnePlusX.Tenancy;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace OnePlusX.Silo.Accounts;

/// <summary>Creates and disables accounts and registers OAuth clients, within what the caller administers.</summary>
internal sealed partial class AccountAdministration(
    UserManager<StaffUser> users,
    AccountsDbContext accounts,
    IOpenIddictApplicationManager applications,
    IOpenIddictTokenManager tokens,
    IOpenIddictAuthorizationManager authorizations,
    ReferenceCatalog reference,
    SecurityAudit audit,
    IHttpContextAccessor http) : IAccountAdministration
{
    private static readonly HashSet<string> SystemCreatable =
        [Roles.ProvincialCoordinator, Roles.NationalMonitor, Roles.EvaluationOrganization, Roles.SystemAdministrator, .. Roles.College];

    public async Task<CommandResult<CreatedAccount>> CreateUserAsync(AccessScope caller, CreateAccount input, CancellationToken cancellationToken)
    {
        var userName = input.UserName?.Trim() ?? "";
        if (!UserNamePattern().IsMatch(userName))
        {
            return CommandError.Invalid("userName", "A user name is 3–64 letters, digits, '.', '_', '-' or '@'.");
        }

        if (string.IsNullOrWhiteSpace(input.DisplayName) || input.DisplayName.Trim().Length > 100)
        {
            return CommandError.Invalid("displayName", "A display name of 1–100 characters is required.");
        }

        if (input.Roles is not { Count: > 0 } || input.Roles.Any(r => !Roles.All.Contains(r) || r == Roles.IntegrationClient))
        {
            return CommandError.Invalid("roles", $"Roles must be one or more of: {string.Join(", ", Roles.All.Where(r => r != Roles.IntegrationClient))}.");
        }

        var (tenant, province, error) = Placement(caller, input);
        if (error is not null)
        {
            return error;
        }

        if (await users.FindByNameAsync(userName) is not null)
        {
            return CommandError.Conflict("DUPLICATE_USER", $"The user name {userName} is taken.");
        }

        var password = Passwords.Initial();
        var user = new StaffUser
        {
            UserName = userName,
            DisplayName = input.DisplayName.Trim(),
            TenantCode = tenant,
            ProvinceCode = province,
            SchoolCode = string.IsNullOrWhiteSpace(input.School) ? null : input.School.Trim(),
            MustChangePassword = true,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return CommandError.Invalid("userName", string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRolesAsync(user, input.Roles.Distinct());
        await audit.RecordAsync(tenant, caller.Actor, "account.created", $"{userName} ({string.Join(",", input.Roles)})", http.HttpContext, cancellationToken);
        return new CreatedAccount(await RecordAsync(user), password);
    }

    public async Task<CommandResult<AccountRecord>> DisableUserAsync(AccessScope caller, string userName, CancellationToken cancellationToken)
    {
        var user = await users.FindByNameAsync(userName?.Trim() ?? "");
        if (user is null || !Administers(caller, user))
        {
            return CommandError.NotFound("The user"); // the same words whoever asks, whatever the name
        }

        user.Disabled = true;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user); // ends cookie sessions at their next validation
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);

        // Access and refresh tokens stop working now: token entries are checked on every request.
        await foreach (var token in tokens.FindBySubjectAsync(user.Id, cancellationToken))
        {
            await tokens.TryRevokeAsync(token, cancellationToken);
        }

        await foreach (var authorization in authorizations.FindBySubjectAsync(user.Id, cancellationToken))
        {
            await authorizations.TryRevokeAsync(authorization, cancellationToken);
        }

        await audit.RecordAsync(user.TenantCode, caller.Actor, "account.disabled", user.UserName, http.HttpContext, cancellationToken);
        return await RecordAsync(user);
    }

    public async Task<IReadOnlyList<AccountRecord>> ListUsersAsync(AccessScope caller, CancellationToken cancellationToken)
    {
        IQueryable<StaffUser> query = users.Users;
        if (!caller.IsInRole(Roles.SystemAdministrator))
        {
            if (caller.Kind != ScopeKind.College || !caller.IsInRole(Roles.CollegeAdministrator))
            {
                return [];
            }

            query = query.Where(u => u.TenantCode == caller.Tenant);
        }

        var list = await query.OrderBy(u => u.UserName).Take(1000).ToListAsync(cancellationToken);

        // Every listed user's roles in one query, not one per user.
        var ids = list.Select(u => u.Id).ToList();
        var roles = (await (from link in accounts.UserRoles
                            join role in accounts.Roles on link.RoleId equals role.Id
                            where ids.Contains(link.UserId)
                            select new { link.UserId, role.Name }).ToListAsync(cancellationToken))
            .ToLookup(r => r.UserId, r => r.Name!);
        return list.Select(user => Record(user, roles[user.Id])).ToList();
    }

    public async Task<CommandResult<RegisteredClient>> RegisterClientAsync(AccessScope caller, RegisterClient input, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.DisplayName) || input.DisplayName.Trim().Length > 100)
        {
            return CommandError.Invalid("displayName", "A display name of 1–100 characters is required.");
        }

        string? tenant = null;
        string? province = null;
        IReadOnlyList<string> allowed;
        if (caller.Kind == ScopeKind.College && caller.IsInRole(Roles.CollegeAdministrator))
        {
            (tenant, allowed) = (caller.Tenant, [OAuthScopes.CreditBankRead]);
        }
        else if (caller.IsInRole(Roles.SystemAdministrator))
        {
            province = string.IsNullOrWhiteSpace(input.Province) ? null : input.Province.Trim();
            if (province is not null && !reference.Provinces.ContainsKey(province))
            {
                return CommandError.Invalid("province", $"'{province}' is not a province code.");
            }

            allowed = province is null ? [OAuthScopes.CreditBankRead, OAuthScopes.MonitoringExport] : [OAuthScopes.CreditBankRead, OAuthScopes.ProvinceRead];
        }
        else
        {
            return CommandError.NotFound("Client registration");
        }

        if (input.Scopes is not { Count: > 0 } || input.Scopes.Any(s => !allowed.Contains(s)))
        {
            return CommandError.Invalid("scopes", $"Scopes must be one or more of: {string.Join(", ", allowed)}.");
        }

        var clientId = $"{(tenant ?? (province is null ? "national" : $"province-{province}")).ToLowerInvariant()}-{Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(5)).ToLowerInvariant()}";
        var secret = Passwords.ClientSecret();
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = input.DisplayName.Trim(),
            Permissions = { Permissions.Endpoints.Token, Permissions.Endpoints.Revocation, Permissions.GrantTypes.ClientCredentials },
        };
        foreach (var scope in input.Scopes.Distinct())
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }

        Put(descriptor, ClaimNames.Tenant, tenant);
        Put(descriptor, ClaimNames.Province, province);
        await applications.CreateAsync(descriptor, cancellationToken);
        await audit.RecordAsync(tenant, caller.Actor, "client.registered", $"{clientId} ({string.Join(",", input.Scopes)})", http.HttpContext, cancellationToken);
        return new RegisteredClient(clientId, secret, descriptor.DisplayName, input.Scopes.Distinct().ToList(), tenant, province);
    }

    /// <summary>Where a new account belongs, or why the caller may not create it.</summary>
    private (string? Tenant, string? Province, CommandError? Error) Placement(AccessScope caller, CreateAccount input)
    {
        if (caller.Kind == ScopeKind.College && caller.IsInRole(Roles.CollegeAdministrator))
        {
            return input.Roles.All(Roles.College.Contains)
                ? (caller.Tenant, caller.Province, null)
                : (null, null, CommandError.Invalid("roles", $"A college administrator creates college roles only: {string.Join(", ", Roles.College)}."));
        }

        if (!caller.IsInRole(Roles.SystemAdministrator))
        {
            return (null, null, CommandError.NotFound("Account administration"));
        }

        if (!input.Roles.All(SystemCreatable.Contains))
        {
            return (null, null, CommandError.Invalid("roles", "These roles cannot be given to a person."));
        }

        var province = string.IsNullOrWhiteSpace(input.Province) ? null : input.Province.Trim();
        if (province is not null && !reference.Provinces.ContainsKey(province))
        {
            return (null, null, CommandError.Invalid("province", $"'{province}' is not a province code."));
        }

        if (input.Roles.Contains(Roles.ProvincialCoordinator) && province is null)
        {
            return (null, null, CommandError.Invalid("province", "A provincial coordinator needs a province."));
        }

        var tenant = string.IsNullOrWhiteSpace(input.Tenant) ? null : input.Tenant.Trim();
        if (input.Roles.Any(Roles.College.Contains) && (tenant is null || !TenantId.TryParse(tenant, out _)))
        {
            return (null, null, CommandError.Invalid("tenant", "College roles need the college's code."));
        }

        return (tenant, province, null);
    }

    private static bool Administers(AccessScope caller, StaffUser user) =>
        caller.IsInRole(Roles.SystemAdministrator)
        || (caller.Kind == ScopeKind.College && caller.IsInRole(Roles.CollegeAdministrator) && user.TenantCode == caller.Tenant);

    private async Task<AccountRecord> RecordAsync(StaffUser user) => Record(user, await users.GetRolesAsync(user));

    private static AccountRecord Record(StaffUser user, IEnumerable<string> roles) =>
        new(user.UserName!, user.DisplayName, roles.Order().ToList(), user.TenantCode, user.ProvinceCode, user.SchoolCode, user.Disabled, user.MustChangePassword);

    private static void Put(OpenIddictApplicationDescriptor descriptor, string key, string? value)
    {
        if (value is not null)
        {
            descriptor.Properties[key] = JsonSerializer.SerializeToElement(value);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._@-]{3,64}$")]
    private static partial Regex UserNamePattern();
}
