using Dapper;
using OnePlusX.ReadModels;
using OnePlusX.Security;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.ReadModels.Coverage;

/// <summary>
/// Exam-station coverage (NAT-STA-1) from the read models, within the caller's scope (and row-level security on
/// PostgreSQL): one statement per call, counted and grouped in the database; here the rows are only arranged into
/// cities, colleges and certificates and the gaps ranked.
/// </summary>
internal sealed class SqlCoverageQueries(Database database, IReferenceQueries reference) : ICoverageQueries
{
    public async Task<ProvinceCoverage> ProvinceAsync(AccessScope scope, CoverageRequest request, CancellationToken cancellationToken)
    {
        var name = reference.Province(request.ProvinceCode)?.Name ?? request.ProvinceCode;
        if (Sql.HasNul(request.ProvinceCode, request.CertificateCode))
        {
            return new ProvinceCoverage(request.ProvinceCode, name, request.Year, request.CertificateCode, CoverageTotals.Zero, [], []);
        }

        await using var connection = await database.OpenAsync(scope, cancellationToken);
        var rows = await connection.QueryAsync<ProvinceRow>(new CommandDefinition(
            CoverageSql.Province(scope, request.CertificateCode, request.AllCities),
            ScopeSql.With(new { request.ProvinceCode, request.Year, request.CertificateCode }, scope),
            cancellationToken: cancellationToken));
        return Arrange(request, name, rows.ToList());
    }

    public async Task<NationalCoverage> NationalAsync(AccessScope scope, int year, string? certificateCode, CancellationToken cancellationToken)
    {
        if (Sql.HasNul(certificateCode))
        {
            return new NationalCoverage(year, certificateCode, CoverageTotals.Zero, []);
        }

        await using var connection = await database.OpenAsync(scope, cancellationToken);
        var rows = (await connection.QueryAsync<TotalsRow>(new CommandDefinition(
            CoverageSql.National(scope, certificateCode),
            ScopeSql.With(new { Year = year, CertificateCode = certificateCode }, scope),
            cancellationToken: cancellationToken))).ToList();
        var provinces = rows.Where(r => r.ProvinceCode is not null)
            .OrderBy(r => r.ProvinceCode, StringComparer.Ordinal)
            .Select(r => new ProvinceCoverageTotals(r.ProvinceCode!, r.ProvinceName ?? r.ProvinceCode!, r.Totals()))
            .ToList();
        var nation = rows.FirstOrDefault(r => r.ProvinceCode is null)?.Totals() ?? CoverageTotals.Zero;
        return new NationalCoverage(year, certificateCode, nation, provinces);
    }

    private static ProvinceCoverage Arrange(CoverageRequest request, string provinceName, List<ProvinceRow> rows)
    {
        var cities = new List<CityCoverage>();
        var gaps = new List<CoverageGap>();
        var byCity = rows.ToLookup(r => r.CityCode, StringComparer.Ordinal);
        var stationsOf = rows.Where(r => r.RowKind == "S").ToDictionary(r => (r.CityCode, r.CertificateCode!), r => (int)r.Stations);
        var candidatesOf = rows.Where(r => r.RowKind == "A").ToDictionary(r => (r.CityCode, r.CertificateCode!), r => (int)r.Candidates);
        var listed = rows.Where(r => r.RowKind == "T" || r.RowKind == "C").Select(r => r.CityCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var code in listed)
        {
            var city = byCity[code].ToList();
            var place = city.FirstOrDefault(r => r.RowKind == "T");
            var cityName = place?.Name ?? code;
            var runs = city.Where(r => r.RowKind == "C").ToList();
            var colleges = runs.GroupBy(r => r.CollegeCode!, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new CoverageCollege(g.Key, g.First().Name ?? g.Key, g.Select(r => r.CertificateCode!).Order(StringComparer.Ordinal).ToList()))
                .ToList();
            var certificates = runs.GroupBy(r => r.CertificateCode!, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new CertificateCoverage(g.Key, g.Count(), stationsOf.GetValueOrDefault((code, g.Key)), candidatesOf.GetValueOrDefault((code, g.Key))))
                .ToList();
            var cityGaps = certificates.Where(c => !c.Covered).Select(c => new CoverageGap(code, cityName, c.CertificateCode, c.Colleges, c.CandidatesAffected)).ToList();
            gaps.AddRange(cityGaps);
            cities.Add(new CityCoverage(
                code, cityName, place?.CityKind ?? "", (int)city.Where(r => r.RowKind == "S").Sum(r => r.Stations), cityGaps.Count,
                cityGaps.Sum(g => g.CandidatesAffected), colleges, certificates));
        }

        // NAT-STA-1: the gaps that leave the most registered candidates without a station in their city come first.
        var ranked = gaps.OrderByDescending(g => g.CandidatesAffected)
            .ThenBy(g => g.CityCode, StringComparer.Ordinal).ThenBy(g => g.CertificateCode, StringComparer.Ordinal).ToList();
        var pilot = cities.Where(c => c.Colleges.Count > 0).ToList();
        var totals = new CoverageTotals(
            Cities: pilot.Count,
            CitiesWithGaps: pilot.Count(c => c.Gaps > 0),
            Colleges: pilot.Sum(c => c.Colleges.Count),
            Certificates: pilot.SelectMany(c => c.Certificates).Select(c => c.CertificateCode).Distinct(StringComparer.Ordinal).Count(),
            CityCertificates: pilot.Sum(c => c.Certificates.Count),
            Covered: pilot.Sum(c => c.Certificates.Count(x => x.Covered)),
            Gaps: ranked.Count,
            Stations: (int)rows.Where(r => r.RowKind == "S").Sum(r => r.Stations),
            CandidatesAffected: ranked.Sum(g => g.CandidatesAffected));
        return new ProvinceCoverage(request.ProvinceCode, provinceName, request.Year, request.CertificateCode, totals, cities, ranked);
    }

    // Settable properties: on SQLite the computed columns have no declared type for Dapper to match a constructor by.
    private sealed class ProvinceRow
    {
        public string RowKind { get; init; } = "";
        public string CityCode { get; init; } = "";
        public string? CollegeCode { get; init; }
        public string? Name { get; init; }
        public string? CityKind { get; init; }
        public string? CertificateCode { get; init; }
        public long Stations { get; init; }
        public long Candidates { get; init; }
    }

    private sealed class TotalsRow
    {
        public string? ProvinceCode { get; init; }
        public string? ProvinceName { get; init; }
        public long Cities { get; init; }
        public long CitiesWithGaps { get; init; }
        public long Colleges { get; init; }
        public long Certificates { get; init; }
        public long CityCertificates { get; init; }
        public long Covered { get; init; }
        public long Gaps { get; init; }
        public long Stations { get; init; }
        public long CandidatesAffected { get; init; }

        public CoverageTotals Totals() => new(
            (int)Cities, (int)CitiesWithGaps, (int)Colleges, (int)Certificates, (int)CityCertificates, (int)Covered, (int)Gaps, (int)Stations, (int)CandidatesAffected);
    }
}
