namespace OnePlusX.Silo.Grains;

/// <summary>Days as colleges count them: the calendar day in China (UTC+8), whatever the server's own zone.</summary>
internal static class ChinaDay
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(Offset).DateTime);
}
