using OnePlusX.Security;

namespace OnePlusX.Silo.ReadModels.Coverage;

/// <summary>
/// The coverage statements (NAT-STA-1), written once for both databases. Rules (docs/coverage.md): a pilot college
/// runs a certificate in a year when it has a project of it that year whose application was neither rejected nor
/// withdrawn; only approved stations cover, and only in their own city; candidates affected are the registrations of
/// a gap's projects (each registration row belongs to its project's certificate and year).
/// </summary>
internal static class CoverageSql
{
    /// <summary>The projects that count, on <c>certificate_projects p</c>.</summary>
    private static string Counted(string? certificateCode) =>
        $"""
        p.year = @Year AND p.status <> 'Rejected'{(certificateCode is null ? "" : " AND p.certificate_code = @CertificateCode")}
              AND NOT EXISTS (SELECT 1 FROM approval_items w WHERE w.tenant_id = p.tenant_id AND w.target = 'Project'
                  AND w.target_key = p.project_key AND w.item = 'application' AND w.status = 'Withdrawn')
        """;

    private static string StationCertificate(string? certificateCode) => certificateCode is null ? "" : " AND s.certificate_code = @CertificateCode";

    /// <summary>
    /// One province, as rows of four kinds: <c>C</c> a (college, certificate) the college runs; <c>S</c> a (city, certificate)
    /// with approved stations; <c>A</c> a (city, certificate) gap with its candidates affected; <c>T</c> a city (its
    /// name and kind): those with pilot colleges, or all when asked. The statement joins nothing to its aggregates:
    /// the (college, certificate) rows get their stations and candidates from the S and A rows in the caller. Under a
    /// provincial scope (the province condition twice, plus row-level security) PostgreSQL estimates one project, and
    /// joining the aggregates to the rows made it nest loops over them: re-running the whole registrations count once
    /// per row (minutes on the national data set), or scanning the gaps once per row (0.7 s instead of 0.1 s); see
    /// docs/benchmarks.md, coverage-http. For the same reason a gap is found per project, by probing the approved
    /// stations' index for the project's own city and certificate, and only a gap's project counts its registrations
    /// (a probe of their primary key): joining registrations first and then anti-joining the approved pairs nested
    /// the pairs inside every registration (12–60 s for one province under national scope, 0.1 s this way).
    /// </summary>
    public static string Province(AccessScope scope, string? certificateCode, bool allCities) =>
        $"""
        WITH projects AS (
            SELECT c.province_code, c.city_code, c.tenant_id, c.name AS college_name, p.project_key, p.certificate_code
            FROM colleges c
            JOIN certificate_projects p ON p.tenant_id = c.tenant_id
            WHERE c.province_code = @ProvinceCode AND {ScopeSql.Condition(scope, "c.tenant_id", "c.province_code")}
              AND {Counted(certificateCode)}
        ),
        approved AS (
            SELECT s.city_code, s.certificate_code, count(*) AS stations
            FROM exam_stations s
            WHERE s.province_code = @ProvinceCode AND s.approved AND {ScopeSql.Condition(scope, "s.tenant_id", "s.province_code")}{StationCertificate(certificateCode)}
            GROUP BY s.city_code, s.certificate_code
        ),
        affected AS (
            SELECT pr.city_code, pr.certificate_code,
                   CAST(sum((SELECT count(*) FROM registrations r WHERE r.tenant_id = pr.tenant_id AND r.project_key = pr.project_key)) AS bigint) AS candidates
            FROM projects pr
            WHERE NOT EXISTS (SELECT 1 FROM exam_stations s WHERE s.province_code = pr.province_code AND s.city_code = pr.city_code
                                  AND s.certificate_code = pr.certificate_code AND s.approved AND {ScopeSql.Condition(scope, "s.tenant_id", "s.province_code")})
            GROUP BY pr.city_code, pr.certificate_code
        ),
        run AS (SELECT DISTINCT city_code, tenant_id, college_name, certificate_code FROM projects)
        SELECT 'C' AS RowKind, run.city_code AS CityCode, run.tenant_id AS CollegeCode, run.college_name AS Name, NULL AS CityKind,
               run.certificate_code AS CertificateCode, 0 AS Stations, 0 AS Candidates
        FROM run
        UNION ALL
        SELECT 'S', a.city_code, NULL, NULL, NULL, a.certificate_code, a.stations, 0 FROM approved a
        UNION ALL
        SELECT 'A', f.city_code, NULL, NULL, NULL, f.certificate_code, 0, f.candidates FROM affected f
        UNION ALL
        SELECT 'T', ci.code, NULL, ci.name, ci.kind, NULL, 0, 0 FROM cities ci
        WHERE ci.province_code = @ProvinceCode{(allCities ? "" : " AND ci.code IN (SELECT city_code FROM projects)")}
        """;

    /// <summary>
    /// Every province's totals (every province in the table, zero where nothing is run or in scope), then the
    /// national row (null code): sums of the provinces', except certificates, counted distinct across the nation.
    /// </summary>
    public static string National(AccessScope scope, string? certificateCode) =>
        $"""
        WITH projects AS (
            SELECT c.province_code, c.city_code, c.tenant_id, p.project_key, p.certificate_code
            FROM colleges c
            JOIN certificate_projects p ON p.tenant_id = c.tenant_id
            WHERE {ScopeSql.Condition(scope, "c.tenant_id", "c.province_code")} AND {Counted(certificateCode)}
        ),
        approved AS (
            SELECT s.province_code, s.city_code, s.certificate_code, count(*) AS stations
            FROM exam_stations s
            WHERE s.approved AND {ScopeSql.Condition(scope, "s.tenant_id", "s.province_code")}{StationCertificate(certificateCode)}
            GROUP BY s.province_code, s.city_code, s.certificate_code
        ),
        pairs AS (
            SELECT pr.province_code, pr.city_code, pr.certificate_code,
                   CASE WHEN EXISTS (SELECT 1 FROM approved a WHERE a.city_code = pr.city_code AND a.certificate_code = pr.certificate_code)
                        THEN 0 ELSE 1 END AS gap
            FROM (SELECT DISTINCT province_code, city_code, certificate_code FROM projects) pr
        ),
        run_totals AS (
            SELECT province_code, count(DISTINCT city_code) AS cities, count(DISTINCT tenant_id) AS colleges,
                   count(DISTINCT certificate_code) AS certificates
            FROM projects GROUP BY province_code
        ),
        pair_totals AS (
            SELECT province_code, count(*) AS pairs, sum(gap) AS gaps, count(DISTINCT CASE WHEN gap = 1 THEN city_code END) AS cities_with_gaps
            FROM pairs GROUP BY province_code
        ),
        station_totals AS (SELECT province_code, sum(stations) AS stations FROM approved GROUP BY province_code),
        affected AS (
            SELECT pr.province_code, count(*) AS candidates
            FROM projects pr
            JOIN pairs g ON g.city_code = pr.city_code AND g.certificate_code = pr.certificate_code AND g.gap = 1
            JOIN registrations r ON r.tenant_id = pr.tenant_id AND r.project_key = pr.project_key
            GROUP BY pr.province_code
        ),
        per_province AS (
            SELECT pv.code AS ProvinceCode, pv.name AS ProvinceName,
                   CAST(COALESCE(rt.cities, 0) AS bigint) AS Cities, CAST(COALESCE(pt.cities_with_gaps, 0) AS bigint) AS CitiesWithGaps,
                   CAST(COALESCE(rt.colleges, 0) AS bigint) AS Colleges, CAST(COALESCE(rt.certificates, 0) AS bigint) AS Certificates,
                   CAST(COALESCE(pt.pairs, 0) AS bigint) AS CityCertificates, CAST(COALESCE(pt.pairs - pt.gaps, 0) AS bigint) AS Covered,
                   CAST(COALESCE(pt.gaps, 0) AS bigint) AS Gaps, CAST(COALESCE(st.stations, 0) AS bigint) AS Stations,
                   CAST(COALESCE(af.candidates, 0) AS bigint) AS CandidatesAffected
            FROM provinces pv
            LEFT JOIN run_totals rt ON rt.province_code = pv.code
            LEFT JOIN pair_totals pt ON pt.province_code = pv.code
            LEFT JOIN station_totals st ON st.province_code = pv.code
            LEFT JOIN affected af ON af.province_code = pv.code
        )
        SELECT * FROM per_province
        UNION ALL
        SELECT NULL, NULL, CAST(sum(Cities) AS bigint), CAST(sum(CitiesWithGaps) AS bigint), CAST(sum(Colleges) AS bigint),
               (SELECT count(DISTINCT certificate_code) FROM projects), CAST(sum(CityCertificates) AS bigint), CAST(sum(Covered) AS bigint),
               CAST(sum(Gaps) AS bigint), CAST(sum(Stations) AS bigint), CAST(sum(CandidatesAffected) AS bigint)
        FROM per_province
        """;
}
