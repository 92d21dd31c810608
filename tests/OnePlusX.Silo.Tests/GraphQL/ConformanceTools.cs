using System.ComponentModel;
using System.Diagnostics;
using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OnePlusX.GraphQL;
using OnePlusX.Silo.Tests.Infrastructure;

namespace OnePlusX.Silo.Tests.GraphQL;

/// <summary>
/// What the conformance and snapshot tests share: the repository's files (found from OnePlusX.sln, so nothing is
/// copied to the test output), the gateway's schema built in this process, and the Node scripts of
/// tests/graphql-conformance (graphql-js and graphql-http, installed by <c>npm ci</c>).
/// </summary>
public static class ConformanceTools
{
    /// <summary>tests/graphql-conformance: package.json, the scripts and the corpus.</summary>
    public static string ConformanceFolder => Path.Combine(Repository.Root, "tests", "graphql-conformance");

    public static string CorpusFolder => Path.Combine(ConformanceFolder, "corpus");

    /// <summary>The checked-in SDL of the gateway's schema, as GraphQL.NET prints it.</summary>
    public static string SchemaSnapshot => Path.Combine(Repository.Root, "tests", "OnePlusX.Silo.Tests", "GraphQL", "schema.graphql");

    /// <summary>
    /// The gateway's services without a silo: enough to build and print the schema, or validate against it
    /// (resolvers, which need the read models and grains, never run).
    /// </summary>
    public static ServiceProvider GatewayServices()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddGraphQLGateway();
        return services.BuildServiceProvider();
    }

    /// <summary>The schema's SDL from GraphQL.NET's printer: descriptions included, definitions sorted, "\n" line ends.</summary>
    public static string PrintSchema(ISchema schema) =>
        schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";

    /// <summary>Runs <c>node script arguments...</c> in tests/graphql-conformance and returns its exit code and output.</summary>
    public static async Task<NodeResult> NodeAsync(string script, params string[] arguments)
    {
        foreach (var package in new[] { "graphql", "graphql-http" })
        {
            if (!File.Exists(Path.Combine(ConformanceFolder, "node_modules", package, "package.json")))
            {
                throw new InvalidOperationException(
                    $"The npm package '{package}' is not installed in {ConformanceFolder}. From the repository root run " +
                    "`npm ci --prefix tests/graphql-conformance` (.ci/run does so before `dotnet test`).");
            }
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = ConformanceFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException("Node.js is needed for the GraphQL conformance tests: `node` was not found on PATH.", ex);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"node {script} did not finish within two minutes.");
            }

            return new NodeResult(process.ExitCode, await output, await errors);
        }
    }

}

/// <summary>How a Node script ended.</summary>
public sealed record NodeResult(int ExitCode, string Output, string Errors)
{
    public override string ToString() => $"exit code {ExitCode}\n{Output}{Errors}";
}
