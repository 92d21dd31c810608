using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using OnePlusX.CertificateProjects;
using OnePlusX.ReadModels;
using OnePlusX.Security;
using OnePlusX.Silo.ReadModels.CreditBank;
using OnePlusX.Silo.Storage;
using OnePlusX.Silo.Tests.Infrastructure;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.Tests.CreditBank;

/// <summary>
/// The credit-bank feed on PostgreSQL under concurrent writers (NAT-CB-1): writes that commit out of order, roll
/// back, or contend for the same records are each returned exactly once, in (transaction, sequence) order, to a
/// reader that pulls continuously. Writers go through credit_records as the projection does (the table's triggers
/// append the changes), as the service role under row-level security.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresCreditBankShould(PostgresServer server) : IAsyncLifetime
{
    private const string Upsert = """
        INSERT INTO credit_records (tenant_id, certificate_number, project_key, candidate_key, certificate_code, level, holder_name,
            student_number, issued_on, credits, category, rule_ids, explanation_chinese, explanation_english, due, proposed_on, version, updated_at)
        VALUES (@Tenant, @Number, 'WEB-FE-2-2025', @Number, 'WEB-FE', 2, '学生', NULL, DATE '2025-01-31', 2, 'InnovationPractice',
            'XM-CRD-1', '证书认定2学分', '2 credits', DATE '2025-02-28', NULL, @Version, now())
        ON CONFLICT (tenant_id, certificate_number) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at
        """;

    private static readonly AccessScope National = AccessScope.System("credit-bank test reader");

    private Database _service = null!;
    private SqlCreditBankQueries _feed = null!;

    public async Task InitializeAsync()
    {
        var database = await server.CreateServiceDatabaseAsync("creditbank");
        _service = new Database(new StorageOptions { PostgreSQL = database.Service });
        await new MigrationRunner(_service, NullLogger<MigrationRunner>.Instance, new StorageOptions { PostgreSQL = database.Service, PostgreSQLMigrations = database.Owner }).MigrateAsync();
        _feed = new SqlCreditBankQueries(_service);
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task ReturnAChangeThatCommitsAfterALaterOneOnlyOnceAndBeforeIt_NAT_CB_1()
    {
        // A writes first (lower transaction id and lower sequence) but commits last; B commits in between.
        await using var a = await BeginAsync("CBA");
        await WriteAsync(a, "CBA", "OOO-A", 1);
        await using (var b = await BeginAsync("CBB"))
        {
            await WriteAsync(b, "CBB", "OOO-B", 1);
            await b.Transaction.CommitAsync();
        }

        var whileAOpen = await _feed.ChangesAsync(National, null, 100, default);
        await a.Transaction.CommitAsync();
        var afterA = await _feed.ChangesAsync(National, Cursor(whileAOpen.EndCursor), 100, default);

        // A reader of a plain sequence would have taken B's higher number as its cursor and lost A for ever.
        var sequences = await SequencesAsync();
        Assert.True(sequences["OOO-A"] < sequences["OOO-B"], "the scenario must be the one a plain sequence gets wrong");
        Assert.DoesNotContain(whileAOpen.Items, i => i.Record.CertificateNumber is "OOO-A" or "OOO-B");
        Assert.False(whileAOpen.HasMore);
        Assert.Equal(["OOO-A", "OOO-B"], afterA.Items.Select(i => i.Record.CertificateNumber));

        // C writes, D writes and commits, the reader pulls, C rolls back: D comes once, C never.
        await using var c = await BeginAsync("CBA");
        await WriteAsync(c, "CBA", "OOO-C", 1);
        await using (var d = await BeginAsync("CBB"))
        {
            await WriteAsync(d, "CBB", "OOO-D", 1);
            await d.Transaction.CommitAsync();
        }

        var whileCOpen = await _feed.ChangesAsync(National, Cursor(afterA.EndCursor), 100, default);
        await c.Transaction.RollbackAsync();
        var afterC = await _feed.ChangesAsync(National, Cursor(whileCOpen.EndCursor), 100, default);
        var again = await _feed.ChangesAsync(National, Cursor(afterC.EndCursor), 100, default);

        Assert.Empty(whileCOpen.Items);
        Assert.Equal(afterA.EndCursor, whileCOpen.EndCursor);
        Assert.Equal(["OOO-D"], afterC.Items.Select(i => i.Record.CertificateNumber));
        Assert.Empty(again.Items);
    }

    [Fact]
    public async Task ReturnEveryChangeExactlyOnceWhileManyWritersCommitConcurrently_NAT_CB_1()
    {
        const int Writers = 6;
        const int TransactionsPerWriter = 30;
        var records = Enumerable.Range(0, 15).Select(i => (Tenant: $"CBS{i % 3}", Number: $"STRESS-{i:00}")).ToArray();
        var seen = new List<CreditBankChange>();
        var cursor = (CreditBankCursor?)null;
        var random = new Random(20261122);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(90));

        async Task PullAsync(int limit)
        {
            var page = await _feed.ChangesAsync(National, cursor, limit, stop.Token);
            seen.AddRange(page.Items);
            cursor = Cursor(page.EndCursor);
        }

        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            var mine = new Random(w);
            for (var t = 0; t < TransactionsPerWriter; t++)
            {
                // Rows in key order within a transaction, so contending writers wait for each other and never deadlock.
                var touched = Enumerable.Range(0, mine.Next(1, 4)).Select(_ => records[mine.Next(records.Length)]).Distinct().OrderBy(r => r.Number, StringComparer.Ordinal).ToList();
                await using var writer = await BeginAsync(touched[0].Tenant);
                foreach (var (tenant, number) in touched)
                {
                    await SetTenantAsync(writer, tenant);
                    await WriteAsync(writer, tenant, number, (w * 1000) + t);
                }

                await Task.Delay(mine.Next(0, 12), stop.Token); // hold the transaction open while others commit
                if (mine.Next(10) == 0)
                {
                    await writer.Transaction.RollbackAsync(stop.Token);
                }
                else
                {
                    await writer.Transaction.CommitAsync(stop.Token);
                }
            }
        }, stop.Token)).ToList();

        var pulls = 0;
        while (!writers.All(w => w.IsCompleted))
        {
            await PullAsync(random.Next(1, 25));
            pulls++;
            await Task.Delay(random.Next(0, 4), stop.Token);
        }

        await Task.WhenAll(writers);
        var all = await AllChangesAsync();
        while (seen.Count < all.Count && !stop.IsCancellationRequested)
        {
            await PullAsync(ICreditBankQueries.MaxPage); // another database's open transaction may hold the horizon back a moment
            await Task.Delay(20, stop.Token);
        }

        var positions = seen.Select(i => Cursor(i.Cursor)!.Value).ToList();
        Assert.True(pulls > 20, $"only {pulls} pulls ran while writing");
        Assert.True(all.Count > Writers * TransactionsPerWriter, $"{all.Count} changes");
        Assert.Equal(positions.Count, positions.Distinct().Count()); // no duplicate
        Assert.Equal(all.Select(c => c.Sequence), positions.Select(p => p.Sequence)); // no gap, and in (transaction, sequence) order
        Assert.All(positions.Zip(positions.Skip(1)), pair => Assert.True(
            pair.First.Transaction < pair.Second.Transaction || (pair.First.Transaction == pair.Second.Transaction && pair.First.Sequence < pair.Second.Sequence)));

        // Replaying the feed gives the table: each record's last change is its current state.
        var replayed = seen.GroupBy(i => i.Record.CertificateNumber).ToDictionary(g => g.Key, g => g.Last().Record.Version);
        await using var connection = await _service.OpenAsync(National);
        var current = (await connection.QueryAsync<(string, int)>("SELECT certificate_number, version FROM credit_records WHERE certificate_number LIKE 'STRESS-%'"))
            .ToDictionary(r => r.Item1, r => r.Item2);
        Assert.Equal(current.OrderBy(p => p.Key), replayed.Where(p => p.Key.StartsWith("STRESS-", StringComparison.Ordinal)).OrderBy(p => p.Key));
    }

    [Fact]
    public async Task ProjectIssuedCertificatesIntoRecordsAndTheFeedOnPostgreSQL_NAT_CB_1()
    {
        var database = await server.CreateServiceDatabaseAsync("cbsilo");
        var settings = ClusterSettings.For(database);
        settings["OnePlusX:Policies:Tenants:PGCX"] = "XMGX";
        var folder = Directory.CreateTempSubdirectory("oneplusx-creditbank-").FullName;
        try
        {
            await using var silo = await SiloProcess.StartAsync(settings, folder);
            await using var client = await ClusterClient.ConnectAsync(silo);
            await using var service = new Database(new StorageOptions { PostgreSQL = database.Service });
            var feed = new SqlCreditBankQueries(service);
            await IssueAsync(client.Grains, "PGCX", "22", "220100", "PGCB-XM-0001", new DateOnly(2025, 1, 31));
            var baseline = await IssueAsync(client.Grains, "PGCN", "42", "420300", "PGCB-NA-0001", new DateOnly(2025, 3, 31));
            using (CallScope.ForTenant(TenantId.From("PGCN"), "test-officer"))
            {
                var proposed = Seed.Ok(await baseline.RecordCreditProposalAsync(new RecordCreditProposal(["pgcb-na-0001"], new DateOnly(2025, 4, 30))));
                Assert.True(proposed.Rows[0].Applied, string.Join("; ", proposed.Rows[0].Errors));
            }

            var all = await feed.ChangesAsync(National, null, 100, default);
            var jilin = await feed.ChangesAsync(new AccessScope(ScopeKind.Province, null, "22", new HashSet<string>(), "test"), null, 100, default);
            var hubei = await feed.RecordsAsync(new AccessScope(ScopeKind.Province, null, "42", new HashSet<string>(), "test"), new CreditRecordFilter(CreditRecordStatus.Proposed, null, null, new DateOnly(2025, 5, 1)), 0, 10, default);

            // Issue, issue, proposal: three changes; each record with the policy's credits and a month to propose.
            Assert.Equal(["PGCB-XM-0001", "PGCB-NA-0001", "PGCB-NA-0001"], all.Items.Select(i => i.Record.CertificateNumber));
            var xm = all.Items[0].Record;
            Assert.Equal((2m, OnePlusX.Policies.CreditCategory.InnovationPractice, "XM-CRD-1", new DateOnly(2025, 2, 28), (DateOnly?)null), (xm.Credits, xm.Category, string.Join(",", xm.RuleIds), xm.Due, xm.ProposedOn));
            var na = all.Items[2].Record;
            Assert.Equal((0m, "NAT-CB-1", new DateOnly(2025, 4, 30), (DateOnly?)new DateOnly(2025, 4, 30), false), (na.Credits, string.Join(",", na.RuleIds), na.Due, na.ProposedOn, na.OverdueOn(new DateOnly(2026, 1, 1))));
            Assert.Equal(["PGCB-XM-0001"], jilin.Items.Select(i => i.Record.CertificateNumber));
            Assert.Equal("PGCB-NA-0001", Assert.Single(hubei.Items).CertificateNumber);
            Assert.False(all.HasMore);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<ICertificateProjectGrain> IssueAsync(IGrainFactory grains, string college, string province, string city, string number, DateOnly issuedOn)
    {
        var tenant = await Seed.CollegeAsync(grains, college, province, city);
        await Seed.StudentsAsync(grains, tenant, ["8001"]);
        var project = await Seed.ApprovedProjectAsync(grains, tenant);
        using var scope = CallScope.ForTenant(tenant, "test-officer");
        Assert.True(Seed.Ok(await project.RegisterCandidatesAsync(new RegisterCandidates([new CandidateRow("8001", true, null)], issuedOn.AddDays(-20)))).Rows[0].Applied);
        Assert.True(Seed.Ok(await project.RecordResultsAsync(new RecordResults([new ResultRow("8001", 90m, true)]))).Rows[0].Applied);
        var issued = Seed.Ok(await project.IssueCertificatesAsync(new IssueCertificates([new IssueRow("8001", number, issuedOn, ScanArchived: true)])));
        Assert.True(issued.Rows[0].Applied, string.Join("; ", issued.Rows[0].Errors));
        return project;
    }

    private static CreditBankCursor? Cursor(string? text) =>
        text is null ? null : CreditBankCursor.TryParse(text, out var cursor) ? cursor : throw new InvalidOperationException($"not a cursor: {text}");

    private async Task<Writer> BeginAsync(string tenant)
    {
        var connection = await _service.OpenAsync(AccessScope.Writing(tenant));
        return new Writer(connection, await connection.BeginTransactionAsync());
    }

    /// <summary>Acts for another tenant inside the same transaction (row-level security checks each row against it).</summary>
    private static Task SetTenantAsync(Writer writer, string tenant) =>
        writer.Connection.ExecuteAsync("SELECT set_config('oneplusx.tenant', @tenant, true)", new { tenant }, writer.Transaction);

    private static Task WriteAsync(Writer writer, string tenant, string number, int version) =>
        writer.Connection.ExecuteAsync(Upsert, new { Tenant = tenant, Number = number, Version = version }, writer.Transaction);

    private async Task<Dictionary<string, long>> SequencesAsync()
    {
        await using var connection = await _service.OpenAsync(National);
        return (await connection.QueryAsync<(string, long)>("SELECT certificate_number, min(id) FROM credit_record_changes GROUP BY certificate_number"))
            .ToDictionary(r => r.Item1, r => r.Item2);
    }

    /// <summary>Every committed change, in (transaction, sequence) order.</summary>
    private async Task<IReadOnlyList<(ulong Transaction, long Sequence)>> AllChangesAsync()
    {
        await using var connection = await _service.OpenAsync(National);
        return (await connection.QueryAsync<(string, long)>("SELECT CAST(xid AS text), id FROM credit_record_changes ORDER BY xid, id"))
            .Select(r => (ulong.Parse(r.Item1, System.Globalization.CultureInfo.InvariantCulture), r.Item2)).ToList();
    }

    private sealed record Writer(DbConnection Connection, DbTransaction Transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Transaction.DisposeAsync();
            await Connection.DisposeAsync();
        }
    }
}
