using GraphQL.DataLoader;

namespace OnePlusX.GraphQL.Conventions;

/// <summary>
/// Batches lookups by key within one request: every <see cref="Load"/> made while a level of the query resolves
/// is answered by one call of the fetch function when the executor first asks for a result. Values are cached
/// for the rest of the request. Not shared between requests.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
    where TValue : class
{
    private readonly Dictionary<TKey, TValue?> _cache = [];
    private readonly HashSet<TKey> _pending = [];
    private readonly SemaphoreSlim _gate = new(1, 1);

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_cache)
        {
            if (_cache.TryGetValue(key, out var known))
            {
                return new Ready(known);
            }

            _pending.Add(key);
        }

        return new Deferred(this, key);
    }

    private async Task<TValue?> ResultAsync(TKey key, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            TKey[] batch;
            lock (_cache)
            {
                if (_cache.TryGetValue(key, out var known))
                {
                    return known;
                }

                batch = [.. _pending];
                _pending.Clear();
            }

            var found = await fetch(batch, cancellationToken);
            lock (_cache)
            {
                foreach (var item in batch)
                {
                    _cache[item] = found.TryGetValue(item, out var value) ? value : null;
                }

                return _cache[key];
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed class Ready(TValue? value) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }

    private sealed class Deferred(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.ResultAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await loader.ResultAsync(key, cancellationToken);
    }
}
