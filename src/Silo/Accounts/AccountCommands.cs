using OnePlusX.Outcomes;
using OnePlusX.Security;
using OnePlusX.Silo.Hosting;

namespace OnePlusX.Silo.Accounts;

/// <summary>
/// The system administrator's commands, run on a server with the service's configuration (the same connection
/// strings), without starting the silo:
/// <code>
/// dotnet OnePlusX.Silo.dll accounts create-user --user NAME --display TEXT --role ROLE [--role ROLE] [--province 22] [--tenant JLJT]
/// dotnet OnePlusX.Silo.dll accounts create-client --display TEXT --scope SCOPE [--scope SCOPE] [--province 22]
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
        var options = Options(args.Skip(2).ToArray());
        var command = args.Length > 1 ? args[1] : "";
        switch (command)
        {
            case "create-user":
                return Print(await admin.CreateUserAsync(caller, new CreateAccount(One(options, "user"), One(options, "display"), All(options, "role"), Maybe(options, "tenant"), Maybe(options, "province")), default),
                    created => $"user\t{created.Account.UserName}\nroles\t{string.Join(",", created.Account.Roles)}\ninitial password (shown once; must be changed at first sign-in)\t{created.InitialPassword}");
            case "create-client":
                return Print(await admin.RegisterClientAsync(caller, new RegisterClient(One(options, "display"), All(options, "scope"), null, Maybe(options, "province")), default),
                    client => $"client_id\t{client.ClientId}\nscopes\t{string.Join(" ", client.Scopes)}\nclient_secret (shown once)\t{client.ClientSecret}");
            case "disable":
                return Print(await admin.DisableUserAsync(caller, One(options, "user"), default), account => $"disabled\t{account.UserName}");
            case "list":
                foreach (var account in await admin.ListUsersAsync(caller, default))
                {
                    Console.WriteLine($"{account.UserName}\t{string.Join(",", account.Roles)}\t{account.Tenant ?? account.Province ?? "national"}\t{(account.Disabled ? "disabled" : "active")}");
                }

                return 0;
            default:
                Console.Error.WriteLine("usage: accounts create-user|create-client|disable|list [--option value]... (see docs/security.md)");
                return 2;
        }
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

    private static Dictionary<string, List<string>> Options(string[] args)
    {
        var options = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                var key = args[i][2..];
                if (!options.TryGetValue(key, out var values))
                {
                    options[key] = values = [];
                }

                values.Add(args[i + 1]);
            }
        }

        return options;
    }

    private static string One(Dictionary<string, List<string>> options, string key) => options.TryGetValue(key, out var v) ? v[0] : "";

    private static string? Maybe(Dictionary<string, List<string>> options, string key) => options.TryGetValue(key, out var v) ? v[0] : null;

    private static IReadOnlyList<string> All(Dictionary<string, List<string>> options, string key) => options.TryGetValue(key, out var v) ? v : [];
}
