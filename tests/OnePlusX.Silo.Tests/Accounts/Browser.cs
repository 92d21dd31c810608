using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OnePlusX.Silo.Tests.Accounts;

/// <summary>
/// A browser for the sign-in pages: keeps its own cookies (any attributes, so Secure ones work behind a TLS-ending
/// proxy simulated by <c>X-Forwarded-Proto</c>), follows no redirects, and connects from a loopback address of its
/// own (127.0.0.x), so per-address rate limits of one test do not touch another's.
/// </summary>
public sealed partial class Browser : IDisposable
{
    private readonly HttpClient _http;
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public Browser(Uri baseAddress, IPAddress? source = null, bool behindHttpsProxy = false)
    {
        var handler = new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false };
        if (source is not null)
        {
            handler.ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(source, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
        }

        _http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (behindHttpsProxy)
        {
            _http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        }
    }

    /// <summary>The Set-Cookie headers of the last response.</summary>
    public IReadOnlyList<string> LastSetCookies { get; private set; } = [];

    public string? Cookie(string name) => _cookies.GetValueOrDefault(name);

    public void SetCookie(string name, string value) => _cookies[name] = value;

    /// <summary>The antiforgery token of a form page (the sign-in page unless told).</summary>
    public async Task<string> FormTokenAsync(string page = "/account/sign-in")
    {
        var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, page));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {page}: {(int)response.StatusCode} {html}");
        var match = TokenField().Match(html);
        Assert.True(match.Success, $"No antiforgery field on {page}: {html}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Posts the sign-in form, with a fresh antiforgery token unless <paramref name="withToken"/> is false.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string userName, string password, bool withToken = true, string returnUrl = "/")
    {
        var fields = new Dictionary<string, string> { ["userName"] = userName, ["password"] = password, ["returnUrl"] = returnUrl };
        if (withToken)
        {
            fields["__antiforgery"] = await FormTokenAsync();
        }

        return await PostFormAsync("/account/sign-in", fields);
    }

    public async Task<HttpResponseMessage> ChangePasswordAsync(string current, string newPassword) =>
        await PostFormAsync("/account/change-password", new Dictionary<string, string>
        {
            ["__antiforgery"] = await FormTokenAsync("/account/change-password"),
            ["currentPassword"] = current,
            ["newPassword"] = newPassword,
            ["confirm"] = newPassword,
        });

    public async Task<HttpResponseMessage> SignOutAsync() =>
        await PostFormAsync("/account/sign-out", new Dictionary<string, string> { ["__antiforgery"] = await FormTokenAsync() });

    public Task<HttpResponseMessage> PostFormAsync(string path, IReadOnlyDictionary<string, string> fields) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) });

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    /// <summary>A GraphQL query over POST as JSON; the response body.</summary>
    public async Task<JsonElement> GraphQLAsync(string query)
    {
        var response = await SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) });
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await _http.SendAsync(request);
        LastSetCookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
        foreach (var header in LastSetCookies)
        {
            var pair = header.Split(';')[0];
            var equals = pair.IndexOf('=');
            var (name, value) = (pair[..equals].Trim(), pair[(equals + 1)..].Trim());
            var expired = header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase);
            if (value.Length == 0 || expired)
            {
                _cookies.Remove(name);
            }
            else
            {
                _cookies[name] = value;
            }
        }

        return response;
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__antiforgery\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
