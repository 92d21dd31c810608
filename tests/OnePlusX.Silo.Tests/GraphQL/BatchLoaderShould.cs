using OnePlusX.GraphQL.Conventions;

namespace OnePlusX.Silo.Tests.GraphQL;

public sealed class BatchLoaderShould
{
    [Fact]
    public async Task AnswerEveryKeyOfALevelWithOneFetchAndCacheIt()
    {
        var fetches = new List<IReadOnlyCollection<string>>();
        var loader = new BatchLoader<string, string>((keys, _) =>
        {
            fetches.Add(keys);
            return Task.FromResult<IReadOnlyDictionary<string, string>>(keys.Where(k => k != "missing").ToDictionary(k => k, k => k.ToUpperInvariant()));
        });

        var results = new[] { "a", "b", "a", "missing" }.Select(loader.Load).ToList();
        var values = new List<string?>();
        foreach (var result in results)
        {
            values.Add(await result.GetResultAsync());
        }

        Assert.Equal(["A", "B", "A", null], values);
        Assert.Equal(["a", "b", "missing"], Assert.Single(fetches));
        Assert.Equal("B", await loader.Load("b").GetResultAsync());
        Assert.Single(fetches);
    }

    [Fact]
    public async Task RunTheOpenBatchWhenAResolverAwaitsAKeyAnotherFieldAlreadyAskedFor()
    {
        var loader = new BatchLoader<string, string>((keys, _) =>
            Task.FromResult<IReadOnlyDictionary<string, string>>(keys.ToDictionary(k => k, k => k.ToUpperInvariant())));

        // One field asks for "a" and hands the executor its pending result; another field of the same level awaits "a" itself.
        _ = loader.Load("a");
        var awaited = loader.Load("a").GetResultAsync();

        Assert.Same(awaited, await Task.WhenAny(awaited, Task.Delay(TimeSpan.FromSeconds(5))));
        Assert.Equal("A", await awaited);
    }

    [Fact]
    public async Task FailEveryKeyOfAFailedBatchWithTheFetchsOwnErrorOnce()
    {
        var fetches = 0;
        var loader = new BatchLoader<string, string>((_, _) =>
        {
            fetches++;
            throw new TimeoutException("database did not answer");
        });

        var results = new[] { "a", "b", "c" }.Select(loader.Load).ToList();
        foreach (var result in results)
        {
            var error = await Assert.ThrowsAsync<TimeoutException>(() => result.GetResultAsync());
            Assert.Equal("database did not answer", error.Message);
        }

        Assert.Equal(1, fetches);
    }
}
