using OnePlusX.Silo.Tests.Infrastructure;

namespace OnePlusX.Silo.Tests.Security;

/// <summary>
/// The whole cross-tenant matrix, GraphQL and REST, on PostgreSQL with row-level security on (issue 5's "done
/// when"): the silo and the in-process gateway connect as the service role, which is neither superuser nor owner.
/// One test, so the silo is started once; it fails with every violation of every property.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class CrossTenantPostgresShould(PostgresServer server)
{
    [Fact]
    public async Task HoldTheWholeMatrixOnPostgreSQLWithRowLevelSecurity()
    {
        var silo = CrossTenantSilo.OnPostgres(await server.CreateServiceDatabaseAsync("matrix"));
        try
        {
            await silo.InitializeAsync();
            var graph = await GraphMatrix.RunAsync(silo);
            var rest = await RestMatrix.RunAsync(silo);

            var violations = MatrixChecks.Refusals(graph)
                .Concat(MatrixChecks.Rejections(graph))
                .Concat(MatrixChecks.Leaks(graph))
                .Concat(MatrixChecks.Blindness(graph))
                .Concat(MatrixChecks.Leaks(rest))
                .Concat(MatrixChecks.Blindness(rest))
                .ToList();
            Assert.True(violations.Count == 0, MatrixChecks.Report(violations));
        }
        finally
        {
            await silo.DisposeAsync();
        }
    }
}
