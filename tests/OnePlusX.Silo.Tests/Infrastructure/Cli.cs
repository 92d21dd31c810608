using System.Diagnostics;

namespace OnePlusX.Silo.Tests.Infrastructure;

/// <summary>What an account command printed.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>The value of a "name\tvalue" line the command printed (its key starting with <paramref name="key"/>).</summary>
    public string Value(string key) =>
        Output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith(key, StringComparison.Ordinal) && l.Contains('\t'))
            .Select(l => l[(l.LastIndexOf('\t') + 1)..]).FirstOrDefault()
        ?? throw new Xunit.Sdk.XunitException($"The command printed no '{key}':\n{this}");

    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
}

/// <summary>
/// The silo's command line (<c>dotnet OnePlusX.Silo.dll ...</c>, e.g. the system administrator's <c>accounts</c>
/// commands of docs/security.md) against a silo's SQLite database: the one way tests run it.
/// </summary>
public static class Cli
{
    /// <summary>Runs the command against an embedded silo's SQLite file.</summary>
    public static Task<CliResult> RunAsync(string databasePath, IReadOnlyList<string> args) =>
        RunAsync(Path.GetDirectoryName(databasePath)!, args, ["--ConnectionStrings:Sqlite", $"Data Source={databasePath}"]);

    /// <summary>Runs the command with a silo's configuration given as <c>--Key value</c> arguments (any database).</summary>
    public static async Task<CliResult> RunAsync(string workingDirectory, IReadOnlyList<string> args, IEnumerable<string> settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args.Prepend(SiloProcess.SiloAssembly).Concat(settings).Concat(["--Logging:LogLevel:Default", "Warning"]))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(120));
        return new CliResult(process.ExitCode, await output, await error);
    }

}
