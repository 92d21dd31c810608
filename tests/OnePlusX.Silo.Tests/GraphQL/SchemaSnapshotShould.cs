using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace OnePlusX.Silo.Tests.GraphQL;

/// <summary>
/// The gateway's schema, printed by GraphQL.NET, is checked in as GraphQL/schema.graphql, so every change to the public
/// contract shows in review. graphql-js reads the same file to check introspection and to validate the corpus.
/// </summary>
public sealed class SchemaSnapshotShould
{
    [Fact]
    public void MatchTheCheckedInSchema()
    {
        using var services = ConformanceTools.GatewayServices();
        var printed = ConformanceTools.PrintSchema(services.GetRequiredService<ISchema>());
        var path = ConformanceTools.SchemaSnapshot;
        var pending = path + ".new";
        var snapshot = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
        if (printed == snapshot)
        {
            File.Delete(pending);
            return;
        }

        File.WriteAllText(pending, printed);
        Assert.Fail(
            $"""
            {(snapshot is null ? $"There is no schema snapshot at {path} yet" : $"The schema no longer matches {path}: {FirstDifference(snapshot, printed)}")}.
            The new schema is in {pending}. If the change is intended, accept it and commit the snapshot:
                mv {pending} {path}
            """);
    }

    private static string FirstDifference(string expected, string actual)
    {
        var (before, after) = (expected.Split('\n'), actual.Split('\n'));
        var line = 0;
        while (line < before.Length && line < after.Length && before[line] == after[line])
        {
            line++;
        }

        return $"line {line + 1} was \"{(line < before.Length ? before[line] : "(end)")}\", is now \"{(line < after.Length ? after[line] : "(end)")}\"";
    }
}
