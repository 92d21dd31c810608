using System.Net;
using OnePlusX.Silo.Tests.Infrastructure;

namespace OnePlusX.Silo.Tests.Accounts;

/// <summary>
/// The embedded demo's sample accounts: created at first start with random passwords, printed once and kept in a
/// file only the owner can read; a second start leaves them alone; no password is written anywhere in the sources.
/// </summary>
public sealed class DemoAccountsShould
{
    private static readonly Dictionary<string, string> Colleges = new() { ["JLJT"] = "22", ["HBGZ"] = "42", ["SDDZ"] = "37", ["XMGX"] = "35" };

    [Fact]
    public async Task BeCreatedOnceWithRandomPasswordsReadableByTheOwnerOnly()
    {
        var folder = Directory.CreateTempSubdirectory("oneplusx-demo-").FullName;
        try
        {
            var settings = Settings(folder);
            var file = Path.Combine(folder, "demo-accounts.txt");
            string text;
            Dictionary<string, (string Role, string Scope, string Password)> accounts;
            await using (var first = await SiloProcess.StartAsync(settings, folder))
            {
                text = await Eventually.ReadAsync(
                    () => Task.FromResult(File.Exists(file) ? File.ReadAllText(file) : ""), t => t.Contains("client_id"), TimeSpan.FromSeconds(120));
                Assert.True(text.Contains("client_id"), $"No {file} after two minutes.\n{first.Log}");
                accounts = Parse(text);

                if (!OperatingSystem.IsWindows())
                {
                    Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
                }

                Assert.DoesNotContain("failed", text);
                foreach (var (tenant, province) in Colleges)
                {
                    foreach (var role in new[] { "CollegeAdministrator", "SchoolOfficer", "Teacher", "FinanceOfficer" })
                    {
                        Assert.Contains(accounts.Values, a => a.Role == role && a.Scope == tenant);
                    }

                    Assert.Contains(accounts.Values, a => a.Role == "ProvincialCoordinator" && a.Scope == province);
                }

                Assert.Contains(accounts.Values, a => a.Role == "NationalMonitor" && a.Scope == "national");
                Assert.Contains(accounts.Values, a => a.Role == "SystemAdministrator");
                Assert.Equal(accounts.Count, accounts.Values.Select(a => a.Password).Distinct().Count());
                Assert.All(accounts.Values, a => Assert.True(a.Password.Length >= 16 && a.Password.Any(char.IsDigit), a.Password));

                // Printed once, to the console of the first start.
                var printed = await Eventually.ReadAsync(() => Task.FromResult(first.Log), l => l.Contains(accounts["jljt.admin"].Password), TimeSpan.FromSeconds(10));
                Assert.Contains(accounts["jljt.admin"].Password, printed);
            }

            var written = File.GetLastWriteTimeUtc(file);
            await using (var second = await SiloProcess.StartAsync(settings, folder))
            {
                var log = await Eventually.ReadAsync(() => Task.FromResult(second.Log), l => l.Contains("Demo accounts exist"), TimeSpan.FromSeconds(120));
                Assert.Contains("Demo accounts exist", log);
                Assert.DoesNotContain(accounts.Values, a => log.Contains(a.Password));
                Assert.Equal(text, File.ReadAllText(file));
                Assert.Equal(written, File.GetLastWriteTimeUtc(file));

                // The passwords of the first start still work (demo accounts need no first change).
                using var browser = new Browser(second.BaseAddress, IPAddress.Parse("127.0.0.61"));
                var signIn = await browser.SignInAsync("jljt.admin", accounts["jljt.admin"].Password);
                Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
                Assert.Equal("/", signIn.Headers.Location?.OriginalString);
                var college = await Eventually.ReadAsync(async () => (await browser.GetAsync("/api/colleges/JLJT")).StatusCode, s => s == HttpStatusCode.OK, TimeSpan.FromSeconds(30));
                Assert.Equal(HttpStatusCode.OK, college);
            }

            // No fixed password in the sources or the README: nothing the demo printed is written there.
            var sources = Directory.EnumerateFiles(Path.Combine(Repository.Root, "src"), "*", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
                .Append(Path.Combine(Repository.Root, "README.md"))
                .ToList();
            Assert.True(sources.Count > 50, $"only {sources.Count} source files found");
            foreach (var source in sources)
            {
                var content = File.ReadAllText(source);
                Assert.DoesNotContain(accounts, a => content.Contains(a.Value.Password, StringComparison.Ordinal));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task MakeTheFileOwnerOnlyEvenWhenAReadableOneWasLeftThere()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix file modes
        }

        // A file left from an earlier demo (a restored backup, a copy) that others could read.
        var folder = Directory.CreateTempSubdirectory("oneplusx-demo-").FullName;
        try
        {
            var file = Path.Combine(folder, "demo-accounts.txt");
            File.WriteAllText(file, "left over\n");
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

            await using var silo = await SiloProcess.StartAsync(Settings(folder), folder);
            var text = await Eventually.ReadAsync(() => Task.FromResult(File.ReadAllText(file)), t => t.Contains("client_id"), TimeSpan.FromSeconds(120));
            Assert.True(text.Contains("client_id"), $"No accounts in {file} after two minutes.\n{silo.Log}");
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Dictionary<string, string> Settings(string folder) => new()
    {
        ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(folder, "oneplusx.db")}",
        ["OnePlusX:Silo:SeedDemoData"] = "true",
    };

    /// <summary>The account lines of demo-accounts.txt: user, role, tenant/province/national, password.</summary>
    private static Dictionary<string, (string Role, string Scope, string Password)> Parse(string text)
    {
        var accounts = new Dictionary<string, (string, string, string)>();
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("# client_id", StringComparison.Ordinal))
            {
                break;
            }

            var fields = line.Split('\t');
            if (!line.StartsWith('#') && fields.Length == 4)
            {
                accounts.Add(fields[0], (fields[1], fields[2], fields[3]));
            }
        }

        return accounts;
    }
}
