using Dapper;
using OnePlusX.Security;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.Tests.Coverage;

/// <summary>
/// A small pilot written straight into the read-model tables (as projections or the bulk import would), with the
/// coverage worked out by hand (NAT-STA-1). Province 22 (吉林省), 2025:
/// <list type="bullet">
/// <item>长春 220100: CVA runs BIM and WEB, CVB runs WEB (and FIN, rejected). Stations: WEB by CVA and CVB, WEB by CVC
/// (a 吉林市 college's station, in 长春), BIM by CVA not approved. WEB covered (3); BIM a gap, 4 candidates.</item>
/// <item>吉林 220200: CVC runs WEB (its BIM application was withdrawn). One approved AUTO station, which nobody there
/// runs. WEB a gap, 4 candidates (ties with 长春 BIM; 长春 ranks first by city code).</item>
/// <item>延边 222400: CVD runs BIM and WEB, no stations at all: gaps of 6 (WEB) and 2 (BIM) candidates.</item>
/// <item>四平 220300: CVE runs nothing in 2025 (WEB in 2024); one approved BIM station.</item>
/// </list>
/// 2024 in 22: CVA runs AUTO (5 candidates, no AUTO station: a gap) and WEB (covered), CVE runs WEB in 四平 (2, a gap).
/// Province 42 (湖北省), 2025: CVX runs WEB in 武汉 (covered by its station), CVY runs BIM in 仙桃 (a county-level unit)
/// whose only BIM station, in 仙桃, is not approved (a gap, 1 candidate); CVY's approved BIM station is in 武汉.
/// </summary>
public static class CoverageFixture
{
    public const int Year = 2025;

    private static readonly (string Tenant, string Name, string Province, string City)[] Colleges =
    [
        ("CVA", "长春甲职业技术学院", "22", "220100"),
        ("CVB", "长春乙职业学院", "22", "220100"),
        ("CVC", "吉林丙职业学院", "22", "220200"),
        ("CVD", "延边丁职业学院", "22", "222400"),
        ("CVE", "四平戊职业学院", "22", "220300"),
        ("CVX", "武汉庚职业学院", "42", "420100"),
        ("CVY", "仙桃辛职业学院", "42", "429004"),
    ];

    private static readonly (string Tenant, string Key, string Certificate, int Year, string Status, int Registrations)[] Projects =
    [
        ("CVA", "BIM-2-2025", "BIM", 2025, "Approved", 4),
        ("CVA", "WEB-2-2025", "WEB", 2025, "Running", 10),
        ("CVA", "AUTO-1-2024", "AUTO", 2024, "Closed", 5),
        ("CVA", "WEB-2-2024", "WEB", 2024, "Closed", 7),
        ("CVB", "WEB-1-2025", "WEB", 2025, "Applied", 0),
        ("CVB", "FIN-1-2025", "FIN", 2025, "Rejected", 0),
        ("CVC", "WEB-2-2025", "WEB", 2025, "Approved", 4),
        ("CVC", "BIM-1-2025", "BIM", 2025, "Applied", 0),
        ("CVD", "WEB-1-2025", "WEB", 2025, "Running", 6),
        ("CVD", "BIM-3-2025", "BIM", 2025, "Running", 2),
        ("CVE", "WEB-1-2024", "WEB", 2024, "Closed", 2),
        ("CVX", "WEB-2-2025", "WEB", 2025, "Running", 3),
        ("CVY", "BIM-2-2025", "BIM", 2025, "Approved", 1),
    ];

    private static readonly (string Tenant, string Code, string Certificate, string Province, string City, bool Approved)[] Stations =
    [
        ("CVA", "S1", "WEB", "22", "220100", true),
        ("CVB", "S2", "WEB", "22", "220100", true),
        ("CVA", "S3", "BIM", "22", "220100", false),
        ("CVC", "S4", "WEB", "22", "220100", true),
        ("CVE", "S5", "BIM", "22", "220300", true),
        ("CVC", "S6", "AUTO", "22", "220200", true),
        ("CVX", "S7", "WEB", "42", "420100", true),
        ("CVY", "S8", "BIM", "42", "420100", true),
        ("CVY", "S9", "BIM", "42", "429004", false),
    ];

    /// <summary>Writes the fixture as the service would (national scope: on PostgreSQL, under row-level security).</summary>
    public static async Task SeedAsync(Database database)
    {
        var now = new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);
        await using var connection = await database.OpenAsync(AccessScope.System("coverage fixture"));
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync(
            "INSERT INTO colleges (tenant_id, name, province_code, city_code, policy_code, version, updated_at) VALUES (@Tenant, @Name, @Province, @City, 'NAT', 1, @Now)",
            Colleges.Select(c => new { c.Tenant, c.Name, c.Province, c.City, Now = now }), transaction);
        await connection.ExecuteAsync(
            """
            INSERT INTO certificate_projects (tenant_id, project_key, certificate_code, level, year, school_code, pilot_scale, budget, status, candidate_count, version, updated_at)
            VALUES (@Tenant, @Key, @Certificate, 2, @Year, 'S01', 50, 10000, @Status, @Registrations, 1, @Now)
            """,
            Projects.Select(p => new { p.Tenant, p.Key, p.Certificate, p.Year, p.Status, p.Registrations, Now = now }), transaction);
        await connection.ExecuteAsync(
            """
            INSERT INTO registrations (tenant_id, project_key, candidate_key, student_number, external, certificate_code, level, year, registered_on, payer, fee, passed, score, certificate_number, issued_on, version)
            VALUES (@Tenant, @Key, @Candidate, @Candidate, @External, @Certificate, 2, @Year, @On, 'Student', 300, NULL, NULL, NULL, NULL, 1)
            """,
            Projects.SelectMany(p => Enumerable.Range(1, p.Registrations).Select(i => new
            {
                p.Tenant, p.Key, Candidate = $"{p.Key}-{i:D2}", External = false, p.Certificate, p.Year, On = new DateTime(p.Year, 3, 1),
            })),
            transaction);
        await connection.ExecuteAsync(
            """
            INSERT INTO exam_stations (tenant_id, station_code, name, certificate_code, province_code, city_code, capacity, approved, version, updated_at)
            VALUES (@Tenant, @Code, '考核站点', @Certificate, @Province, @City, 40, @Approved, 1, @Now)
            """,
            Stations.Select(s => new { s.Tenant, s.Code, s.Certificate, s.Province, s.City, s.Approved, Now = now }), transaction);
        await connection.ExecuteAsync(
            """
            INSERT INTO approval_items (tenant_id, target, target_key, item, subject, title, status, next_approver, rejection_reason, submitted_at, version, updated_at)
            VALUES (@Tenant, 'Project', @Key, 'application', 'ProjectApplication', '项目申报', @Status, NULL, NULL, NULL, 1, @Now)
            """,
            new[]
            {
                new { Tenant = "CVC", Key = "BIM-1-2025", Status = "Withdrawn", Now = now },
                new { Tenant = "CVB", Key = "WEB-1-2025", Status = "Submitted", Now = now },
                new { Tenant = "CVB", Key = "FIN-1-2025", Status = "Rejected", Now = now },
            },
            transaction);
        await transaction.CommitAsync();
    }
}
