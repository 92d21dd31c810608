using System.Net;

namespace OnePlusX.Silo.Tests.Accounts;

/// <summary>Low limits, so a test reaches them in a few requests; each test signs in from its own 127.0.0.x.</summary>
public sealed class BruteForceSilo : AccountsSilo
{
    public const int MaxFailed = 3;
    public const int PerAccount = 5;
    public const int PerAddress = 8;

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["OnePlusX:Auth:MaxFailedSignIns"] = MaxFailed.ToString(),
        ["OnePlusX:Auth:SignInsPerMinutePerAccount"] = PerAccount.ToString(),
        ["OnePlusX:Auth:SignInsPerMinutePerAddress"] = PerAddress.ToString(),
    };
}

/// <summary>Lockout, the per-account and per-address limits, and injection-looking names at the sign-in form.</summary>
public sealed class BruteForceShould(BruteForceSilo silo) : IClassFixture<BruteForceSilo>
{
    [Fact]
    public async Task LockAnAccountAfterTheMaximumOfFailedSignIns()
    {
        var locked = await silo.CreateUserAsync("brute.locked", "Teacher", tenant: "JLJT");
        var spared = await silo.CreateUserAsync("brute.spared", "Teacher", tenant: "JLJT");
        using var browser = silo.Browser("127.0.0.11");

        for (var i = 0; i < BruteForceSilo.MaxFailed; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await browser.SignInAsync("brute.locked", $"wrong-{i}")).StatusCode);
        }

        for (var i = 0; i < BruteForceSilo.MaxFailed - 1; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await browser.SignInAsync("brute.spared", $"wrong-{i}")).StatusCode);
        }

        // One failure short of the limit the right password still works; at the limit it is refused too.
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync("brute.spared", spared)).StatusCode);
        var refused = await browser.SignInAsync("brute.locked", locked);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Wrong user name or password, or the account is locked.", await refused.Content.ReadAsStringAsync());
        Assert.Empty(await silo.AuditAsync("sign-in", "brute.locked", atLeast: 0));
        Assert.Equal("locked-out", (await silo.AuditAsync("sign-in.failed", "brute.locked", atLeast: BruteForceSilo.MaxFailed + 1))[^1].Detail);
    }

    [Fact]
    public async Task LimitSignInsForOneAccountWhateverTheAddress()
    {
        var password = await silo.CreateUserAsync("brute.target", "Teacher", tenant: "JLJT");
        for (var i = 0; i < BruteForceSilo.PerAccount; i++)
        {
            using var guesser = silo.Browser($"127.0.0.{21 + i}");
            Assert.Equal(HttpStatusCode.BadRequest, (await guesser.SignInAsync("brute.target", $"guess-{i}")).StatusCode);
        }

        // A fresh address, the same account (however its name is cased or padded): too many; even the right password.
        using var fresh = silo.Browser("127.0.0.30");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await fresh.SignInAsync("brute.target", password)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await fresh.SignInAsync(" BRUTE.Target ", password)).StatusCode);
        Assert.Null(fresh.Cookie("oneplusx.session"));

        // The same address for another account is not limited.
        Assert.Equal(HttpStatusCode.BadRequest, (await fresh.SignInAsync("brute.other", "guess")).StatusCode);
        Assert.NotEmpty(await silo.AuditAsync("sign-in.throttled", "brute.target"));
    }

    [Fact]
    public async Task LimitSignInsFromOneAddressAcrossAccountNames()
    {
        using var sprayer = silo.Browser("127.0.0.31");
        for (var i = 0; i < BruteForceSilo.PerAddress; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await sprayer.SignInAsync($"brute.spray{i}", "Spring2026!")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await sprayer.SignInAsync("brute.spray-next", "Spring2026!")).StatusCode);

        using var neighbour = silo.Browser("127.0.0.32");
        Assert.Equal(HttpStatusCode.BadRequest, (await neighbour.SignInAsync("brute.spray-next", "Spring2026!")).StatusCode);
    }

    private static readonly string[] Probes =
    [
        "' OR 1=1 --",
        "admin'--",
        "brute.probe' --",
        "brute.probe\" OR \"\"=\"",
        "'; DROP TABLE identity_users; --",
        "%' OR '1'='1",
        "*)(uid=*))(|(uid=*",
        "<script>alert(1)</script>",
        "../../../../etc/passwd",
        "用户名' OR 1=1 --",
        "ｂｒｕｔｅ．ｐｒｏｂｅ",
        "\u202Eeborp.eturb\u202C",
        "😀🔑" + new string('界', 40),
        new string('a', 10_000),
        new string('\'', 5_000),
    ];

    [Fact]
    public async Task TreatInjectionLookingNamesAsFailedSignIns()
    {
        var password = await silo.CreateUserAsync("brute.probe", "Teacher", tenant: "JLJT");
        var users = AuditRows.Count(silo.DatabasePath, "identity_users");
        var before = (await silo.AuditAsync("account.created", atLeast: 1))[^1].Id;

        for (var i = 0; i < Probes.Length; i++)
        {
            // Its own address per probe, so the per-address limit stays out of the way.
            using var browser = silo.Browser($"127.0.1.{i + 1}");
            foreach (var secret in new[] { password, "' OR '1'='1", "x" })
            {
                var response = await browser.SignInAsync(Probes[i], secret);
                var html = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.BadRequest && html.Contains("Wrong user name or password"), $"probe {i} ({Probes[i][..Math.Min(40, Probes[i].Length)]}): {(int)response.StatusCode} {html}");
                Assert.DoesNotContain("<script>alert", html);
                Assert.Null(browser.Cookie("oneplusx.session"));
            }
        }

        // A NUL in a form value is refused by ASP.NET Core's form reader before the endpoint runs: 400, no page, no row.
        using (var nul = silo.Browser("127.0.0.41"))
        {
            foreach (var name in new[] { "\u0000brute.probe", "brute.probe\u0000" })
            {
                Assert.Equal(HttpStatusCode.BadRequest, (await nul.SignInAsync(name, password)).StatusCode);
                Assert.Null(nul.Cookie("oneplusx.session"));
            }
        }

        // An injection-looking password for the real account is just a wrong one.
        using var owner = silo.Browser("127.0.0.40");
        Assert.Equal(HttpStatusCode.BadRequest, (await owner.SignInAsync("brute.probe", "' OR '1'='1")).StatusCode);

        // Nothing changed: no account appeared or vanished, and the real one signs in as before.
        Assert.Equal(users, AuditRows.Count(silo.DatabasePath, "identity_users"));
        Assert.Equal(HttpStatusCode.Redirect, (await owner.SignInAsync("brute.probe", password)).StatusCode);

        // Each attempt is in the audit log as a failed sign-in (none throttled, none lost).
        Assert.Equal(Probes.Length * 3 + 1, (await silo.AuditAsync("sign-in.failed")).Count(r => r.Id > before));
    }
}
