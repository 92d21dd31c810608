namespace OnePlusX.Silo.Tests.Infrastructure;

/// <summary>Polls something that becomes true in the background (a reminder, the sweep, the audit writer).</summary>
public static class Eventually
{
    /// <summary>Reads until <paramref name="done"/> holds or the timeout passes; returns the last value read.</summary>
    public static async Task<T> ReadAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var value = await read();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
            value = await read();
        }

        return value;
    }
}
