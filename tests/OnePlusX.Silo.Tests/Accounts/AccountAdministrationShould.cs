using System.Net;

namespace OnePlusX.Silo.Tests.Accounts;

public sealed class AdministrationSilo : AccountsSilo
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();
}

/// <summary>
/// The system administrator's account commands (there are no account mutations in the API yet), run against the
/// database of a running silo, as on a server.
/// </summary>
public sealed class AccountAdministrationShould(AdministrationSilo silo) : IClassFixture<AdministrationSilo>
{
    [Fact]
    public async Task CreateAProvincialCoordinatorOnlyWithAValidProvince()
    {
        var missing = await silo.AccountsAsync("create-user", "--user", "admin.coord", "--display", "协调员", "--role", "ProvincialCoordinator");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("VALIDATION", missing.Error);
        Assert.Contains("(province)", missing.Error);

        var unknown = await silo.AccountsAsync("create-user", "--user", "admin.coord", "--display", "协调员", "--role", "ProvincialCoordinator", "--province", "99");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("(province)", unknown.Error);
        Assert.DoesNotContain("admin.coord", (await silo.AccountsAsync("list")).Output);

        await silo.CreateUserAsync("admin.coord", "ProvincialCoordinator", province: "42");
        Assert.Contains("admin.coord\tProvincialCoordinator\t42\tactive", (await silo.AccountsAsync("list")).Output);
    }

    [Fact]
    public async Task CreateANationalMonitorWhoCanSignIn()
    {
        var password = await silo.CreateUserAsync("admin.monitor", "NationalMonitor");
        Assert.Contains("admin.monitor\tNationalMonitor\tnational\tactive", (await silo.AccountsAsync("list")).Output);

        using var browser = silo.Browser("127.0.0.51");
        var signIn = await browser.SignInAsync("admin.monitor", password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/account/change-password", signIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.ChangePasswordAsync(password, "Landesweit-2026-Monitor")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/colleges")).StatusCode);
    }

    [Fact]
    public async Task RefuseACollegeRoleWithoutATenant()
    {
        foreach (var tenant in new string?[] { null, "jljt", "' OR 1=1 --" })
        {
            string[] args = ["create-user", "--user", "admin.teacher", "--display", "教师", "--role", "Teacher"];
            var result = await silo.AccountsAsync(tenant is null ? args : [.. args, "--tenant", tenant]);
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("(tenant)", result.Error);
        }

        Assert.DoesNotContain("admin.teacher", (await silo.AccountsAsync("list")).Output);
    }

    [Fact]
    public async Task RefuseADuplicateUserName()
    {
        await silo.CreateUserAsync("admin.twice", "Teacher", tenant: "HBGZ");
        foreach (var name in new[] { "admin.twice", "Admin.Twice" })
        {
            var again = await silo.AccountsAsync("create-user", "--user", name, "--display", "重复", "--role", "NationalMonitor");
            Assert.Equal(1, again.ExitCode);
            Assert.Contains("DUPLICATE_USER", again.Error);
        }

        var list = (await silo.AccountsAsync("list")).Output;
        Assert.Single(list.Split('\n'), l => l.StartsWith("admin.twice\t", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("admin.twice\tTeacher\tHBGZ\tactive", list);
    }

    [Fact]
    public async Task GiveEachUserARandomInitialPasswordShownOnlyOnce()
    {
        var first = await silo.CreateUserAsync("admin.random1", "FinanceOfficer", tenant: "SDDZ");
        var second = await silo.CreateUserAsync("admin.random2", "FinanceOfficer", tenant: "SDDZ");

        Assert.NotEqual(first, second);
        Assert.All(new[] { first, second }, p =>
        {
            Assert.True(p.Length >= 16, p);
            Assert.Contains(p, char.IsUpper);
            Assert.Contains(p, char.IsLower);
            Assert.Contains(p, char.IsDigit);
        });

        var list = await silo.AccountsAsync("list");
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("admin.random1\tFinanceOfficer\tSDDZ\tactive", list.Output);
        Assert.DoesNotContain(first, list.Output + list.Error);
        Assert.DoesNotContain(second, list.Output + list.Error);
        Assert.DoesNotContain(first, silo.Silo.Log);
    }

    [Fact]
    public async Task StopADisabledUserFromSigningIn()
    {
        var password = await silo.CreateUserAsync("admin.leaver", "SchoolOfficer", tenant: "XMGX");
        using (var before = silo.Browser("127.0.0.52"))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await before.SignInAsync("admin.leaver", password)).StatusCode);
        }

        var disabled = await silo.AccountsAsync("disable", "--user", "admin.leaver");
        Assert.Equal(0, disabled.ExitCode);
        Assert.Contains("disabled\tadmin.leaver", disabled.Output);
        Assert.Contains("admin.leaver\tSchoolOfficer\tXMGX\tdisabled", (await silo.AccountsAsync("list")).Output);

        using var after = silo.Browser("127.0.0.53");
        var refused = await after.SignInAsync("admin.leaver", password);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Null(after.Cookie("oneplusx.session"));
        Assert.Equal("disabled", (await silo.AuditAsync("sign-in.failed", "admin.leaver"))[^1].Detail);

        var nobody = await silo.AccountsAsync("disable", "--user", "admin.nobody");
        Assert.Equal(1, nobody.ExitCode);
        Assert.Contains("NOT_FOUND", nobody.Error);
    }
}
