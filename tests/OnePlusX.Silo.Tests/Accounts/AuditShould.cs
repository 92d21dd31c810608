using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using OnePlusX.Silo.Tests.Infrastructure;

namespace OnePlusX.Silo.Tests.Accounts;

public sealed class AuditSilo : AccountsSilo
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();
}

/// <summary>Security events in audit_log, read from the SQLite file: who, tenant, what, from where, when; append-only.</summary>
public sealed class AuditShould(AuditSilo silo) : IClassFixture<AuditSilo>
{
    [Fact]
    public async Task RecordAccountCreationSignInsAndFailedSignIns()
    {
        var start = DateTimeOffset.UtcNow.AddSeconds(-1);
        var password = await silo.CreateUserAsync("audit.teacher", "Teacher", tenant: "JLJT");
        var created = (await silo.AuditAsync("account.created", $"cli:{Environment.UserName}")).Single(r => r.Detail!.StartsWith("audit.teacher ", StringComparison.Ordinal));
        Assert.Equal(("JLJT", "system", "audit.teacher (Teacher)"), (created.Tenant, created.Origin, created.Detail));

        using (var browser = silo.Browser("127.0.0.71"))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync("audit.teacher", password)).StatusCode);
        }

        using (var browser = silo.Browser("127.0.0.72"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await browser.SignInAsync("audit.teacher", password + "!")).StatusCode);
        }

        using (var browser = silo.Browser("127.0.0.73"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await browser.SignInAsync("audit.nobody", password)).StatusCode);
        }

        var end = DateTimeOffset.UtcNow.AddSeconds(1);
        var signIn = Assert.Single(await silo.AuditAsync("sign-in", "audit.teacher"));
        Assert.Equal(("JLJT", "127.0.0.71", null), (signIn.Tenant, signIn.Origin, signIn.Detail));
        var wrong = Assert.Single(await silo.AuditAsync("sign-in.failed", "audit.teacher"));
        Assert.Equal(("JLJT", "127.0.0.72", "wrong-password"), (wrong.Tenant, wrong.Origin, wrong.Detail));
        var unknown = Assert.Single(await silo.AuditAsync("sign-in.failed", "audit.nobody"));
        Assert.Equal((null, "127.0.0.73", "unknown"), (unknown.Tenant, unknown.Origin, unknown.Detail));
        Assert.All(new[] { created, signIn, wrong, unknown }, r => Assert.InRange(r.OccurredAt, start, end));
        Assert.True(created.OccurredAt <= signIn.OccurredAt && signIn.OccurredAt <= wrong.OccurredAt && wrong.OccurredAt <= unknown.OccurredAt);
    }

    [Fact]
    public async Task RecordTheRegistrationOfAClientAndEachTokenIssuedToIt()
    {
        var start = DateTimeOffset.UtcNow.AddSeconds(-1);
        var registered = await silo.AccountsAsync("create-client", "--display", "国家监测导出", "--scope", "monitoring.export");
        Assert.True(registered.ExitCode == 0, registered.ToString());
        var (clientId, secret) = (registered.Value("client_id"), registered.Value("client_secret"));
        var registration = (await silo.AuditAsync("client.registered", $"cli:{Environment.UserName}")).Single(r => r.Detail!.StartsWith(clientId, StringComparison.Ordinal));
        Assert.Equal((null, "system"), (registration.Tenant, registration.Origin));

        using var integration = silo.Browser("127.0.0.74");
        var token = await integration.PostFormAsync("/connect/token", new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret, ["scope"] = "monitoring.export",
        });
        Assert.True(token.StatusCode == HttpStatusCode.OK, await token.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrEmpty((await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()));

        var issued = Assert.Single(await silo.AuditAsync("oauth.token", clientId));
        Assert.Equal((null, "127.0.0.74", "client_credentials monitoring.export"), (issued.Tenant, issued.Origin, issued.Detail));
        Assert.InRange(issued.OccurredAt, start, DateTimeOffset.UtcNow.AddSeconds(1));
    }

    [Fact]
    public async Task RefuseToUpdateOrDeleteAnAuditRow()
    {
        using (var browser = silo.Browser("127.0.0.75"))
        {
            await browser.SignInAsync("audit.tamper", "guess");
        }

        var row = Assert.Single(await silo.AuditAsync("sign-in.failed", "audit.tamper"));
        var count = AuditRows.Count(silo.DatabasePath, "audit_log");
        using (var connection = AuditRows.Open(silo.DatabasePath))
        {
            foreach (var sql in new[]
            {
                $"UPDATE audit_log SET actor = 'someone.else', origin = '10.0.0.1' WHERE id = {row.Id}",
                $"DELETE FROM audit_log WHERE id = {row.Id}",
                "DELETE FROM audit_log",
            })
            {
                using var command = connection.CreateCommand();
                command.CommandText = sql;
                var refused = Assert.Throws<SqliteException>(() => command.ExecuteNonQuery());
                Assert.Contains("audit_log is append-only", refused.Message);
            }
        }

        Assert.Equal(count, AuditRows.Count(silo.DatabasePath, "audit_log"));
        Assert.Equal(row, Assert.Single(AuditRows.Read(silo.DatabasePath, "sign-in.failed", "audit.tamper")));
    }
}

public sealed class SeededAuditSilo : AccountsSilo
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["OnePlusX:Silo:SeedDemoData"] = "true" };
}

/// <summary>A change made through the API is audited with who made it and from which address (issue 5, Audit).</summary>
public sealed class MutationAuditShould(SeededAuditSilo silo) : IClassFixture<SeededAuditSilo>
{
    [Fact]
    public async Task RecordWhoChangedACollegeAndFromWhere()
    {
        var password = await silo.CreateUserAsync("audit.office", "CollegeAdministrator", tenant: "JLJT");
        using var browser = silo.Browser("127.0.0.76");
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync("audit.office", password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.ChangePasswordAsync(password, "Audit-office-2026-pass")).StatusCode);

        var added = await Eventually.ReadAsync(
            () => browser.GraphQLAsync("""mutation { addSchool(input: { code: "AUD1", name: "审计学院" }) { college { code } errors { __typename message } } }"""),
            answer => answer.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object,
            TimeSpan.FromSeconds(30));
        Assert.Equal("JLJT", added.GetProperty("data").GetProperty("addSchool").GetProperty("college").GetProperty("code").GetString());

        var entry = Assert.Single(await silo.AuditAsync("college.school-added", "audit.office"));
        Assert.Equal(("JLJT", "127.0.0.76", "AUD1"), (entry.Tenant, entry.Origin, entry.Detail));
    }
}
