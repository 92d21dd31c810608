namespace OnePlusX.Silo.DataSet;

/// <summary>
/// The data set's only source of chance: SplitMix64 started from the seed and the coordinates of what is being
/// drawn (which stream, which college, which student). Pure integer arithmetic, so the same seed gives the same
/// rows on every machine and runtime; and any row can be drawn again without drawing the rows before it, which is
/// what lets each table stream its rows on its own in constant memory.
/// </summary>
internal struct DataSetRandom
{
    private ulong _state;

    public DataSetRandom(int seed, Stream stream, long a, long b = 0)
    {
        _state = Mix(Mix(Mix((ulong)(uint)seed * 0x9E3779B97F4A7C15UL ^ (ulong)stream) + (ulong)a) + (ulong)b);
    }

    /// <summary>What is being drawn; each kind of draw has its own stream so adding one never shifts another.</summary>
    public enum Stream : ulong
    {
        Catalogue = 1,
        College = 2,
        Structure = 3,
        Station = 4,
        Student = 5,
        Result = 6,
        External = 7,
        Project = 8,
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextBits()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>A whole number in [0, <paramref name="bound"/>).</summary>
    public int Next(int bound) => bound <= 1 ? 0 : (int)(NextBits() % (ulong)bound);

    /// <summary>A number in [0, 1).</summary>
    public double Unit() => (NextBits() >> 11) * (1.0 / (1UL << 53));

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => Unit() < p;

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>
    /// Part <paramref name="index"/> of <paramref name="total"/> split over <paramref name="parts"/>: the even share
    /// moved up or down by up to <paramref name="spread"/> of itself, in pairs (one part gains what the next loses), so
    /// the parts always add up to <paramref name="total"/> exactly.
    /// </summary>
    public static int Share(int seed, Stream stream, long total, int parts, int index, double spread)
    {
        var even = total / parts;
        var share = even + (index < total % parts ? 1 : 0);
        var pair = index / 2;
        if (index % 2 == 1 || pair * 2 + 1 < parts)
        {
            var random = new DataSetRandom(seed, stream, pair, -1);
            var delta = random.Next((int)(even * spread) + 1);
            share += index % 2 == 0 ? delta : -delta;
        }

        return (int)share;
    }
}
