using Dapper;
using Microsoft.Extensions.DependencyInjection;
using OnePlusX.CertificateProjects;
using OnePlusX.Security;
using OnePlusX.Silo.Grains.CertificateProjects;
using OnePlusX.Silo.Storage;
using OnePlusX.Silo.Tests.Infrastructure;
using OnePlusX.Tenancy;
using Orleans.Storage;

namespace OnePlusX.Silo.Tests.CreditBank;

/// <summary>
/// NAT-CB-1 for certificates issued before the credit bank was kept: their project's stored state has certificates
/// without a credit record (as an earlier version of the service wrote it). When the project next activates, each
/// gets the record its college's policy makes for its issue day, and the feed lists it.
/// </summary>
public sealed class EarlierCertificatesShould
{
    [Fact]
    public async Task KeepARecordForACertificateIssuedBeforeTheCreditBankWhenItsProjectNextActivates_NAT_CB_1()
    {
        var folder = Directory.CreateTempSubdirectory("oneplusx-credit-").FullName;
        var connectionString = $"Data Source={Path.Combine(folder, "oneplusx.db")}";
        var settings = new Dictionary<string, string> { ["ConnectionStrings:Sqlite"] = connectionString, ["OnePlusX:Policies:Tenants:CXOLD"] = "XMGX" };
        var storage = new StorageOptions { Sqlite = connectionString };
        TenantId tenant;
        string projectKey;
        await using (var first = await SiloProcess.StartAsync(settings, folder))
        await using (var client = await ClusterClient.ConnectAsync(first))
        {
            tenant = await Seed.CollegeAsync(client.Grains, "CXOLD");
            await Seed.StudentsAsync(client.Grains, tenant, ["5101", "5102"]);
            var project = await Seed.ApprovedProjectAsync(client.Grains, tenant);
            projectKey = project.GetPrimaryKeyString();
            using var scope = CallScope.ForTenant(tenant, "test-officer");
            var issuedOn = new DateOnly(2025, 1, 31);
            Seed.Ok(await project.RegisterCandidatesAsync(new RegisterCandidates([new CandidateRow("5101", true, null), new CandidateRow("5102", true, null)], issuedOn.AddDays(-20))));
            Seed.Ok(await project.RecordResultsAsync(new RecordResults([new ResultRow("5101", 80m, true), new ResultRow("5102", 90m, true)])));
            Seed.Ok(await project.IssueCertificatesAsync(new IssueCertificates([new IssueRow("5101", "CX-OLD-0001", issuedOn, true), new IssueRow("5102", "CX-OLD-0002", issuedOn, true)])));

            // Make the stored state what the service wrote before the credit bank: the first certificate without its
            // record (the second keeps its own), and no trace of it in the credit-bank tables.
            var serializer = ActivatorUtilities.CreateInstance<OrleansGrainStorageSerializer>(client.Services);
            await using var database = new Database(storage);
            await using var connection = await database.OpenAsync(AccessScope.System("test"));
            var payload = await connection.ExecuteScalarAsync<byte[]>(
                "SELECT payload FROM orleans_storage WHERE grain_type = @Type AND grain_key = @Key", new { Type = CertificateProjectGrain.StateKey, Key = projectKey });
            var stored = serializer.Deserialize<CertificateProjectState>(BinaryData.FromBytes(payload!))!;
            Assert.All(stored.Registrations, r => Assert.NotNull(r.Certificate!.CreditBank));
            var earlier = stored with
            {
                Registrations = [.. stored.Registrations.Select(r => r.Certificate!.Number == "CX-OLD-0001" ? r with { Certificate = r.Certificate with { CreditBank = null } } : r)],
            };
            await connection.ExecuteAsync("UPDATE orleans_storage SET payload = @Payload WHERE grain_type = @Type AND grain_key = @Key",
                new { Payload = serializer.Serialize(earlier).ToArray(), Type = CertificateProjectGrain.StateKey, Key = projectKey });
            await connection.ExecuteAsync("DELETE FROM credit_records WHERE certificate_number = 'CX-OLD-0001'; DELETE FROM credit_record_changes WHERE certificate_number = 'CX-OLD-0001'");
        }

        await using (var second = await SiloProcess.StartAsync(settings, folder))
        await using (var client = await ClusterClient.ConnectAsync(second))
        {
            using (CallScope.ForTenant(tenant, "test-reader"))
            {
                // Any call activates the project; the record is made before the call is answered.
                Assert.NotNull(await client.Grains.GetGrain<ICertificateProjectGrain>(projectKey).GetAsync());
            }

            await using var database = new Database(storage);
            await using var connection = await database.OpenAsync(AccessScope.System("test"));
            // XM-CRD-1 grants 2 credits; due one calendar month after 31 Jan 2025, clamped to the month's end.
            var record = await connection.QuerySingleAsync<(string Credits, string Due, string? ProposedOn)>(
                "SELECT credits, due, proposed_on FROM credit_records WHERE certificate_number = 'CX-OLD-0001'");
            Assert.Equal((2m, "2025-02-28", (string?)null), (decimal.Parse(record.Credits, System.Globalization.CultureInfo.InvariantCulture), record.Due, record.ProposedOn));
            Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM credit_record_changes WHERE certificate_number = 'CX-OLD-0001'"));
            // The certificate that had its record is not written again, and the change is the system's, audited.
            Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM credit_record_changes WHERE certificate_number = 'CX-OLD-0002'"));
            Assert.Equal(1, await connection.ExecuteScalarAsync<int>(
                "SELECT count(*) FROM audit_log WHERE grain_key = @Key AND action = 'project.credit-records-kept' AND actor = @Actor",
                new { Key = projectKey, Actor = CertificateProjectGrain.CreditRecordKeeper }));
        }

        Directory.Delete(folder, recursive: true);
    }
}
