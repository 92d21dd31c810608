-- Exam-station coverage of one province in one pilot year (NAT-STA-1), as ONE hand-written PostgreSQL query: the
-- same answer as the GraphQL document province-coverage.graphql next to this file (data.stationCoverage), as one
-- JSON value. The counting rules are in docs/coverage.md. psql variables:
--   psql -X -A -t -v province=22 -v year=2025 -v certificate= -f province-coverage.sql
-- (certificate empty for every certificate, or a certificate code). Run it as a role that sees the whole province
-- (the table owner, or with oneplusx.scope = 'national'). Names and codes are ordered by code point (COLLATE "C"),
-- as the service orders them.
WITH projects AS MATERIALIZED (
    -- each counted project, with the approved stations for its certificate in its college's city (an index probe)
    SELECT c.city_code, c.tenant_id, c.name AS college_name, p.project_key, p.certificate_code,
           (SELECT count(*) FROM exam_stations s
            WHERE s.province_code = c.province_code AND s.city_code = c.city_code AND s.certificate_code = p.certificate_code
              AND s.approved) AS stations
    FROM colleges c
    JOIN certificate_projects p ON p.tenant_id = c.tenant_id
    WHERE c.province_code = :'province'
      AND p.year = :year AND p.status <> 'Rejected'
      AND (NULLIF(:'certificate', '') IS NULL OR p.certificate_code = NULLIF(:'certificate', ''))
      AND NOT EXISTS (SELECT 1 FROM approval_items w WHERE w.tenant_id = p.tenant_id AND w.target = 'Project'
          AND w.target_key = p.project_key AND w.item = 'application' AND w.status = 'Withdrawn')
),
counted AS MATERIALIZED (
    -- a gap's project counts its registrations (an index-only probe of the primary key)
    SELECT city_code, tenant_id, college_name, certificate_code, stations,
           CASE WHEN stations = 0
                THEN (SELECT count(*) FROM registrations r WHERE r.tenant_id = projects.tenant_id AND r.project_key = projects.project_key)
                ELSE 0 END AS candidates
    FROM projects
),
approved AS (
    SELECT s.city_code, s.certificate_code, count(*) AS stations
    FROM exam_stations s
    WHERE s.province_code = :'province' AND s.approved
      AND (NULLIF(:'certificate', '') IS NULL OR s.certificate_code = NULLIF(:'certificate', ''))
    GROUP BY s.city_code, s.certificate_code
),
run AS (
    SELECT city_code, tenant_id, college_name, certificate_code, max(stations) AS stations, sum(candidates) AS candidates
    FROM counted GROUP BY city_code, tenant_id, college_name, certificate_code
),
pairs AS (
    SELECT city_code, certificate_code, count(*) AS colleges, max(stations) AS stations, sum(candidates) AS candidates
    FROM run GROUP BY city_code, certificate_code
),
city_rows AS (
    SELECT r.city_code, COALESCE(ci.name, r.city_code) AS city_name, COALESCE(ci.kind, '') AS city_kind,
           COALESCE((SELECT sum(a.stations) FROM approved a WHERE a.city_code = r.city_code), 0) AS stations
    FROM (SELECT DISTINCT city_code FROM run) r
    LEFT JOIN cities ci ON ci.code = r.city_code
),
gaps AS (
    SELECT p.city_code, cr.city_name, p.certificate_code, p.colleges, p.candidates
    FROM pairs p JOIN city_rows cr ON cr.city_code = p.city_code
    WHERE p.stations = 0
)
SELECT json_build_object(
    'provinceCode', pv.code,
    'provinceName', pv.name,
    'year', :year,
    'certificateCode', NULLIF(:'certificate', ''),
    'totals', json_build_object(
        'cities', (SELECT count(*) FROM city_rows),
        'citiesWithGaps', (SELECT count(DISTINCT city_code) FROM gaps),
        'colleges', (SELECT count(DISTINCT tenant_id) FROM run),
        'certificates', (SELECT count(DISTINCT certificate_code) FROM run),
        'cityCertificates', (SELECT count(*) FROM pairs),
        'covered', (SELECT count(*) FROM pairs WHERE stations > 0),
        'gaps', (SELECT count(*) FROM gaps),
        'stations', (SELECT COALESCE(sum(stations), 0) FROM approved),
        'candidatesAffected', (SELECT COALESCE(sum(candidates), 0) FROM gaps)),
    'cities', COALESCE((
        SELECT json_agg(json_build_object(
            'cityCode', cr.city_code,
            'cityName', cr.city_name,
            'cityKind', cr.city_kind,
            'stations', cr.stations,
            'gaps', (SELECT count(*) FROM gaps g WHERE g.city_code = cr.city_code),
            'candidatesAffected', (SELECT COALESCE(sum(g.candidates), 0) FROM gaps g WHERE g.city_code = cr.city_code),
            'colleges', (
                SELECT json_agg(json_build_object('code', x.tenant_id, 'name', x.college_name, 'certificates', x.certificates)
                                ORDER BY x.tenant_id COLLATE "C")
                FROM (SELECT tenant_id, college_name, json_agg(certificate_code ORDER BY certificate_code COLLATE "C") AS certificates
                      FROM run WHERE run.city_code = cr.city_code GROUP BY tenant_id, college_name) x),
            'certificates', (
                SELECT json_agg(json_build_object('certificateCode', p.certificate_code, 'colleges', p.colleges, 'stations', p.stations,
                                                  'covered', p.stations > 0, 'candidatesAffected', p.candidates)
                                ORDER BY p.certificate_code COLLATE "C")
                FROM pairs p WHERE p.city_code = cr.city_code))
            ORDER BY cr.city_code COLLATE "C")
        FROM city_rows cr), CAST('[]' AS json)),
    'gaps', json_build_object(
        'totalCount', (SELECT count(*) FROM gaps),
        'edges', COALESCE((
            SELECT json_agg(json_build_object('node', json_build_object(
                       'cityCode', g.city_code, 'cityName', g.city_name, 'certificateCode', g.certificate_code,
                       'colleges', g.colleges, 'candidatesAffected', g.candidates))
                   ORDER BY g.candidates DESC, g.city_code COLLATE "C", g.certificate_code COLLATE "C")
            FROM (SELECT * FROM gaps ORDER BY candidates DESC, city_code COLLATE "C", certificate_code COLLATE "C" LIMIT 1000) g),
            CAST('[]' AS json))))
FROM provinces pv
WHERE pv.code = :'province';
