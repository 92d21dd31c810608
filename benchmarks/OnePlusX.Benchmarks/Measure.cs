using System.Diagnostics;

namespace OnePlusX.Benchmarks;

/// <summary>One timed run: how many operations completed in how long.</summary>
internal sealed record Sample(long Operations, TimeSpan Elapsed)
{
    public double PerSecond => Operations / Elapsed.TotalSeconds;
}

/// <summary>A closed-loop load generator: a fixed number of workers, each with one call outstanding at a time.</summary>
internal static class Measure
{
    /// <summary>Longest single measurement the harness allows.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Runs <paramref name="concurrency"/> workers for <paramref name="duration"/>; each awaits
    /// <paramref name="operation"/>(worker, sequence) in a loop. The elapsed time runs until the last outstanding
    /// call has returned, so the rate is completed operations over the whole wall-clock span.
    /// </summary>
    public static async Task<Sample> RunAsync(int concurrency, TimeSpan duration, Func<int, long, Task> operation)
    {
        if (duration > MaxDuration)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, $"A measurement is bounded to {MaxDuration}.");
        }

        var counts = new long[concurrency];
        var stopwatch = Stopwatch.StartNew();
        var deadline = duration.Ticks;
        var workers = new Task[concurrency];
        for (var w = 0; w < concurrency; w++)
        {
            var worker = w;
            workers[w] = Task.Run(async () =>
            {
                long done = 0;
                while (stopwatch.Elapsed.Ticks < deadline)
                {
                    await operation(worker, done);
                    done++;
                }

                counts[worker] = done;
            });
        }

        // A hung call must not hang the run: give the tail at most the Orleans response timeout.
        await Task.WhenAll(workers).WaitAsync(duration + TimeSpan.FromSeconds(35));
        stopwatch.Stop();
        return new Sample(counts.Sum(), stopwatch.Elapsed);
    }

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN
            : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2]
            : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
