using OnePlusX.GraphQL.Conventions;

namespace OnePlusX.Silo.Tests.Security;

/// <summary>
/// The cross-tenant matrix over GraphQL (issue 5), generated from the schema: every root query and mutation field,
/// called by every role with another tenant's (and another province's) codes and ids, and again with codes and ids
/// that exist nowhere. A role the field does not admit is refused; any other caller but a national one sees none of
/// the other tenant's data, and its two answers are the same once each side's values are put back as marks.
/// </summary>
[Collection(CrossTenantCollection.Name)]
public sealed class CrossTenantGraphQLShould(CrossTenantSilo silo)
{
    [Fact]
    public async Task RefuseEveryFieldToEveryRoleItDoesNotAdmit()
    {
        var matrix = await GraphMatrix.RunAsync(silo);

        Assert.Contains(matrix.Outcomes, o => !Authorization.Allows(o.Call.Field, o.Caller.Principal));
        var violations = MatrixChecks.Refusals(matrix);
        Assert.True(violations.Count == 0, MatrixChecks.Report(violations));
    }

    [Fact]
    public async Task RunEveryGeneratedCallForEveryRoleTheFieldAdmits()
    {
        var violations = MatrixChecks.Rejections(await GraphMatrix.RunAsync(silo));

        Assert.True(violations.Count == 0, MatrixChecks.Report(violations));
    }

    [Fact]
    public async Task RevealNeitherTheDataNorTheExistenceOfAnotherTenantsObjects()
    {
        var violations = MatrixChecks.Leaks(await GraphMatrix.RunAsync(silo));

        Assert.True(violations.Count == 0, MatrixChecks.Report(violations));
    }

    [Fact]
    public async Task ShowEveryReaderItsOwnDataWithTheSameCalls()
    {
        var problems = MatrixChecks.Blindness(await GraphMatrix.RunAsync(silo));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task GenerateCallsForEveryRootFieldAndTenantObjectType()
    {
        var matrix = await GraphMatrix.RunAsync(silo);

        var roots = matrix.Schema.Query.Fields.Concat(matrix.Schema.Mutation?.Fields ?? []).Select(f => f.Name).Where(n => !n.StartsWith("__", StringComparison.Ordinal));
        Assert.Empty(roots.Except(matrix.Calls.Select(c => c.Field.Name)));
        Assert.Contains("College", matrix.Ids[Side.Other].Keys);
        Assert.Contains("ExamStation", matrix.Ids[Side.Other].Keys);
        Assert.Contains(matrix.Calls, c => c.Kind == "Id");
        Assert.Contains(matrix.Calls, c => c.IsMutation);
        Assert.Equal(MatrixCaller.All.Count * matrix.Calls.Count, matrix.Outcomes.Count);
    }
}
