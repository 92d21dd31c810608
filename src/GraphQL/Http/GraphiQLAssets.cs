using Microsoft.AspNetCore.Http;

namespace OnePlusX.GraphQL.Http;

/// <summary>The GraphiQL page and its assets, embedded in this assembly at build time from npm (Http/Ide).</summary>
public static class GraphiQLAssets
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        ["index.html"] = "text/html; charset=utf-8",
        ["start.js"] = "text/javascript; charset=utf-8",
        ["graphiql.min.js"] = "text/javascript; charset=utf-8",
        ["graphiql.min.css"] = "text/css; charset=utf-8",
        ["react.production.min.js"] = "text/javascript; charset=utf-8",
        ["react-dom.production.min.js"] = "text/javascript; charset=utf-8",
    };

    /// <summary>True when a GET to /graphql comes from a browser that wants the IDE rather than a query result.</summary>
    public static bool WantsIde(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && !request.Query.ContainsKey("query") && !request.Query.ContainsKey("documentId")
        && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    public static async Task<bool> TryServeAsync(HttpContext context, string file)
    {
        if (!ContentTypes.TryGetValue(file, out var contentType))
        {
            return false;
        }

        await using var stream = typeof(GraphiQLAssets).Assembly.GetManifestResourceStream($"OnePlusX.GraphQL.Ide.{file}");
        if (stream is null)
        {
            return false;
        }

        context.Response.ContentType = contentType;
        context.Response.Headers.CacheControl = file == "index.html" ? "no-cache" : "public, max-age=86400";
        context.Response.Headers["Content-Security-Policy"] = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:";
        await stream.CopyToAsync(context.Response.Body, context.RequestAborted);
        return true;
    }
}
