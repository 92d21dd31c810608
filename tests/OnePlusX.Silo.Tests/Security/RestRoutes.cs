using System.Text.RegularExpressions;
using OnePlusX.Silo.Tests.Infrastructure;

namespace OnePlusX.Silo.Tests.Security;

/// <summary>A route the service maps: its methods and template, e.g. GET /api/colleges/{code}.</summary>
public sealed record RestRoute(IReadOnlyList<string> Methods, string Template)
{
    /// <summary>The names of its parameters (<c>{code}</c>, <c>{id:int}</c>, <c>{*path}</c>).</summary>
    public IReadOnlyList<string> Parameters => Regex.Matches(Template, @"\{\*?([A-Za-z0-9_]+)[^}]*\}").Select(m => m.Groups[1].Value).ToList();

    public override string ToString() => $"{string.Join('|', Methods)} {Template}";
}

/// <summary>One generated REST call: a path template with marks, like <see cref="GraphCall"/> for GraphQL.</summary>
public sealed record RestCall(RestRoute Route, string Method, string Probe, string PathTemplate, string Kind, string? BodyTemplate = null)
{
    public override string ToString() => $"{Method} {Route.Template} [{Probe}]";
}

/// <summary>
/// The silo runs in its own process, so its endpoint table cannot be read here: the routes are read from the
/// source instead (every <c>Map…("…")</c> under src/, with the prefix of the <c>MapGroup</c> it hangs on). Every
/// route under <c>/api/</c> is in the matrix: a GET is called as it is, each parameter set to each kind of
/// identifying value. A route with another method needs a body, which <see cref="Bodies"/> gives (the one list to
/// extend); a test fails when a route lacks one.
/// </summary>
public static partial class RestRoutes
{
    /// <summary>JSON bodies, with marks, for the /api routes that are not GETs, by "METHOD /template".</summary>
    public static readonly IReadOnlyDictionary<string, string> Bodies = new Dictionary<string, string>
    {
        // A roster is a file; a JSON body is read as a (bad) CSV file, which is what a stranger could send.
        ["POST /api/projects/{project}/roster"] = $$"""{"学号": "{{Marks.Fill}}"}""",
    };

    public static IReadOnlyList<RestRoute> Discover()
    {
        var routes = new List<RestRoute>();
        var source = Path.Combine(Repository.Root, "src");
        foreach (var file in Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains("node_modules", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            var groups = GroupPattern().Matches(text).ToDictionary(m => m.Groups["var"].Value, m => m.Groups["prefix"].Value);
            foreach (Match map in MapPattern().Matches(text))
            {
                var prefix = groups.GetValueOrDefault(map.Groups["on"].Value, "");
                var methods = map.Groups["verb"].Value switch
                {
                    "Methods" => Regex.Matches(map.Groups["methods"].Value, "\"([A-Z]+)\"").Select(m => m.Groups[1].Value).ToList(),
                    "" => ["*"],
                    var verb => [verb.ToUpperInvariant()],
                };
                routes.Add(new RestRoute(methods, Join(prefix, map.Groups["path"].Value)));
            }
        }

        return routes.DistinctBy(r => r.ToString()).OrderBy(r => r.Template, StringComparer.Ordinal).ToList();
    }

    /// <summary>The /api routes: the service's data endpoints.</summary>
    public static IReadOnlyList<RestRoute> Api() => Discover().Where(r => r.Template.StartsWith("/api/", StringComparison.Ordinal)).ToList();

    /// <summary>
    /// The calls of a route, for GET and for each method with a body in <see cref="Bodies"/>: all parameters filled,
    /// then each set to each kind of value, then all to the tenant.
    /// </summary>
    public static IEnumerable<RestCall> Calls(RestRoute route, IReadOnlyCollection<string> idTypes)
    {
        foreach (var method in route.Methods)
        {
            var verb = method == "*" ? "GET" : method;
            if (verb == "GET" || Bodies.ContainsKey($"{verb} {route.Template}"))
            {
                foreach (var call in Calls(route, verb, Bodies.GetValueOrDefault($"{verb} {route.Template}"), idTypes))
                {
                    yield return call;
                }
            }
        }
    }

    private static IEnumerable<RestCall> Calls(RestRoute route, string method, string? body, IReadOnlyCollection<string> idTypes)
    {
        var parameters = route.Parameters;
        var marks = new List<(string Kind, string Mark)> { ("Tenant", Marks.Tenant), ("Province", Marks.Province), ("City", Marks.City) };
        marks.AddRange(idTypes.Select(t => ("Id", Marks.Id(t))));
        RestCall Make(string probe, string kind, IReadOnlyDictionary<string, string> values) =>
            new(route, method, probe, ParameterPattern().Replace(route.Template, m => values.GetValueOrDefault(m.Groups[1].Value, Marks.Fill)), kind, body);

        yield return Make("baseline", "Baseline", new Dictionary<string, string>());
        foreach (var parameter in parameters)
        {
            foreach (var (kind, mark) in marks)
            {
                yield return Make($"{parameter} = {mark}", kind, new Dictionary<string, string> { [parameter] = mark });
            }
        }

        if (parameters.Count > 1)
        {
            yield return Make($"all = {Marks.Tenant}", "Tenant", parameters.ToDictionary(p => p, _ => Marks.Tenant));
        }
    }

    private static string Join(string prefix, string path)
    {
        var joined = (prefix.TrimEnd('/') + "/" + path.TrimStart('/')).TrimEnd('/');
        return joined.Length == 0 ? "/" : joined.StartsWith('/') ? joined : "/" + joined;
    }

    [GeneratedRegex("""var\s+(?<var>\w+)\s*=\s*\w+\.MapGroup\(\s*"(?<prefix>[^"]*)"\s*\)""")]
    private static partial Regex GroupPattern();

    [GeneratedRegex("""(?<on>\w+)\.Map(?<verb>Get|Post|Put|Delete|Patch|Methods|)\(\s*"(?<path>[^"]*)"(\s*,\s*\[(?<methods>[^\]]*)\])?""")]
    private static partial Regex MapPattern();

    [GeneratedRegex(@"\{\*?([A-Za-z0-9_]+)[^}]*\}")]
    private static partial Regex ParameterPattern();
}
