using System.Security.Cryptography;
using OnePlusX.Outcomes;
using OnePlusX.Security;
using OnePlusX.Silo.Hosting;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace OnePlusX.Silo.Accounts;

/// <summary>
/// The system administrator's commands, run on a server with the service's configuration (the same connection
/// strings), without starting the silo:
/// <code>
/// dotnet OnePlusX.Silo.dll accounts create-user --user NAME --display TEXT --role ROLE [--role ROLE] [--province 22] [--tenant JLJT]
/// dotnet OnePlusX.Silo.dll accounts create-client --display TEXT --scope SCOPE [--scope SCOPE] [--province 22]
/// dotnet OnePlusX.Silo.dll accounts create-app --display TEXT --redirect-uri URI [--redirect-uri URI]
/// dotnet OnePlusX.Silo.dll accounts disable --user NAME
/// dotnet OnePlusX.Silo.dll accounts list
/// </code>
/// A new user's initial password and a new client's secret are printed once; the user must change the password at
/// first sign-in. Every command is audited as the operating-system user who ran it.
/// </summary>
internal static class AccountCommands
{
    public static bool Handles(string[] args) => args.Length > 0 && args[0] == "accounts";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        await app.InitializeStorageAsync();
        using var scope = app.Services.CreateScope();
        var admin = scope.ServiceProvider.GetRequiredService<IAccountAdministration>();
        var caller = new AccessScope(ScopeKind.None, null, null, new HashSet<string> { Roles.SystemAdministrator }, $"cli:{Environment.UserName}");
        var command = args.Length > 1 ? args[1] : "";
        if (CommandOptions.Parse(args.Skip(2).ToArray(), command, Known.GetValueOrDefault(command, [])) is not { } options)
        {
            return 2;
        }

        switch (command)
        {
            case "create-user":
                return Print(await admin.CreateUserAsync(caller, new CreateAccount(options.One("user"), options.One("display"), All(options, "role"), Maybe(options, "tenant"), Maybe(options, "province")), default),
                    created => $"user\t{created.Account.UserName}\nroles\t{string.Join(",", created.Account.Roles)}\ninitial password (shown once; must be changed at first sign-in)\t{created.InitialPassword}");
            case "create-client":
                return Print(await admin.RegisterClientAsync(caller, new RegisterClient(options.One("display"), All(options, "scope"), null, Maybe(options, "province")), default),
                    client => $"client_id\t{client.ClientId}\nscopes\t{string.Join(" ", client.Scopes)}\nclient_secret (shown once)\t{client.ClientSecret}");
            case "create-app":
                return await CreateAppAsync(scope.ServiceProvider, caller.Actor, options.One("display"), All(options, "redirect-uri"));
            case "disable":
                return Print(await admin.DisableUserAsync(caller, options.One("user"), default), account => $"disabled\t{account.UserName}");
            case "list":
                foreach (var account in await admin.ListUsersAsync(caller, default))
                {
                    Console.WriteLine($"{account.UserName}\t{string.Join(",", account.Roles)}\t{account.Tenant ?? account.Province ?? "national"}\t{(account.Disabled ? "disabled" : "active")}");
                }

                return 0;
            default:
                Console.Error.WriteLine("usage: accounts create-user|create-client|create-app|disable|list [--option value]... (see docs/security.md)");
                return 2;
        }
    }

    /// <summary>
    /// Registers a third-party app that acts for signed-in staff (authorization code flow): a public client (it
    /// runs on a device or in a browser, so it has no secret), PKCE required, scopes <c>api</c> and
    /// <c>offline_access</c>, redirects only to the given URIs (https, or http on the loopback address).
    /// </summary>
    private static async Task<int> CreateAppAsync(IServiceProvider services, string actor, string display, IReadOnlyList<string> redirects)
    {
        if (string.IsNullOrWhiteSpace(display) || display.Trim().Length > 100)
        {
            Console.Error.WriteLine("INVALID: A display name of 1–100 characters is required. (display)");
            return 1;
        }

        var uris = redirects.Select(r => Uri.TryCreate(r, UriKind.Absolute, out var uri) ? uri : null).ToList();
        if (uris.Count == 0 || uris.Any(u => u is null || u.Fragment.Length > 0 || !(u.Scheme == Uri.UriSchemeHttps || (u.Scheme == Uri.UriSchemeHttp && u.IsLoopback))))
        {
            Console.Error.WriteLine("INVALID: One or more absolute redirect URIs without a fragment are required, https or http on the loopback address. (redirect-uri)");
            return 1;
        }

        var clientId = $"app-{Convert.ToHexString(RandomNumberGenerator.GetBytes(5)).ToLowerInvariant()}";
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientType = ClientTypes.Public,
            DisplayName = display.Trim(),
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
                Permissions.Prefixes.Scope + OAuthScopes.Api, Permissions.Prefixes.Scope + Scopes.OfflineAccess,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var uri in uris)
        {
            descriptor.RedirectUris.Add(uri!);
        }

        await services.GetRequiredService<IOpenIddictApplicationManager>().CreateAsync(descriptor);
        await services.GetRequiredService<SecurityAudit>().RecordAsync(null, actor, "client.registered", $"{clientId} (authorization code: {string.Join(" ", uris)})", null);
        Console.WriteLine($"client_id\t{clientId}\nredirect_uris\t{string.Join(" ", uris)}\nscopes\t{OAuthScopes.Api} {Scopes.OfflineAccess}");
        return 0;
    }

    private static int Print<T>(CommandResult<T> result, Func<T, string> text)
    {
        if (!result.Succeeded)
        {
            Console.Error.WriteLine($"{result.Error.Code}: {result.Error.Message}{(result.Error.Field is null ? "" : $" ({result.Error.Field})")}");
            return 1;
        }

        Console.WriteLine(text(result.Value));
        return 0;
    }

    private static readonly Dictionary<string, string[]> Known = new(StringComparer.Ordinal)
    {
        ["create-user"] = ["user", "display", "role", "tenant", "province"],
        ["create-client"] = ["display", "scope", "province"],
        ["create-app"] = ["display", "redirect-uri"],
        ["disable"] = ["user"],
        ["list"] = [],
    };

    private static string? Maybe(Dictionary<string, List<string>> options, string key) => options.TryGetValue(key, out var v) ? v[0] : null;

    private static IReadOnlyList<string> All(Dictionary<string, List<string>> options, string key) => options.TryGetValue(key, out var v) ? v : [];
}
