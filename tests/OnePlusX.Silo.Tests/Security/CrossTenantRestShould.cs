namespace OnePlusX.Silo.Tests.Security;

/// <summary>
/// The cross-tenant matrix over REST (issue 5), against the real silo process: every /api route read from the
/// source, called by real callers of every role with another tenant's (and another province's) codes and ids and
/// with codes and ids that exist nowhere. Apart from a national caller, nobody sees the other tenant's data, and
/// status and body are the same for both once each side's values are put back as marks.
/// </summary>
[Collection(CrossTenantCollection.Name)]
public sealed class CrossTenantRestShould(CrossTenantSilo silo)
{
    [Fact]
    public async Task RevealNeitherTheDataNorTheExistenceOfAnotherTenantsObjects()
    {
        var violations = MatrixChecks.Leaks(await RestMatrix.RunAsync(silo));

        Assert.True(violations.Count == 0, MatrixChecks.Report(violations));
    }

    [Fact]
    public async Task ShowEveryReaderItsOwnDataWithTheSameCalls()
    {
        var problems = MatrixChecks.Blindness(await RestMatrix.RunAsync(silo));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task CallEveryApiRouteTheSourceMaps()
    {
        var matrix = await RestMatrix.RunAsync(silo);
        var routes = RestRoutes.Api();

        // The source reading must keep finding what is known to be there, or the matrix would silently shrink.
        Assert.Contains(routes, r => r.Template == "/api/colleges/{code}" && r.Methods.Contains("GET"));
        Assert.Contains(routes, r => r.Template == "/api/colleges/{code}/exam-stations" && r.Methods.Contains("GET"));
        var uncalled = routes.Where(r => !matrix.Calls.Any(c => c.Route.ToString() == r.ToString())).Select(r => r.ToString()).ToList();
        var bodiless = routes.SelectMany(r => r.Methods.Where(m => m is not ("GET" or "*")).Select(m => $"{m} {r.Template}"))
            .Where(key => !RestRoutes.Bodies.ContainsKey(key))
            .ToList();
        Assert.True(uncalled.Count == 0 && bodiless.Count == 0,
            $"Routes outside the matrix: {string.Join(", ", uncalled)}; routes needing a body in RestRoutes.Bodies: {string.Join(", ", bodiless)}");
        Assert.Equal(matrix.Callers.Count * matrix.Calls.Count, matrix.Outcomes.Count);
    }
}
