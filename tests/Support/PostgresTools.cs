using System.Diagnostics;

namespace OnePlusX.Testing;

/// <summary>
/// What the tests and the benchmarks both need to run a throwaway PostgreSQL from the machine's binaries.
/// PostgreSQL refuses to run as root, so under root (CI) its programs run as the <c>postgres</c> system user.
/// </summary>
internal static class PostgresTools
{
    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>The newest /usr/lib/postgresql/*/bin holding every program named.</summary>
    public static string FindBinaries(params string[] programs)
    {
        var versions = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => programs.All(p => File.Exists(Path.Combine(d, p))))
                .OrderByDescending(d => d, StringComparer.Ordinal).ToList()
            : [];
        return versions.FirstOrDefault()
            ?? throw new InvalidOperationException(
                $"PostgreSQL server binaries ({string.Join(", ", programs)}) were not found under /usr/lib/postgresql; .ci/run installs them.");
    }


    /// <summary>Runs a program (as the postgres user when asked and running as root); returns its output or throws with it.</summary>
    public static async Task<string> RunAsync(string file, IReadOnlyList<string> arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres && IsRoot ? "runuser" : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (asPostgres && IsRoot)
        {
            foreach (var argument in (string[])["-u", "postgres", "--", file])
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var all = await output + await error;
        return process.ExitCode == 0
            ? all
            : throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited {process.ExitCode}: {all}");
    }
}
