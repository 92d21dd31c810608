using GraphQL.DataLoader;

namespace OnePlusX.GraphQL.Conventions;

/// <summary>
/// Batches lookups by key within one request: every <see cref="Load"/> made while a level of the query resolves
/// is answered by one call of the fetch function when the executor first asks for a result. Values are cached
/// for the rest of the request; a failed fetch fails every key of its batch with the fetch's own error, once.
/// Not shared between requests.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
    where TValue : class
{
    private readonly object _lock = new();
    private readonly Dictionary<TKey, Task<TValue?>> _results = [];
    private List<TKey> _pending = [];
    private TaskCompletionSource<IReadOnlyDictionary<TKey, TValue>>? _batch;

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_lock)
        {
            if (_results.TryGetValue(key, out var known))
            {
                // Awaiting a key already in the open batch must run that batch, or a resolver awaiting it waits forever.
                return new Result(known, this);
            }

            // The first key of a batch opens it; every key joins the same batch until the executor asks.
            _batch ??= new TaskCompletionSource<IReadOnlyDictionary<TKey, TValue>>(TaskCreationOptions.RunContinuationsAsynchronously);
            _pending.Add(key);
            var result = Pick(_batch.Task, key);
            _results[key] = result;
            return new Result(result, this);
        }
    }

    /// <summary>Runs the open batch, if any: one fetch for all its keys.</summary>
    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        TaskCompletionSource<IReadOnlyDictionary<TKey, TValue>>? batch;
        List<TKey> keys;
        lock (_lock)
        {
            (batch, keys) = (_batch, _pending);
            (_batch, _pending) = (null, []);
        }

        if (batch is null)
        {
            return;
        }

        try
        {
            batch.SetResult(await fetch(keys, cancellationToken));
        }
        catch (Exception ex)
        {
            batch.SetException(ex);
        }
    }

    private static async Task<TValue?> Pick(Task<IReadOnlyDictionary<TKey, TValue>> batch, TKey key) =>
        (await batch).TryGetValue(key, out var value) ? value : null;

    private sealed class Result(Task<TValue?> value, BatchLoader<TKey, TValue>? dispatcher = null) : IDataLoaderResult<TValue?>
    {
        public async Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            if (dispatcher is not null && !value.IsCompleted)
            {
                await dispatcher.DispatchAsync(cancellationToken);
            }

            return await value;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}

/// <summary>Continuing a loader's result without awaiting it in the resolver.</summary>
public static class DataLoaderResults
{
    /// <summary>
    /// A result the executor awaits after the whole level has asked for its keys, then continues with
    /// <paramref name="next"/>. A resolver that awaited the key itself would run its batch at once, with only its
    /// own key: a list of N parents would cost N round trips.
    /// </summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, CancellationToken, Task<TResult>> next) =>
        new Continued<T, TResult>(result, next);

    private sealed class Continued<T, TResult>(IDataLoaderResult<T> inner, Func<T, CancellationToken, Task<TResult>> next) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            await next(await inner.GetResultAsync(cancellationToken), cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
