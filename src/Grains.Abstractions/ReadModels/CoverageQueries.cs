using OnePlusX.Security;

namespace OnePlusX.ReadModels;

/// <summary>
/// Exam-station coverage (考核站点覆盖, NAT-STA-1) computed by SQL over the read models, within the caller's scope:
/// every prefecture-level city with pilot colleges should have an approved station for each certificate its colleges
/// run. One round trip per call; no grain is activated. The counting rules are in docs/coverage.md.
/// </summary>
public interface ICoverageQueries
{
    /// <summary>One province in one year: its cities with their colleges, certificates, stations and gaps.</summary>
    Task<ProvinceCoverage> ProvinceAsync(AccessScope scope, CoverageRequest request, CancellationToken cancellationToken);

    /// <summary>Every province's totals in one year and the national totals.</summary>
    Task<NationalCoverage> NationalAsync(AccessScope scope, int year, string? certificateCode, CancellationToken cancellationToken);
}

/// <summary>Which coverage to compute: a province, a pilot year, optionally one certificate.</summary>
public sealed record CoverageRequest(string ProvinceCode, int Year, string? CertificateCode)
{
    /// <summary>Also list the province's cities without pilot colleges (as rows with no colleges).</summary>
    public bool AllCities { get; init; }
}

/// <summary>Counts over a province or the nation.</summary>
/// <param name="Cities">Cities with at least one pilot college.</param>
/// <param name="CitiesWithGaps">Cities with at least one gap.</param>
/// <param name="Colleges">Pilot colleges: colleges running at least one certificate project of the year.</param>
/// <param name="Certificates">Distinct certificates run.</param>
/// <param name="CityCertificates">(city, certificate) pairs run: each needs an approved station in that city.</param>
/// <param name="Covered">Pairs with at least one approved station for the certificate in the city.</param>
/// <param name="Gaps">Pairs with none.</param>
/// <param name="Stations">Approved stations (of the certificate, when one is asked for), in every city.</param>
/// <param name="CandidatesAffected">Registrations of the gaps' certificates and year at their cities' colleges.</param>
public sealed record CoverageTotals(
    int Cities, int CitiesWithGaps, int Colleges, int Certificates, int CityCertificates, int Covered, int Gaps, int Stations, int CandidatesAffected)
{
    public static CoverageTotals Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0);
}

/// <summary>A province's coverage; the gaps ranked by candidates affected, most first.</summary>
public sealed record ProvinceCoverage(
    string ProvinceCode, string ProvinceName, int Year, string? CertificateCode, CoverageTotals Totals,
    IReadOnlyList<CityCoverage> Cities, IReadOnlyList<CoverageGap> Gaps);

/// <summary>
/// One city: its pilot colleges, the certificates they run and its approved stations (<c>Stations</c>: in the
/// city, for any certificate, or the one asked for); its gaps and the candidates they affect.
/// </summary>
public sealed record CityCoverage(
    string CityCode, string CityName, string CityKind, int Stations, int Gaps, int CandidatesAffected,
    IReadOnlyList<CoverageCollege> Colleges, IReadOnlyList<CertificateCoverage> Certificates);

/// <summary>A pilot college of a city and the certificates it runs in the year, by code.</summary>
public sealed record CoverageCollege(string Code, string Name, IReadOnlyList<string> Certificates);

/// <summary>A certificate run in a city: how many colleges run it, its approved stations there, and whether it is a gap.</summary>
public sealed record CertificateCoverage(string CertificateCode, int Colleges, int Stations, int CandidatesAffected)
{
    public bool Covered => Stations > 0;
}

/// <summary>A certificate run by colleges of a city with no approved station for it in that city.</summary>
public sealed record CoverageGap(string CityCode, string CityName, string CertificateCode, int Colleges, int CandidatesAffected);

/// <summary>The national roll-up: each province's totals (every province, in code order) and the nation's.</summary>
public sealed record NationalCoverage(int Year, string? CertificateCode, CoverageTotals Totals, IReadOnlyList<ProvinceCoverageTotals> Provinces);

/// <summary>One province's totals in the national roll-up.</summary>
public sealed record ProvinceCoverageTotals(string ProvinceCode, string ProvinceName, CoverageTotals Totals);
