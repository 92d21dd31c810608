using System.Net;
using System.Text.RegularExpressions;

namespace OnePlusX.Silo.Tests.Accounts;

/// <summary>
/// A staff member's browser on the real pages: keeps cookies (session and antiforgery), posts the forms with their
/// hidden <c>__antiforgery</c> field, and does not follow redirects, so a test sees where each one points.
/// </summary>
public sealed partial class StaffBrowser : IDisposable
{
    private readonly HttpClient _http;

    public StaffBrowser(Uri baseAddress)
    {
        _http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseAddress };
    }

    /// <summary>
    /// First sign-in of a user the CLI created: the initial password leads to the change-password page (nothing
    /// else works until then), the password is changed, and the session cookie then carries the user's roles.
    /// </summary>
    public async Task SignInFirstTimeAsync(string userName, string initialPassword)
    {
        using var signIn = await PostFormAsync("/account/sign-in", new() { ["userName"] = userName, ["password"] = initialPassword, ["returnUrl"] = "/" });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/account/change-password", signIn.Headers.Location?.OriginalString);

        var password = $"Changed-{Guid.NewGuid():N}";
        using var change = await PostFormAsync("/account/change-password", new() { ["currentPassword"] = initialPassword, ["newPassword"] = password, ["confirm"] = password });
        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        Assert.Equal("/", change.Headers.Location?.OriginalString);
    }

    public Task<HttpResponseMessage> GetAsync(string pathAndQuery) => _http.GetAsync(pathAndQuery);

    public void Dispose() => _http.Dispose();

    /// <summary>GETs the page for its antiforgery field (and cookie), then posts the form with it.</summary>
    private async Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> fields)
    {
        var page = await _http.GetStringAsync(path);
        var token = AntiforgeryField().Match(page);
        Assert.True(token.Success, $"{path} has no antiforgery field:\n{page}");
        fields["__antiforgery"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        return await _http.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__antiforgery\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
