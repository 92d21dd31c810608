using System.Globalization;

namespace OnePlusX.Silo.DataSet;

/// <summary>
/// How big the data set is: the national figures of issue 7 (10,000 colleges, 450 certificates, 50,000 stations,
/// 5,000,000 students) times a factor. Provinces and prefecture-level units are always all of them (reference
/// data), the certificate catalogue is national and never scaled, and there is at least one college per province.
/// </summary>
public sealed record DataSetPlan(int Seed, double Factor, int Colleges, int Certificates, int Stations, int Students)
{
    public const int NationalColleges = 10_000;
    public const int NationalCertificates = 450;
    public const int NationalStations = 50_000;
    public const int NationalStudents = 5_000_000;

    /// <summary>The factor <c>--scale small</c> means: 1/1000 (the embedded default handles it in seconds).</summary>
    public const double Small = 0.001;

    public static DataSetPlan For(int seed, double factor) => new(
        seed, factor,
        Math.Max(31, (int)Math.Round(NationalColleges * factor)),
        NationalCertificates,
        (int)Math.Round(NationalStations * factor),
        (int)Math.Round(NationalStudents * factor));

    /// <summary><c>national</c>, <c>small</c>, a factor such as <c>0.2</c>, or a fraction such as <c>1/1000</c>; at most 1.</summary>
    public static bool TryParseScale(string? text, out double factor)
    {
        factor = text switch
        {
            "national" => 1,
            "small" => Small,
            _ => Parse(text),
        };
        return factor is > 0 and <= 1;
    }

    private static double Parse(string? text)
    {
        if (text is null)
        {
            return 0;
        }

        var parts = text.Split('/');
        return parts.Length switch
        {
            1 when double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) => value,
            2 when double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var top)
                && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var bottom) && bottom > 0 => top / bottom,
            _ => 0,
        };
    }
}
