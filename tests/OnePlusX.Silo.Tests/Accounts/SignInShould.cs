using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OnePlusX.Silo.Tests.Accounts;

/// <summary>
/// A silo set up as in production: no plain HTTP (<c>AllowHttp=false</c>), behind a TLS-ending proxy that forwards
/// the scheme (ASP.NET Core's <c>FORWARDEDHEADERS_ENABLED</c>; the browser sends <c>X-Forwarded-Proto: https</c>).
/// Rate limits and lockout are high here: <see cref="BruteForceShould"/> tests them.
/// </summary>
public sealed class SignInSilo : AccountsSilo
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["OnePlusX:Auth:AllowHttp"] = "false",
        ["OnePlusX:Auth:Issuer"] = "https://oneplusx.test/", // production refuses to start without a fixed issuer
        ["FORWARDEDHEADERS_ENABLED"] = "true",
        ["OnePlusX:Auth:SignInsPerMinutePerAddress"] = "1000",
        ["OnePlusX:Auth:SignInsPerMinutePerAccount"] = "1000",
        ["OnePlusX:Auth:MaxFailedSignIns"] = "1000",
    };

    public override Browser Browser(string source = "127.0.0.1") => new(Silo.BaseAddress, IPAddress.Parse(source), behindHttpsProxy: true);
}

/// <summary>The staff sign-in pages against the real silo: antiforgery, first password change, cookie, sign-out.</summary>
public sealed partial class SignInShould(SignInSilo silo) : IClassFixture<SignInSilo>
{
    private const string CollegesQuery = "{ colleges(first: 1) { totalCount } }";
    private const string NewPassword = "Neues-Passwort-2026";

    [Fact]
    public async Task ServeTheFormWithAnAntiforgeryField()
    {
        using var browser = silo.Browser();
        var response = await browser.GetAsync("/account/sign-in");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("<input type=\"hidden\" name=\"__antiforgery\" value=\"[^\"]{20,}\">", html);
        var cookie = Assert.Single(browser.LastSetCookies, c => c.StartsWith("oneplusx.antiforgery=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task RefuseASignInWithoutTheAntiforgeryToken()
    {
        var password = await silo.CreateUserAsync("signin.noform", "Teacher", tenant: "JLJT");
        using var browser = silo.Browser();

        var bare = await browser.SignInAsync("signin.noform", password, withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Equal("__antiforgery", (await bare.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
        Assert.DoesNotContain(browser.LastSetCookies, c => c.StartsWith("oneplusx.session", StringComparison.Ordinal));

        // A token lifted from another browser's page does not match this browser's antiforgery cookie.
        using var other = silo.Browser();
        var lifted = await browser.PostFormAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["__antiforgery"] = await other.FormTokenAsync(), ["userName"] = "signin.noform", ["password"] = password,
        });
        Assert.Equal(HttpStatusCode.BadRequest, lifted.StatusCode);
        Assert.Null(browser.Cookie("oneplusx.session"));
        Assert.Empty(await silo.AuditAsync("sign-in", "signin.noform", atLeast: 0));
    }

    [Fact]
    public async Task SendANewUserToChangeThePasswordAndRefuseTheApiUntilThen()
    {
        var password = await silo.CreateUserAsync("signin.first", "Teacher", tenant: "JLJT");
        using var browser = silo.Browser();

        var signIn = await browser.SignInAsync("signin.first", password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/account/change-password", signIn.Headers.Location?.OriginalString);
        var session = Assert.Single(browser.LastSetCookies, c => c.StartsWith("oneplusx.session=", StringComparison.Ordinal));
        var attributes = session.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToList();
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=lax", attributes);
        Assert.Contains("secure", attributes);

        // Signed in, but with the initial password: no role, so the API refuses everything.
        Assert.Contains((await browser.GetAsync("/api/colleges")).StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
        var refused = await browser.GraphQLAsync(CollegesQuery);
        Assert.Equal("AUTH_NOT_AUTHORIZED", refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        var changed = await browser.ChangePasswordAsync(password, NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal("/", changed.Headers.Location?.OriginalString);

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/colleges")).StatusCode);
        var accepted = await browser.GraphQLAsync(CollegesQuery);
        Assert.False(accepted.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(JsonValueKind.Number, accepted.GetProperty("data").GetProperty("colleges").GetProperty("totalCount").ValueKind);

        // The next sign-in goes straight through with the new password; the initial one no longer works.
        using var later = silo.Browser();
        Assert.Equal(HttpStatusCode.BadRequest, (await later.SignInAsync("signin.first", password)).StatusCode);
        var again = await later.SignInAsync("signin.first", NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("/", again.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AnswerAWrongPasswordAnUnknownUserAndADisabledUserAlike()
    {
        var password = await silo.CreateUserAsync("signin.alike", "Teacher", tenant: "JLJT");
        var disabledPassword = await silo.CreateUserAsync("signin.gone", "Teacher", tenant: "JLJT");
        Assert.Equal(0, (await silo.AccountsAsync("disable", "--user", "signin.gone")).ExitCode);
        using var browser = silo.Browser();

        var pages = new List<(HttpStatusCode Status, string Html)>();
        foreach (var (user, secret) in new[] { ("signin.alike", password + "x"), ("signin.nobody", password), ("signin.gone", disabledPassword) })
        {
            var response = await browser.SignInAsync(user, secret);
            pages.Add((response.StatusCode, TokenValue().Replace(await response.Content.ReadAsStringAsync(), "value=\"…\"")));
        }

        Assert.All(pages, p => Assert.Equal(HttpStatusCode.BadRequest, p.Status));
        Assert.Contains("Wrong user name or password", pages[0].Html);
        Assert.Equal(pages[0].Html, pages[1].Html);
        Assert.Equal(pages[0].Html, pages[2].Html);
        Assert.Null(browser.Cookie("oneplusx.session"));
    }

    [Fact]
    public async Task TakeAsLongForAnUnknownOrDisabledUserAsForAWrongPassword()
    {
        var password = await silo.CreateUserAsync("signin.timing", "Teacher", tenant: "JLJT");
        var disabledPassword = await silo.CreateUserAsync("signin.timing.off", "Teacher", tenant: "JLJT");
        Assert.Equal(0, (await silo.AccountsAsync("disable", "--user", "signin.timing.off")).ExitCode);
        using var browser = silo.Browser();
        var wrong = new List<double>();
        var unknown = new List<double>();
        var disabled = new List<double>();
        for (var i = 0; i < 8; i++)
        {
            wrong.Add(await TimedSignInAsync(browser, "signin.timing", password + "x"));
            unknown.Add(await TimedSignInAsync(browser, $"signin.timing.{i}", password));
            disabled.Add(await TimedSignInAsync(browser, "signin.timing.off", disabledPassword));
        }

        // A guesser must not learn from the answer's time which names are accounts (password hashing takes tens of ms).
        var (w, u, d) = (Median(wrong), Median(unknown), Median(disabled));
        Assert.True(u > w / 2 && d > w / 2, $"median ms: wrong password {w:F1}, unknown user {u:F1}, disabled user {d:F1}");
    }

    [Theory]
    [InlineData("/api/colleges", "/api/colleges")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("/\t/evil.example/", "/")]
    [InlineData("/\r\nSet-Cookie: x=y", "/")]
    public async Task ReturnOnlyToAPageOfThisSiteAfterSignIn(string returnUrl, string expected)
    {
        var user = $"signin.return.{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(returnUrl)))[..10]}";
        var password = await silo.CreateUserAsync(user, "Teacher", tenant: "JLJT");
        using (var first = silo.Browser())
        {
            await first.SignInAsync(user, password);
            Assert.Equal(HttpStatusCode.Redirect, (await first.ChangePasswordAsync(password, NewPassword)).StatusCode);
        }

        using var browser = silo.Browser();
        var signIn = await browser.SignInAsync(user, NewPassword, returnUrl: returnUrl);
        Assert.True(signIn.StatusCode == HttpStatusCode.Redirect, $"{(int)signIn.StatusCode} {await signIn.Content.ReadAsStringAsync()}");
        Assert.Equal(expected, signIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task EndTheSessionOnSignOut()
    {
        var password = await silo.CreateUserAsync("signin.out", "Teacher", tenant: "JLJT");
        using var browser = silo.Browser();
        await browser.SignInAsync("signin.out", password);
        await browser.ChangePasswordAsync(password, NewPassword);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/colleges")).StatusCode);

        var signOut = await browser.SignOutAsync();
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("/account/sign-in", signOut.Headers.Location?.OriginalString);
        Assert.Contains(browser.LastSetCookies, c => c.StartsWith("oneplusx.session=;", StringComparison.Ordinal));
        Assert.Null(browser.Cookie("oneplusx.session"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/colleges")).StatusCode);
        Assert.Equal("AUTH_NOT_AUTHORIZED", (await browser.GraphQLAsync(CollegesQuery)).GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact(Skip = "Product gap: sign-out only deletes the browser's cookie; a copy of it stays valid until it expires (8 h). See the report: SignInEndpoints' sign-out should end the session server-side.")]
    public async Task RefuseACopyOfTheSessionCookieAfterSignOut()
    {
        var password = await silo.CreateUserAsync("signin.copy", "Teacher", tenant: "JLJT");
        using var browser = silo.Browser();
        await browser.SignInAsync("signin.copy", password);
        await browser.ChangePasswordAsync(password, NewPassword);
        var copy = browser.Cookie("oneplusx.session")!;
        await browser.SignOutAsync();

        using var thief = silo.Browser();
        thief.SetCookie("oneplusx.session", copy);
        Assert.Equal(HttpStatusCode.Unauthorized, (await thief.GetAsync("/api/colleges")).StatusCode);
    }

    private static async Task<double> TimedSignInAsync(Browser browser, string user, string password)
    {
        var token = await browser.FormTokenAsync();
        var clock = Stopwatch.StartNew();
        var response = await browser.PostFormAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["__antiforgery"] = token, ["userName"] = user, ["password"] = password,
        });
        var elapsed = clock.Elapsed.TotalMilliseconds;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return elapsed;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    [GeneratedRegex("value=\"[^\"]*\"")]
    private static partial Regex TokenValue();
}
