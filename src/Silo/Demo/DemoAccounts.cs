using System.Text;
using Microsoft.AspNetCore.Identity;
using OnePlusX.Security;
using OnePlusX.Silo.Accounts;

namespace OnePlusX.Silo.Demo;

/// <summary>
/// Sample accounts for the embedded demo: every college role of the four seed colleges, a coordinator for each of
/// their provinces, national monitoring, an evaluation organisation and a system administrator, plus one credit-bank
/// client per college. Passwords and secrets are random, printed once to the console and written to a file only
/// the owner can read; there is no fixed default password anywhere. Created at first start only.
/// </summary>
internal sealed class DemoAccounts(IServiceProvider services, IHostEnvironment environment, ILogger<DemoAccounts> logger)
{
    public const string FileName = "demo-accounts.txt";

    public async Task SeedAsync(IEnumerable<(string Tenant, string Province, string School)> colleges, string dataDirectory, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        if (users.Users.Any())
        {
            logger.LogInformation("Demo accounts exist; their passwords were printed at first start and are in {File}", Path.Combine(dataDirectory, FileName));
            return;
        }

        var admin = scope.ServiceProvider.GetRequiredService<IAccountAdministration>();
        var system = new AccessScope(ScopeKind.None, null, null, new HashSet<string> { Roles.SystemAdministrator }, "demo-seed");
        var lines = new List<string> { "# OnePlusX demo accounts (sample data; random passwords, shown once)", "# user\trole\ttenant/province\tpassword" };
        var list = colleges.ToList();
        foreach (var (tenant, province, school) in list)
        {
            foreach (var role in Roles.College)
            {
                var name = $"{tenant.ToLowerInvariant()}.{RoleSlug(role)}";
                await CreateAsync(users, admin, system, new CreateAccount(name, $"{tenant} {role}（示例）", [role], tenant, province, role == Roles.SchoolOfficer ? school : null), lines, cancellationToken);
            }
        }

        foreach (var province in list.Select(c => c.Province).Distinct())
        {
            await CreateAsync(users, admin, system, new CreateAccount($"province{province}.coordinator", $"省级协调 {province}（示例）", [Roles.ProvincialCoordinator], Province: province), lines, cancellationToken);
        }

        await CreateAsync(users, admin, system, new CreateAccount("national.monitor", "国家监测（示例）", [Roles.NationalMonitor]), lines, cancellationToken);
        await CreateAsync(users, admin, system, new CreateAccount("organisation.sample", "培训评价组织（示例）", [Roles.EvaluationOrganization]), lines, cancellationToken);
        await CreateAsync(users, admin, system, new CreateAccount("system.admin", "系统管理员（示例）", [Roles.SystemAdministrator]), lines, cancellationToken);

        lines.Add("# client_id\tscopes\ttenant\tclient_secret");
        foreach (var (tenant, _, _) in list)
        {
            var college = new AccessScope(ScopeKind.College, tenant, null, new HashSet<string> { Roles.CollegeAdministrator }, "demo-seed");
            var client = await admin.RegisterClientAsync(college, new RegisterClient($"{tenant} 学分银行对接（示例）", [OAuthScopes.CreditBankRead]), cancellationToken);
            lines.Add(client.Succeeded ? $"{client.Value.ClientId}\t{OAuthScopes.CreditBankRead}\t{tenant}\t{client.Value.ClientSecret}" : $"# client for {tenant} failed: {client.Error}");
        }

        Write(dataDirectory, lines);
    }

    private async Task CreateAsync(UserManager<StaffUser> users, IAccountAdministration admin, AccessScope system, CreateAccount account, List<string> lines, CancellationToken cancellationToken)
    {
        var created = await admin.CreateUserAsync(system, account, cancellationToken);
        if (!created.Succeeded)
        {
            lines.Add($"# {account.UserName} failed: {created.Error}");
            return;
        }

        // Demo accounts are ready to use: their random password is the one printed, no first change is forced.
        var user = (await users.FindByNameAsync(account.UserName))!;
        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        lines.Add($"{account.UserName}\t{string.Join(",", account.Roles)}\t{account.Tenant ?? account.Province ?? "national"}\t{created.Value.InitialPassword}");
    }

    private void Write(string dataDirectory, List<string> lines)
    {
        var text = string.Join('\n', lines) + '\n';
        Directory.CreateDirectory(dataDirectory);
        var path = Path.Combine(dataDirectory, FileName);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var file = new FileStream(path, options))
        {
            if (!OperatingSystem.IsWindows())
            {
                // The create mode applies to a new file only: one left there before is made owner-only before writing.
                File.SetUnixFileMode(file.SafeFileHandle, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            file.Write(Encoding.UTF8.GetBytes(text));
        }

        Console.WriteLine();
        Console.WriteLine($"Demo accounts (shown once; also in {path}, readable by its owner only):");
        Console.WriteLine(text);
        logger.LogInformation("Created {Count} demo accounts and clients in {Environment}", lines.Count - 3, environment.EnvironmentName);
    }

    private static string RoleSlug(string role) => role switch
    {
        Roles.CollegeAdministrator => "admin",
        Roles.SchoolOfficer => "school",
        Roles.Teacher => "teacher",
        _ => "finance",
    };
}
