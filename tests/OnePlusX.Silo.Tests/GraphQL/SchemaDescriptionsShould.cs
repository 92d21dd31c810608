using System.Text.RegularExpressions;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace OnePlusX.Silo.Tests.GraphQL;

/// <summary>
/// The schema documents itself in the IDE: every type, field, argument, input field and enum value of ours has a
/// description in English that carries the Chinese term.
/// </summary>
public sealed partial class SchemaDescriptionsShould
{
    [Fact]
    public void DescribeEveryTypeFieldArgumentAndValueInEnglishWithTheChineseTerm()
    {
        using var services = ConformanceTools.GatewayServices();
        var schema = services.GetRequiredService<ISchema>();
        schema.Initialize();
        var missing = new List<string>();
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !BuiltIn.Contains(t.Name)))
        {
            Check(type.Name, type.Description, missing);
            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    Check($"{type.Name}.{field.Name}", field.Description, missing);
                    foreach (var argument in field.Arguments ?? [])
                    {
                        Check($"{type.Name}.{field.Name}({argument.Name})", argument.Description, missing);
                    }
                }
            }

            if (type is EnumerationGraphType enumeration)
            {
                foreach (var value in enumeration.Values)
                {
                    Check($"{type.Name}.{value.Name}", value.Description, missing);
                }
            }
        }

        Assert.True(missing.Count == 0, $"{missing.Count} without an English description carrying the Chinese term:\n{string.Join('\n', missing)}");
    }

    // GraphQL's own scalars and GraphQL.NET's Relay types (PageInfo, edges, connections) are described by the library.
    private static readonly HashSet<string> BuiltIn = ["String", "Int", "Float", "Boolean", "ID", "Decimal", "Long", "DateTime", "DateTimeOffset", "PageInfo"];

    private static void Check(string what, string? description, List<string> missing)
    {
        if (what.EndsWith("Connection", StringComparison.Ordinal) || what.EndsWith("Edge", StringComparison.Ordinal)
            || what.Contains("Connection.", StringComparison.Ordinal) || what.Contains("Edge.", StringComparison.Ordinal) || what.StartsWith("PageInfo", StringComparison.Ordinal))
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(description) || !Chinese().IsMatch(description) || !Latin().IsMatch(description))
        {
            missing.Add($"{what}: {description ?? "(none)"}");
        }
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex Latin();
}
