using OnePlusX.Silo.Tests.Infrastructure;
using static OnePlusX.Silo.Tests.Trainings.TeachingWorld;

namespace OnePlusX.Silo.Tests.Trainings;

/// <summary>Lists a project keeps in entry order (trainings, courses, exams, registrations) page and sort alike.</summary>
public sealed class EntryOrderShould(SqliteSiloFixture fixture) : IClassFixture<SqliteSiloFixture>, IAsyncLifetime
{
    private TeachingWorld _world = null!;

    public async Task InitializeAsync()
    {
        _world = new TeachingWorld(fixture);
        await _world.EnsureCollegeAsync("TRNA");
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task ListTrainingsOldestOrNewestFirstAndPageThem()
    {
        foreach (var code in new[] { "ORD-A", "ORD-B", "ORD-C" })
        {
            NoErrors(await _world.PlanAsync(Officer("TRNA"), TrainingFields(code)));
        }

        async Task<string[]> CodesAsync(string arguments) =>
            (await _world.RunAsync("project", $$"""{ project(key: "{{ProjectKey}}") { trainings({{arguments}}) { items { code } } } }""", Officer("TRNA")))
                .GetProperty("trainings").GetProperty("items").EnumerateArray().Select(t => t.GetProperty("code").GetString()!)
                .Where(c => c.StartsWith("ORD-", StringComparison.Ordinal)).ToArray();

        Assert.Equal(["ORD-A", "ORD-B", "ORD-C"], await CodesAsync("order: OLDEST_FIRST"));
        Assert.Equal(["ORD-C", "ORD-B", "ORD-A"], await CodesAsync("order: NEWEST_FIRST"));
        Assert.Equal(["ORD-C"], await CodesAsync("order: NEWEST_FIRST, first: 1"));
    }
}
