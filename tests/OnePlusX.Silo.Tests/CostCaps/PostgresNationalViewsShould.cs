using System.Security.Claims;
using System.Text.Json;
using GraphQL;
using GraphQL.SystemTextJson;
using Microsoft.Extensions.DependencyInjection;
using OnePlusX.CertificateProjects;
using OnePlusX.ReadModels;
using OnePlusX.Silo.Grains.Approvals;
using OnePlusX.Silo.Grains.CertificateProjects;
using OnePlusX.Silo.ReadModels.CertificateProjects;
using OnePlusX.Silo.ReadModels.Colleges;
using OnePlusX.Silo.ReadModels.CostCaps;
using OnePlusX.Silo.ReadModels.ExamStations;
using OnePlusX.Silo.ReadModels.MonitoringPoints;
using OnePlusX.Silo.ReferenceData;
using OnePlusX.Silo.Storage;
using OnePlusX.Silo.Tests.GraphQL;
using OnePlusX.Silo.Tests.Infrastructure;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.Tests.CostCaps;

/// <summary>
/// Cost caps and monitoring points on PostgreSQL in production mode (the service role under row-level security):
/// national monitoring sets a cap and designates points through the gateway; the national projections write in the
/// national scope; an agreed fee above the cap is refused; the over-cap view and the points are scoped per province.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresNationalViewsShould(PostgresServer server)
{
    private static readonly GraphQLSerializer Serializer = new();

    [Fact]
    public async Task KeepCapsAndPointsAndScopeTheirViewsOnPostgreSQL_NAT_COST_1_NAT_MON_1()
    {
        var database = await server.CreateServiceDatabaseAsync("national");
        var folder = Directory.CreateTempSubdirectory("oneplusx-national-").FullName;
        try
        {
            await using var silo = await SiloProcess.StartAsync(ClusterSettings.For(database), folder);
            await using var client = await ClusterClient.ConnectAsync(silo);
            await using var service = new Database(new StorageOptions { PostgreSQL = database.Service });
            await using var gateway = new InProcessGateway(new SqlCollegeQueries(service), new SqlExamStationQueries(service), ReferenceCatalog.Load(), client.Grains, more: s => s
                .AddSingleton<IProjectQueries>(new SqlProjectQueries(service))
                .AddSingleton<ICostCapQueries>(new SqlCostCapQueries(service))
                .AddSingleton<IMonitoringPointQueries>(new SqlMonitoringPointQueries(service)));
            async Task<JsonElement> Run(string document, ClaimsPrincipal user, object? variables = null)
            {
                var answer = await gateway.ExecuteAsync(document, user, variables is null ? null : Serializer.Deserialize<Inputs>(JsonSerializer.Serialize(variables)));
                Assert.False(answer.TryGetProperty("errors", out var errors), errors.ToString());
                return answer.GetProperty("data");
            }

            // Jilin's PGJA agrees 380, Hubei's PGHB 300, while no cap is set; then a sample cap of 350 takes effect.
            foreach (var (code, province, city, fee) in new[] { ("PGJA", "22", "220100", 380m), ("PGHB", "42", "420300", 300m) })
            {
                var tenant = await Seed.CollegeAsync(client.Grains, code, province, city);
                var project = client.Grains.GetGrain<ICertificateProjectGrain>(CertificateProjectKey.For(tenant, "WEB-FE", CertificateLevel.Intermediate, 2026));
                using (CallScope.ForTenant(tenant, "test-admin"))
                {
                    Seed.Ok(await project.ApplyAsync(new ApplyForProject("S1", 50, 50_000m)));
                }

                Seed.Ok(await ApprovalRun.ApproveAsync(project, tenant, ApplicationApproval.Item, "test"));
                using (CallScope.ForTenant(tenant, "test-admin"))
                {
                    Seed.Ok(await project.SetExamPriceAsync(new Policies.ExamPrice(0m, fee, 0m)));
                }
            }

            var set = (await Run(
                """mutation { setCostCap(input: { certificateCode: "WEB-FE", level: INTERMEDIATE, effectiveFrom: "2025-01-01", cap: 350, sample: true }) { costCap { cap sample } errors { code } } }""",
                NationalViewsSilo.National())).GetProperty("setCostCap");
            var designated = (await Run(
                """mutation { designateMonitoringPoints(input: { certificateCode: "WEB-FE", add: ["PGJA", "PGHB"], reason: "首批" }) { points { collegeCode } errors { code } } }""",
                NationalViewsSilo.National())).GetProperty("designateMonitoringPoints");
            var refused = (await Run(
                """mutation { setExamPrice(input: { projectKey: "WEB-FE-2-2026", equipmentAndConsumables: 0, certificateFee: 351, examinerLabour: 0 }) { errors { ... on RefusalError { ruleIds } } } }""",
                NationalViewsSilo.Officer("PGHB"))).GetProperty("setExamPrice");

            const string View = """{ projectsOverCostCap { totalCount items { collegeCode agreedFee overBy cap { cap sample } } } }""";
            var national = (await Run(View, NationalViewsSilo.National())).GetProperty("projectsOverCostCap");
            var jilin = (await Run(View, NationalViewsSilo.Province("22"))).GetProperty("projectsOverCostCap");
            var hubei = (await Run(View, NationalViewsSilo.Province("42"))).GetProperty("projectsOverCostCap");
            const string Points = """{ monitoringPoints(where: { certificateCode: "WEB-FE" }) { items { collegeCode } } monitoringPointHistory { totalCount } costCaps { items { cap sample setBy } } }""";
            var hubeiPoints = await Run(Points, NationalViewsSilo.Province("42"));
            var nationalPoints = await Run(Points, NationalViewsSilo.National());

            Assert.Equal((350m, true), (set.GetProperty("costCap").GetProperty("cap").GetDecimal(), set.GetProperty("costCap").GetProperty("sample").GetBoolean()));
            Assert.Equal(0, designated.GetProperty("errors").GetArrayLength());
            Assert.Equal("NAT-COST-1", refused.GetProperty("errors")[0].GetProperty("ruleIds")[0].GetString());
            var over = Assert.Single(national.GetProperty("items").EnumerateArray());
            Assert.Equal(("PGJA", 380m, 30m, 350m, true), (over.GetProperty("collegeCode").GetString(), over.GetProperty("agreedFee").GetDecimal(), over.GetProperty("overBy").GetDecimal(),
                over.GetProperty("cap").GetProperty("cap").GetDecimal(), over.GetProperty("cap").GetProperty("sample").GetBoolean()));
            Assert.Equal(1, jilin.GetProperty("totalCount").GetInt32());
            Assert.Equal(0, hubei.GetProperty("totalCount").GetInt32());
            Assert.Equal(["PGHB"], hubeiPoints.GetProperty("monitoringPoints").GetProperty("items").EnumerateArray().Select(p => p.GetProperty("collegeCode").GetString()!).ToArray());
            Assert.Equal(1, hubeiPoints.GetProperty("monitoringPointHistory").GetProperty("totalCount").GetInt32());
            Assert.Equal(2, nationalPoints.GetProperty("monitoringPointHistory").GetProperty("totalCount").GetInt32());
            var cap = Assert.Single(hubeiPoints.GetProperty("costCaps").GetProperty("items").EnumerateArray());
            Assert.Equal((350m, "NationalMonitor@nation"), (cap.GetProperty("cap").GetDecimal(), cap.GetProperty("setBy").GetString()));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
