using System.Reflection;
using System.Text.RegularExpressions;

namespace OnePlusX.Policies.Tests;

/// <summary>
/// The rule catalogue (docs/rules.md) and the code agree: every rule has a test named with its ID, every ID the
/// policies cite exists, and docs/policies.md says where each rule lives.
/// </summary>
public sealed partial class RuleCatalogShould
{
    private static readonly string Root = FindRoot();

    [Fact]
    public void HaveATestNamedWithEveryRuleId()
    {
        var testNames = typeof(RuleCatalogShould).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttributes<FactAttribute>(inherit: true).Any())
            .Select(m => m.Name)
            .ToList();

        var untested = CatalogueIds().Where(id => !testNames.Any(name => NamesRule(name, id))).ToList();

        Assert.True(untested.Count == 0, $"Rules without a test named with their ID: {string.Join(", ", untested)}");
    }

    [Fact]
    public void KnowEveryRuleIdThePoliciesCite()
    {
        var known = CatalogueIds().ToHashSet();
        var cited = Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))

            // Demo station codes such as "XM-BIM" look like rule IDs but are not citations.
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Demo{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => CitedId().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Id: m.Groups["id"].Value)))
            .Where(c => !known.Contains(c.Id))
            .Select(c => $"{c.Id} in {c.File}")
            .Distinct()
            .ToList();

        Assert.True(cited.Count == 0, $"IDs cited in code but not in docs/rules.md: {string.Join(", ", cited)}");
    }

    [Fact]
    public void ListEveryRuleInThePoliciesDocument()
    {
        var document = File.ReadAllText(Path.Combine(Root, "docs", "policies.md"));

        var missing = CatalogueIds().Where(id => !Regex.IsMatch(document, $@"^\|\s*{Regex.Escape(id)}\s*\|", RegexOptions.Multiline)).ToList();

        Assert.True(missing.Count == 0, $"Rules missing from docs/policies.md's table: {string.Join(", ", missing)}");
    }

    [Fact]
    public void ReadTheWholeCatalogue()
    {
        var ids = CatalogueIds().ToList();

        // 12 national, 18 JLJT, 7 HBGZ, 8 SDDZ, 7 XMGX rules: a parsing slip would make the other tests pass vacuously.
        Assert.Equal(52, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    private static IEnumerable<string> CatalogueIds() =>
        CatalogueRow().Matches(File.ReadAllText(Path.Combine(Root, "docs", "rules.md"))).Select(m => m.Groups["id"].Value);

    /// <summary>A test names a rule when its name contains the ID with underscores as a whole part: ..._JL_PAY_3 or ..._JL_PAY_3_JL_PAY_4.</summary>
    private static bool NamesRule(string testName, string id) =>
        Regex.IsMatch(testName, $"(^|_){Regex.Escape(id.Replace('-', '_'))}(_|$)");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OnePlusX.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("OnePlusX.sln not found above the test's directory.");
    }

    [GeneratedRegex(@"^\|\s*(?<id>(NAT|JL|HB|SD|XM)-[A-Z]+(-[A-Z0-9]+)?)\s*\|", RegexOptions.Multiline)]
    private static partial Regex CatalogueRow();

    [GeneratedRegex(@"""(?<id>(NAT|JL|HB|SD|XM)-[A-Z]+(-[A-Z0-9]+)?)[""\.]")]
    private static partial Regex CitedId();
}
