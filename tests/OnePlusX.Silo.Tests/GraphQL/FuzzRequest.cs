using System.Net;
using System.Text;

namespace OnePlusX.Silo.Tests.GraphQL;

/// <summary>One generated HTTP request to the gateway, reproducible from the run's seed and its index.</summary>
public sealed record FuzzRequest(
    int Index, string Kind, string Method, string Target, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[]? Body, bool Chunked)
{
    private static readonly HashSet<string> ContentHeaders = new(StringComparer.OrdinalIgnoreCase) { "Content-Type", "Content-Encoding", "Content-Language" };

    /// <summary>Drawn to be sent with the test client's bearer token (most requests; the rest go anonymously).</summary>
    public bool SignedIn { get; init; }

    /// <summary>Sent with the real token: drawn so, and no fuzzed <c>Authorization</c> header takes its place.</summary>
    public bool CarriesToken => SignedIn && Header("Authorization").Length == 0;

    public bool IsHead => string.Equals(Method, "HEAD", StringComparison.OrdinalIgnoreCase);

    public bool IsGet => string.Equals(Method, "GET", StringComparison.OrdinalIgnoreCase);

    /// <summary>The host's body limit (src/Silo SiloOptions.MaxRequestBodyBytes): above it the host answers 413 with a problem.</summary>
    public const long MaxRequestBodyBytes = 1_048_576;

    public int BodyLength => Body?.Length ?? 0;

    /// <summary>Over the body limit or Kestrel's limits for the request line (8 KB) and headers (32 KB).</summary>
    public bool IsOversized => BodyLength > MaxRequestBodyBytes || Target.Length > 8000 || Headers.Sum(h => h.Key.Length + (h.Value.Length * 3)) > 32 * 1024;

    /// <summary>All values of a header, joined as they arrive.</summary>
    public string Header(string name) =>
        string.Join(", ", Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value));

    /// <summary>True when a browser-style GET for /graphql should be answered with the GraphiQL page instead.</summary>
    public bool WantsIde
    {
        get
        {
            if (!IsGet || !Header("Accept").Contains("text/html", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var query = Target.IndexOf('?') is var q and >= 0 ? Target[(q + 1)..] : "";
            var keys = query.Split('&').Select(p => WebUtility.UrlDecode(p.Split('=')[0]));
            return !keys.Any(k => string.Equals(k, "query", StringComparison.OrdinalIgnoreCase) || string.Equals(k, "documentId", StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>The request to send; <paramref name="token"/> goes in <c>Authorization</c> when it <see cref="CarriesToken"/>.</summary>
    public HttpRequestMessage ToMessage(Uri baseAddress, string? token)
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), new Uri(baseAddress, Target));
        if (CarriesToken && token is not null)
        {
            message.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        }

        if (Body is not null || Headers.Any(h => ContentHeaders.Contains(h.Key)))
        {
            message.Content = Chunked ? new UnknownLengthContent(Body ?? []) : new ByteArrayContent(Body ?? []);
        }

        foreach (var (name, value) in Headers)
        {
            if (ContentHeaders.Contains(name))
            {
                message.Content!.Headers.TryAddWithoutValidation(name, value);
            }
            else
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return message;
    }

    /// <summary>The request as a reader can replay it (long parts cut, binary bodies in base64).</summary>
    public string Describe(int max = 1500)
    {
        var text = new StringBuilder($"#{Index} [{Kind}] {Method} {Cut(Target, max)}\n");
        if (CarriesToken)
        {
            text.Append("  Authorization: Bearer (the national test client's token)\n");
        }

        foreach (var (name, value) in Headers)
        {
            text.Append($"  {name}: {Cut(value, 300)}\n");
        }

        if (Body is { } body)
        {
            text.Append($"  body ({body.Length} bytes{(Chunked ? ", chunked" : "")}): ");
            text.Append(IsPrintableUtf8(body) ? Cut(Encoding.UTF8.GetString(body), max) : "base64:" + Cut(Convert.ToBase64String(body), max));
        }

        return text.ToString();
    }

    private static string Cut(string text, int max) =>
        text.Length <= max ? Escape(text) : Escape(text[..(max / 2)]) + $" …({text.Length - max} chars)… " + Escape(text[^(max / 2)..]);

    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var paired = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                : char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]);
            builder.Append((c < 0x20 && c != '\n') || c == '\u007f' || (char.IsSurrogate(c) && !paired) ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return builder.ToString();
    }

    private static bool IsPrintableUtf8(byte[] body)
    {
        try
        {
            new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>A body of unknown length, so the client sends it chunked (no Content-Length).</summary>
    private sealed class UnknownLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}
