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
    private static string Pilot(string? certificateCode) =>
        $"""
        p.year = @Year AND p.status <> 'Rejected'{(certificateCode is null ? "" : " AND p.certificate_code = @CertificateCode")}
              AND NOT EXISTS (SELECT 1 FROM approval_items w WHERE w.tenant_id = p.tenant_id AND w.target = 'Project'
                  AND w.target_key = p.project_key AND w.item = 'application' AND w.status = 'Withdrawn')
        """;

    private static string StationCertificate(string? certificateCode) => certificateCode is null ? "" : " AND s.certificate_code = @CertificateCode";

    /// <summary>
    /// The counted projects with, for each, the approved stations for its certificate in its college's city and,
    /// when there are none (a gap), its registrations. Both are index probes per project (the stations' city index,
    /// the registrations' primary key), so the plan stays a single pass over the projects however badly the planner
    /// guesses their number under row-level security; the answer is then only grouped, never joined back.
    /// </summary>
    private static string Counted(AccessScope scope, string? certificateCode, string collegeWhere) =>
        $"""
        projects AS MATERIALIZED (
            SELECT c.province_code, c.city_code, c.tenant_id, c.name AS college_name, p.project_key, p.certificate_code,
                   (SELECT count(*) FROM exam_stations s
                    WHERE s.province_code = c.province_code AND s.city_code = c.city_code AND s.certificate_code = p.certificate_code
                      AND s.approved AND {ScopeSql.Condition(scope, "s.tenant_id", "s.province_code")}) AS stations
            FROM colleges c
            JOIN certificate_projects p ON p.tenant_id = c.tenant_id
            WHERE {collegeWhere}{ScopeSql.Condition(scope, "c.tenant_id", "c.province_code")} AND {Pilot(certificateCode)}
        ),
        counted AS MATERIALIZED (
            SELECT province_code, city_code, tenant_id, college_name, certificate_code, stations,
                   CASE WHEN stations = 0
                        THEN (SELECT count(*) FROM registrations r WHERE r.tenant_id = projects.tenant_id AND r.project_key = projects.project_key)
                        ELSE 0 END AS candidates
            FROM projects
        )
        """;

    /// <summary>
    /// One province, as rows of three kinds: <c>C</c> a (college, certificate) the college runs, with the city's
    /// approved stations for it and, for a gap, the college's candidates of it; <c>S</c> a (city, certificate) with
    /// approved stations; <c>T</c> a city (its name and kind): those with pilot colleges, or all when asked.
    /// </summary>
    public static string Province(AccessScope scope, string? certificateCode, bool allCities) =>
        $"""
        WITH {Counted(scope, certificateCode, "c.province_code = @ProvinceCode AND ")}
        SELECT 'C' AS RowKind, city_code AS CityCode, tenant_id AS CollegeCode, college_name AS Name, NULL AS CityKind,
               certificate_code AS CertificateCode, max(stations) AS Stations, sum(candidates) AS Candidates
        FROM counted
        GROUP BY city_code, tenant_id, college_name, certificate_code
        UNION ALL
        SELECT 'S', s.city_code, NULL, NULL, NULL, s.certificate_code, count(*), 0
        FROM exam_stations s
        WHERE s.province_code = @ProvinceCode AND s.approved AND {ScopeSql.Condition(scope, "s.tenant_id", "s.province_code")}{StationCertificate(certificateCode)}
        GROUP BY s.city_code, s.certificate_code
        UNION ALL
        SELECT 'T', ci.code, NULL, ci.name, ci.kind, NULL, 0, 0
        FROM cities ci
        WHERE ci.province_code = @ProvinceCode{(allCities ? "" : " AND ci.code IN (SELECT city_code FROM counted)")}
        """;

    /// <summary>
    /// Every province's totals (every province in the table, zero where nothing is run or in scope), then the
    /// national row (null code): sums of the provinces', except certificates, counted distinct across the nation.
    /// </summary>
    public static string National(AccessScope scope, string? certificateCode) =>
        $"""
        WITH {Counted(scope, certificateCode, "")},
        pairs AS (
            SELECT province_code, city_code, certificate_code, CASE WHEN max(stations) = 0 THEN 1 ELSE 0 END AS gap
            FROM counted GROUP BY province_code, city_code, certificate_code
        ),
        run_totals AS (
            SELECT province_code, count(DISTINCT city_code) AS cities, count(DISTINCT tenant_id) AS colleges,
                   count(DISTINCT certificate_code) AS certificates, sum(candidates) AS candidates
            FROM counted GROUP BY province_code
        ),
        pair_totals AS (
            SELECT province_code, count(*) AS pairs, sum(gap) AS gaps, count(DISTINCT CASE WHEN gap = 1 THEN city_code END) AS cities_with_gaps
            FROM pairs GROUP BY province_code
        ),
        station_totals AS (
            SELECT s.province_code, count(*) AS stations
            FROM exam_stations s
            WHERE s.approved AND {ScopeSql.Condition(scope, "s.tenant_id", "s.province_code")}{StationCertificate(certificateCode)}
            GROUP BY s.province_code
        ),
        per_province AS (
            SELECT pv.code AS ProvinceCode, pv.name AS ProvinceName,
                   CAST(COALESCE(rt.cities, 0) AS bigint) AS Cities, CAST(COALESCE(pt.cities_with_gaps, 0) AS bigint) AS CitiesWithGaps,
                   CAST(COALESCE(rt.colleges, 0) AS bigint) AS Colleges, CAST(COALESCE(rt.certificates, 0) AS bigint) AS Certificates,
                   CAST(COALESCE(pt.pairs, 0) AS bigint) AS CityCertificates, CAST(COALESCE(pt.pairs - pt.gaps, 0) AS bigint) AS Covered,
                   CAST(COALESCE(pt.gaps, 0) AS bigint) AS Gaps, CAST(COALESCE(st.stations, 0) AS bigint) AS Stations,
                   CAST(COALESCE(rt.candidates, 0) AS bigint) AS CandidatesAffected
            FROM provinces pv
            LEFT JOIN run_totals rt ON rt.province_code = pv.code
            LEFT JOIN pair_totals pt ON pt.province_code = pv.code
            LEFT JOIN station_totals st ON st.province_code = pv.code
        )
        SELECT * FROM per_province
        UNION ALL
        SELECT NULL, NULL, CAST(sum(Cities) AS bigint), CAST(sum(CitiesWithGaps) AS bigint), CAST(sum(Colleges) AS bigint),
               (SELECT count(DISTINCT certificate_code) FROM counted), CAST(sum(CityCertificates) AS bigint), CAST(sum(Covered) AS bigint),
               CAST(sum(Gaps) AS bigint), CAST(sum(Stations) AS bigint), CAST(sum(CandidatesAffected) AS bigint)
        FROM per_province
        """;
}
