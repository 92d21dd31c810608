using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using OnePlusX.Exports;
using OnePlusX.Security;
using OnePlusX.Silo.Exports;
using OnePlusX.Silo.ReferenceData;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.Tests.Exports;

/// <summary>
/// National monitoring exports (NAT-MON-1) on the embedded default, end to end over real HTTP: a job started over
/// GraphQL runs in the silo after the request has ended, reports its progress, and its file is downloaded with the
/// same credentials through a link that expires; every dataset in every format holds exactly the read model's rows.
/// </summary>
public sealed class MonitoringExportsShould(ExportSilo silo) : IClassFixture<ExportSilo>
{
    [Fact]
    public async Task ExportEveryDatasetInEveryFormatRowForRowAsTheReadModelHoldsIt_NAT_MON_1()
    {
        await using var connection = new SqliteConnection(silo.ConnectionString);
        await connection.OpenAsync();
        foreach (var dataset in Enum.GetValues<ExportDataset>())
        {
            foreach (var format in Enum.GetValues<ExportFormat>())
            {
                var job = await silo.National.ExportAsync(dataset, format);
                var asOf = DateOnly.Parse(job.GetProperty("asOf").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
                using var download = await silo.National.GetAsync(await silo.National.LinkAsync(job.GetProperty("id").GetString()!));
                Assert.Equal(HttpStatusCode.OK, download.StatusCode);

                var expected = await ExportFixture.ExpectedAsync(connection, dataset, asOf);
                ExportFiles.AssertRows(expected, ExportFiles.Read(format, await download.Content.ReadAsByteArrayAsync(), dataset), format, dataset);
                Assert.Equal(expected.Count, job.GetProperty("rowsWritten").GetInt32());
                Assert.Equal(expected.Count, job.GetProperty("totalRows").GetInt32());
            }
        }
    }

    [Fact]
    public async Task JudgeTheCostCapInForceAndThePlatformDeadlineOnTheJobsDay_NAT_MON_1_NAT_COST_1()
    {
        // Hand-computed from the fixture: WEB-FE level 2 has caps 400 (2024), 360 (2025) and 1 (2099, not yet in force).
        var projects = await ExportedAsync(ExportDataset.Projects);
        var status = projects.ToDictionary(r => $"{r[0]}/{r[4]}", r => (Cap: r[15], Status: r[18]));
        Assert.Equal((360m, "OVER"), ((decimal?)status["EXA/WEB-FE-2-2025"].Cap, status["EXA/WEB-FE-2-2025"].Status)); // fee 380 > 360
        Assert.Equal((null, "NO_CAP"), ((decimal?)status["EXA/WEB-FE-1-2024"].Cap, status["EXA/WEB-FE-1-2024"].Status)); // no level-1 cap
        Assert.Equal((600m, "OVER"), ((decimal?)status["EXB/BIG-DA-3-2025"].Cap, status["EXB/BIG-DA-3-2025"].Status)); // exam cost 620 > 600
        Assert.Equal((360m, "WITHIN"), ((decimal?)status["EXC/WEB-FE-2-2025"].Cap, status["EXC/WEB-FE-2-2025"].Status));
        Assert.Equal((360m, "NO_FEE"), ((decimal?)status["EXC/WEB-FE-2-2024"].Cap, status["EXC/WEB-FE-2-2024"].Status));

        var certificates = await ExportedAsync(ExportDataset.Certificates);
        Assert.Equal(["EXP-0001 ENTERED", "EXP-0002 OVERDUE", "EXP-0003 DUE"], certificates.Select(r => $"{r[0]} {r[15]}")); // EXP-0009 is only claimed
    }

    [Fact]
    public async Task RunAsAJobWithProgressThenServeTheFileToItsOwnerOnly_NAT_MON_1()
    {
        var (queued, errors) = await silo.National.StartAsync(ExportDataset.Registrations, ExportFormat.Csv, "22", 2025);
        Assert.Empty(errors);
        Assert.True(queued.GetProperty("status").GetString() is "QUEUED" or "RUNNING" or "SUCCEEDED", queued.ToString());
        var id = queued.GetProperty("id").GetString()!;
        var job = await silo.National.FinishedAsync(id);

        // EXA's three 2025 registrations and EXC's one: province 22, pilot year 2025 (EXB is in 42; EXA's 2024 one is out).
        Assert.Equal((4, 4, 100.0), (job.GetProperty("rowsWritten").GetInt32(), job.GetProperty("totalRows").GetInt32(), job.GetProperty("percent").GetDouble()));
        Assert.Equal(("22", 2025), (job.GetProperty("provinceCode").GetString(), job.GetProperty("year").GetInt32()));
        Assert.Equal($"registrations-{job.GetProperty("asOf").GetString()!.Replace("-", "", StringComparison.Ordinal)}-22-2025.csv", job.GetProperty("fileName").GetString());
        var expires = job.GetProperty("download").GetProperty("expiresAt").GetDateTimeOffset();
        Assert.InRange(expires, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow + ExportSilo.LinkLifetime + TimeSpan.FromSeconds(1));

        var url = await silo.National.LinkAsync(id);
        using var owner = await silo.National.GetAsync(url);
        using var stranger = await silo.OtherNational.GetAsync(url);
        using var anonymous = await silo.Anonymous.GetAsync(url);
        using var province = await silo.ProvincialClient.GetAsync(url);
        using var coordinator = await silo.Coordinator.GetAsync(url);
        using var tampered = await silo.National.GetAsync(url[..^6] + (url.EndsWith("AAAAAA", StringComparison.Ordinal) ? "BBBBBB" : "AAAAAA"));
        using var tokenless = await silo.National.GetAsync(url[..url.IndexOf('?', StringComparison.Ordinal)]);

        Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
        Assert.Equal("text/csv", owner.Content.Headers.ContentType?.MediaType);
        Assert.Equal(job.GetProperty("fileName").GetString(), owner.Content.Headers.ContentDisposition?.FileNameStar ?? owner.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal((long)job.GetProperty("fileBytes").GetDouble(), owner.Content.Headers.ContentLength);
        var file = ExportFiles.Read(ExportFormat.Csv, await owner.Content.ReadAsByteArrayAsync(), ExportDataset.Registrations);
        Assert.Equal(["EXA", "EXA", "EXA", "EXC"], file.Rows.Select(r => (string)r[0]!));

        // The link is not a bearer of access: another national caller, a provincial one and nobody get nothing (a
        // provincial client cannot hold the monitoring.export scope, so it is stopped before the link is looked at).
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, province.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, coordinator.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, tampered.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tokenless.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await silo.OtherNational.JobAsync(id)).ValueKind);
        var theirs = await silo.OtherNational.GraphAsync("{ exportJobs(first: 100) { totalCount items { id } } }");
        Assert.DoesNotContain(id, theirs.GetProperty("data").GetProperty("exportJobs").GetProperty("items").EnumerateArray().Select(j => j.GetProperty("id").GetString()));
        var mine = await silo.National.GraphAsync("{ exportJobs(first: 100, where: { dataset: REGISTRATIONS, status: SUCCEEDED }) { items { id } } }");
        Assert.Contains(id, mine.GetProperty("data").GetProperty("exportJobs").GetProperty("items").EnumerateArray().Select(j => j.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task StartAndDownloadWithASignedInMonitorsSessionCookie_NAT_MON_1()
    {
        var job = await silo.Monitor.ExportAsync(ExportDataset.WeeklyReports, ExportFormat.JsonLines, "42");
        using var download = await silo.Monitor.GetAsync(await silo.Monitor.LinkAsync(job.GetProperty("id").GetString()!));

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/jsonl", download.Content.Headers.ContentType?.MediaType);
        var row = Assert.Single(ExportFiles.Read(ExportFormat.JsonLines, await download.Content.ReadAsByteArrayAsync(), ExportDataset.WeeklyReports).Rows);
        Assert.Equal(("EXB", ExportFixture.FormulaName, true), (row[0], row[1], row[9]));
    }

    [Fact]
    public async Task AnswerAnExpiredLinkWithGone_NAT_MON_1()
    {
        var job = await silo.National.ExportAsync(ExportDataset.Projects, ExportFormat.Csv);
        var url = await silo.National.LinkAsync(job.GetProperty("id").GetString()!);

        await Task.Delay(ExportSilo.LinkLifetime + TimeSpan.FromSeconds(1.5));
        using var expired = await silo.National.GetAsync(url);
        using var fresh = await silo.National.GetAsync(await silo.National.LinkAsync(job.GetProperty("id").GetString()!));

        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Equal("token", JsonDocument.Parse(await expired.Content.ReadAsStringAsync()).RootElement.GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Fact]
    public async Task RefuseCallersWithoutANationalScope_NAT_MON_1()
    {
        // Over the API a provincial caller is stopped at the gate: a coordinator has no exporter's role, a provincial
        // client cannot be registered with the monitoring.export scope.
        var client = await silo.ProvincialClient.GraphAsync("mutation { startExport(input: { dataset: REGISTRATIONS, format: CSV, where: { provinceCode: \"22\" } }) { errors { message } } }");
        var coordinator = await silo.Coordinator.GraphAsync("mutation { startExport(input: { dataset: REGISTRATIONS, format: CSV }) { errors { message } } }");
        Assert.Equal("AUTH_NOT_AUTHORIZED", client.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("AUTH_NOT_AUTHORIZED", coordinator.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        // Behind the gate the export service refuses a provincial scope itself with the rule, and queues nothing.
        await using var database = new Database(new StorageOptions { Sqlite = silo.ConnectionString });
        var options = Options.Create(new ExportOptions());
        var exports = new MonitoringExports(new ExportJobStore(database), new ExportLinks(new EphemeralDataProtectionProvider(), options, TimeProvider.System),
            new ExportSignal(), ReferenceCatalog.Load(), options, TimeProvider.System);
        var jilin = new AccessScope(ScopeKind.Province, null, "22", new HashSet<string> { Roles.IntegrationClient }, "test-provincial-exporter");

        var refused = await exports.StartAsync(jilin, new StartExport(ExportDataset.Registrations, ExportFormat.Csv, new ExportFilter("22", 2025)), CancellationToken.None);

        Assert.False(refused.Succeeded);
        Assert.Equal("REFUSED", refused.Error!.Code);
        Assert.Equal(["NAT-MON-1"], refused.Error.RuleIds);
        Assert.Empty((await exports.ListAsync(jilin, new ExportJobFilter(null, null), false, 0, 10, CancellationToken.None)).Items);
    }

    [Fact]
    public async Task RefuseAClientWhoseTokenLacksTheMonitoringExportScope_NAT_MON_1()
    {
        // A national client registered for the credit bank has a national scope but not the monitoring.export scope:
        // it may neither start nor list exports, nor download a file, even holding a valid link of someone else's.
        var job = await silo.National.ExportAsync(ExportDataset.Projects, ExportFormat.Csv);
        var link = await silo.National.LinkAsync(job.GetProperty("id").GetString()!);

        var start = await silo.CreditBankClient.GraphAsync("mutation { startExport(input: { dataset: PROJECTS, format: CSV }) { errors { message } } }");
        var list = await silo.CreditBankClient.GraphAsync("{ exportJobs(first: 10) { totalCount } }");
        using var download = await silo.CreditBankClient.GetAsync(link);

        foreach (var answer in new[] { start, list })
        {
            var error = answer.GetProperty("errors")[0];
            Assert.Equal("AUTH_NOT_AUTHORIZED", error.GetProperty("extensions").GetProperty("code").GetString());
            Assert.Contains("monitoring.export", error.GetProperty("message").GetString(), StringComparison.Ordinal);
            Assert.False(answer.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object, $"executed: {answer}");
        }

        Assert.Equal(HttpStatusCode.Forbidden, download.StatusCode);
    }

    [Theory]
    [InlineData(ExportDataset.Registrations, "99", null, "where.provinceCode")]
    [InlineData(ExportDataset.Registrations, null, 1900, "where.year")]
    [InlineData(ExportDataset.WeeklyReports, null, 2025, "where.year")]
    public async Task RefuseABadFilterNamingTheField_NAT_MON_1(ExportDataset dataset, string? province, int? year, string field)
    {
        var (job, errors) = await silo.National.StartAsync(dataset, ExportFormat.Csv, province, year);

        Assert.Equal(JsonValueKind.Null, job.ValueKind);
        var error = Assert.Single(errors);
        Assert.Equal(("ValidationError", field), (error.GetProperty("__typename").GetString(), error.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task ReadOnlyTheRowsOfTheJobsScope_NAT_MON_1()
    {
        // A provincial scope (should coordinators be admitted later) sees its province's rows only, whatever it filters.
        await using var database = new Database(new StorageOptions { Sqlite = silo.ConnectionString });
        var runner = new ExportRunner(database);
        var jilin = new AccessScope(ScopeKind.Province, null, "22", new HashSet<string>(), "test-coordinator");
        foreach (var dataset in Enum.GetValues<ExportDataset>())
        {
            var own = await RunAsync(runner, dataset, jilin, ExportFilter.None);
            var other = await RunAsync(runner, dataset, jilin, new ExportFilter("42", null));

            Assert.NotEmpty(own.Rows);
            Assert.All(own.Rows, row => Assert.NotEqual("EXB", row[dataset == ExportDataset.Certificates ? 1 : 0]));
            Assert.Empty(other.Rows);
        }
    }

    private async Task<IReadOnlyList<object?[]>> ExportedAsync(ExportDataset dataset)
    {
        var job = await silo.National.ExportAsync(dataset, ExportFormat.JsonLines);
        using var download = await silo.National.GetAsync(await silo.National.LinkAsync(job.GetProperty("id").GetString()!));
        return ExportFiles.Read(ExportFormat.JsonLines, await download.Content.ReadAsByteArrayAsync(), dataset).Rows;
    }

    private static async Task<ExportFile> RunAsync(ExportRunner runner, ExportDataset dataset, AccessScope scope, ExportFilter filter)
    {
        using var output = new MemoryStream();
        await runner.ExportAsync(ExportDefinition.For(dataset), ExportFormat.JsonLines, scope, filter, new DateOnly(2025, 12, 1), output,
            _ => Task.CompletedTask, _ => Task.CompletedTask, default);
        return ExportFiles.Read(ExportFormat.JsonLines, output.ToArray(), dataset);
    }
}
