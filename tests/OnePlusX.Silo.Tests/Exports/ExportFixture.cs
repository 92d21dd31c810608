using System.Data.Common;
using System.Globalization;
using Dapper;
using OnePlusX.Exports;

namespace OnePlusX.Silo.Tests.Exports;

/// <summary>
/// A small monitoring dataset written straight into the read-model tables (no grains): three colleges in two
/// provinces, their projects, cost caps, registrations, certificates and weekly-report compliance, with the awkward
/// values an export must carry (nulls, a comma, quotes and a line break in text, a name that looks like a formula, a
/// claimed but unissued certificate number). <see cref="ExpectedAsync"/> reads the same tables back with the test's
/// own SQL and computes the derived columns (cap in force, platform status) in C#, independently of the exporter.
/// </summary>
public static class ExportFixture
{
    public const string FormulaName = "=HYPERLINK(\"x\")湖北出口测试学院";

    public static async Task InsertAsync(DbConnection connection)
    {
        // Days go in as ISO text (Dapper binds no DateOnly), cast to date on PostgreSQL, kept as text on SQLite.
        var postgres = connection is Npgsql.NpgsqlConnection;
        string D(string parameter) => postgres ? $"CAST({parameter} AS date)" : parameter;
        var at = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
        foreach (var (tenant, name, province, city) in new[]
                 {
                     ("EXA", "吉林出口测试学院", "22", "220100"),
                     ("EXB", FormulaName, "42", "420300"),
                     ("EXC", "长春\"示范\",职业学院", "22", "220200"),
                 })
        {
            await connection.ExecuteAsync(
                "INSERT INTO colleges (tenant_id, name, province_code, city_code, policy_code, version, updated_at) VALUES (@tenant, @name, @province, @city, 'BASE', 1, @at)",
                new { tenant, name, province, city, at });
        }

        foreach (var (tenant, key, certificate, level, year, budget, status, fee, cost) in new (string, string, string, short, int, decimal, string, decimal?, decimal?)[]
                 {
                     ("EXA", "WEB-FE-2-2025", "WEB-FE", 2, 2025, 12000.50m, "Approved", 380.00m, 350.25m),
                     ("EXA", "WEB-FE-1-2024", "WEB-FE", 1, 2024, 5000m, "Draft", null, null),
                     ("EXB", "BIG-DA-3-2025", "BIG-DA", 3, 2025, 9000m, "Approved", 500.00m, 620.00m),
                     ("EXC", "WEB-FE-2-2025", "WEB-FE", 2, 2025, 3000m, "Submitted", 300.00m, null),
                     ("EXC", "WEB-FE-2-2024", "WEB-FE", 2, 2024, 3000m, "Approved", null, null),
                 })
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO certificate_projects (tenant_id, project_key, certificate_code, level, year, school_code, pilot_scale, budget, status,
                    candidate_count, agreed_fee, exam_cost_per_candidate, version, updated_at)
                VALUES (@tenant, @key, @certificate, @level, @year, 'S1', 40, @budget, @status, 3, @fee, @cost, 1, @at)
                """,
                new { tenant, key, certificate, level, year, budget, status, fee, cost, at });
        }

        foreach (var (certificate, level, from, cap, sample) in new (string, short, DateOnly, decimal, bool)[]
                 {
                     ("WEB-FE", 2, new DateOnly(2024, 1, 1), 400m, true),
                     ("WEB-FE", 2, new DateOnly(2025, 1, 1), 360m, false),
                     ("WEB-FE", 2, new DateOnly(2099, 1, 1), 1m, true), // not in force yet
                     ("BIG-DA", 3, new DateOnly(2024, 6, 1), 600m, true),
                 })
        {
            await connection.ExecuteAsync(
                $"INSERT INTO cost_caps (certificate_code, level, effective_from, cap, sample, set_by, set_at) VALUES (@certificate, @level, {D("@from")}, @cap, @sample, 'test', @at)",
                new { certificate, level, from = Iso(from), cap, sample, at });
        }

        foreach (var r in new (string Tenant, string Project, string Candidate, string? Student, bool External, string Certificate, short Level, int Year, DateOnly On, string Payer, decimal Fee, bool? Passed, decimal? Score, string? Number, DateOnly? Issued)[]
                 {
                     ("EXA", "WEB-FE-2-2025", "2025001", "2025001", false, "WEB-FE", 2, 2025, new(2025, 3, 1), "College", 380.00m, true, 91.5m, "EXP-0001", new(2025, 6, 1)),
                     ("EXA", "WEB-FE-2-2025", "2025002", "2025002", false, "WEB-FE", 2, 2025, new(2025, 3, 1), "Student", 380.00m, false, 45m, null, null),
                     ("EXA", "WEB-FE-2-2025", "X-1", null, true, "WEB-FE", 2, 2025, new(2025, 3, 2), "Candidate", 380.00m, null, null, null, null),
                     ("EXA", "WEB-FE-1-2024", "2024009", "2024009", false, "WEB-FE", 1, 2024, new(2024, 5, 2), "Government", 200m, true, 70m, null, null),
                     ("EXB", "BIG-DA-3-2025", "B1", "B1", false, "BIG-DA", 3, 2025, new(2025, 4, 2), "Government", 500.00m, true, 80m, "EXP-0002", new(2025, 7, 1)),
                     ("EXB", "BIG-DA-3-2025", "B2", "B2", false, "BIG-DA", 3, 2025, new(2025, 4, 2), "Student", 500.00m, null, null, null, null),
                     ("EXC", "WEB-FE-2-2025", "C1", "C1", false, "WEB-FE", 2, 2025, new(2025, 3, 9), "College", 300.00m, true, 60.25m, "EXP-0003", new(2025, 6, 10)),
                 })
        {
            await connection.ExecuteAsync(
                $"""
                INSERT INTO registrations (tenant_id, project_key, candidate_key, student_number, external, certificate_code, level, year,
                    registered_on, payer, fee, passed, score, certificate_number, issued_on, version)
                VALUES (@Tenant, @Project, @Candidate, @Student, @External, @Certificate, @Level, @Year, {D("@On")}, @Payer, @Fee, @Passed, @Score, @Number, {D("@Issued")}, 1)
                """,
                new { r.Tenant, r.Project, r.Candidate, r.Student, r.External, r.Certificate, r.Level, r.Year, On = Iso(r.On), r.Payer, r.Fee, r.Passed, r.Score, r.Number, Issued = Iso(r.Issued) });
        }

        foreach (var c in new (string Number, string Tenant, string Project, string Candidate, string Certificate, short Level, string Holder, string? Student, string College, DateOnly Issued, DateOnly Due, bool Provisional, DateOnly? Entered, int Version)[]
                 {
                     ("EXP-0001", "EXA", "WEB-FE-2-2025", "2025001", "WEB-FE", 2, "张三", "2025001", "吉林出口测试学院", new(2025, 6, 1), new(2025, 6, 10), false, new(2025, 6, 5), 3),
                     ("EXP-0002", "EXB", "BIG-DA-3-2025", "B1", "BIG-DA", 3, "李四, Jr.", "B1", FormulaName, new(2025, 7, 1), new(2025, 7, 10), false, null, 2),
                     ("EXP-0003", "EXC", "WEB-FE-2-2025", "C1", "WEB-FE", 2, "王\n五", "C1", "长春\"示范\",职业学院", new(2025, 6, 10), new(2099, 1, 5), true, null, 2),
                     ("EXP-0009", "EXC", "WEB-FE-2-2025", "C2", "WEB-FE", 2, "claimed", "C2", "长春\"示范\",职业学院", new(2025, 6, 10), new(2025, 6, 20), false, null, 0),
                 })
        {
            await connection.ExecuteAsync(
                $"""
                INSERT INTO issued_certificates (number, tenant_id, project_key, candidate_key, certificate_code, level, holder_name, student_number, college_name,
                    issued_on, platform_due, platform_due_provisional, platform_entered_on, version, updated_at)
                VALUES (@Number, @Tenant, @Project, @Candidate, @Certificate, @Level, @Holder, @Student, @College, {D("@Issued")}, {D("@Due")}, @Provisional,
                    {D("@Entered")}, @Version, @at)
                """,
                new
                {
                    c.Number, c.Tenant, c.Project, c.Candidate, c.Certificate, c.Level, c.Holder, c.Student, c.College, Issued = Iso(c.Issued), Due = Iso(c.Due),
                    c.Provisional, Entered = Iso(c.Entered), c.Version, at,
                });
        }

        foreach (var w in new (string Tenant, string Province, string From, string? Last, int Missed, int Longest, bool Warning, bool Exit, bool Cancelled, string Rules, string Zh, string En)[]
                 {
                     ("EXA", "22", "2025-03-03", "2025-06-02", 0, 1, false, false, false, "NAT-REP-1", "按时报送", "Filed on time"),
                     ("EXB", "42", "2025-03-03", null, 3, 3, true, true, true, "NAT-EXIT-COL,HB-EXIT-1", "连续3周未报送，退出试点", "Missed 3 weeks in a row, \"exit\""),
                 })
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO weekly_report_status (tenant_id, province_code, reporting_from, last_filed_week, missed_in_a_row, longest_missed_run, warning,
                    exit_flag, project_cancelled, rule_ids, explanation, explanation_en, evaluated_on, version, updated_at)
                VALUES (@Tenant, @Province, @From, @Last, @Missed, @Longest, @Warning, @Exit, @Cancelled, @Rules, @Zh, @En, '2025-06-09', 1, @at)
                """,
                new { w.Tenant, w.Province, w.From, w.Last, w.Missed, w.Longest, w.Warning, w.Exit, w.Cancelled, w.Rules, w.Zh, w.En, at });
        }
    }

    private static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The rows an export of <paramref name="dataset"/> must hold, in its order, judged on <paramref name="asOf"/>.</summary>
    public static async Task<List<object?[]>> ExpectedAsync(DbConnection connection, ExportDataset dataset, DateOnly asOf, string? province = null, int? year = null)
    {
        var filter = (province is null ? "" : " AND c.province_code = @province") + (year is null ? "" : " AND {year} = @year");
        switch (dataset)
        {
            case ExportDataset.Projects:
                var caps = (await RowsAsync(connection, "SELECT certificate_code, level, effective_from, cap, sample FROM cost_caps", null, "tiddb")).ToList();
                return (await RowsAsync(connection,
                        $"""
                        SELECT p.tenant_id, c.name, c.province_code, c.city_code, p.project_key, p.certificate_code, p.level, p.year, p.school_code,
                            p.pilot_scale, p.budget, p.status, p.candidate_count, p.agreed_fee, p.exam_cost_per_candidate
                        FROM certificate_projects p JOIN colleges c ON c.tenant_id = p.tenant_id WHERE 1 = 1{filter.Replace("{year}", "p.year", StringComparison.Ordinal)}
                        ORDER BY p.tenant_id, p.project_key
                        """,
                        new { province, year }, "ttttttiitidtidd"))
                    .Select(row =>
                    {
                        var cap = caps.Where(k => (string)k[0]! == (string)row[5]! && (long)k[1]! == (long)row[6]! && (DateOnly)k[2]! <= asOf).MaxBy(k => (DateOnly)k[2]!);
                        var fee = (decimal?)row[13];
                        var cost = (decimal?)row[14];
                        var status = cap is null ? "NO_CAP"
                            : fee > (decimal)cap[3]! || cost > (decimal)cap[3]! ? "OVER"
                            : fee is null && cost is null ? "NO_FEE"
                            : "WITHIN";
                        return row.Concat([cap?[3], cap?[2], cap?[4], status, asOf]).ToArray();
                    })
                    .ToList();
            case ExportDataset.Registrations:
                return (await RowsAsync(connection,
                    $"""
                    SELECT r.tenant_id, c.province_code, c.city_code, r.project_key, r.candidate_key, r.student_number, r.external, r.certificate_code,
                        r.level, r.year, r.registered_on, r.payer, r.fee, r.passed, r.score, r.certificate_number, r.issued_on
                    FROM registrations r JOIN colleges c ON c.tenant_id = r.tenant_id WHERE 1 = 1{filter.Replace("{year}", "r.year", StringComparison.Ordinal)}
                    ORDER BY r.tenant_id, r.project_key, r.candidate_key
                    """,
                    new { province, year }, "tttttTbtiidtdbdTd")).ToList();
            case ExportDataset.Certificates:
                return (await RowsAsync(connection,
                        $"""
                        SELECT i.number, i.tenant_id, i.college_name, c.province_code, i.project_key, p.year, i.candidate_key, i.student_number,
                            i.holder_name, i.certificate_code, i.level, i.issued_on, i.platform_due, i.platform_due_provisional, i.platform_entered_on
                        FROM issued_certificates i JOIN colleges c ON c.tenant_id = i.tenant_id
                        LEFT JOIN certificate_projects p ON p.tenant_id = i.tenant_id AND p.project_key = i.project_key
                        WHERE i.version > 0{filter.Replace("{year}", "p.year", StringComparison.Ordinal)}
                        ORDER BY i.tenant_id, i.project_key, i.number
                        """,
                        new { province, year }, "tttttittttiddbD"))
                    .Select(row => row.Concat([
                        row[14] is not null ? "ENTERED" : (DateOnly)row[12]! < asOf ? "OVERDUE" : "DUE",
                        asOf]).ToArray())
                    .ToList();
            default:
                return (await RowsAsync(connection,
                    $"""
                    SELECT w.tenant_id, c.name, w.province_code, c.city_code, w.reporting_from, w.last_filed_week, w.missed_in_a_row, w.longest_missed_run,
                        w.warning, w.exit_flag, w.project_cancelled, w.rule_ids, w.explanation, w.explanation_en, w.evaluated_on
                    FROM weekly_report_status w JOIN colleges c ON c.tenant_id = w.tenant_id WHERE 1 = 1{filter}
                    ORDER BY w.tenant_id
                    """,
                    new { province }, "ttttdDiibbbtttd")).ToList();
        }
    }

    /// <summary>
    /// Rows as typed values, one letter per column: t text, T text or null, i integer, d day or decimal (by the
    /// database value: a number is a decimal), D day or null, b boolean, B boolean.
    /// </summary>
    private static async Task<IEnumerable<object?[]>> RowsAsync(DbConnection connection, string sql, object? parameters, string kinds)
    {
        await using var reader = await connection.ExecuteReaderAsync(sql, parameters);
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[kinds.Length];
            for (var i = 0; i < kinds.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : Typed(reader.GetValue(i), kinds[i], reader.GetName(i));
            }

            rows.Add(row);
        }

        return rows;
    }

    private static object Typed(object value, char kind, string column) => char.ToLowerInvariant(kind) switch
    {
        't' => (string)value,
        'i' => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        'b' => value is bool flag ? flag : Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0,
        _ when IsDay(column) => value switch
        {
            DateOnly day => day,
            DateTime time => DateOnly.FromDateTime(time),
            _ => DateOnly.ParseExact((string)value, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        },
        _ => value is string text ? decimal.Parse(text, CultureInfo.InvariantCulture) : Convert.ToDecimal(value, CultureInfo.InvariantCulture),
    };

    private static bool IsDay(string column) =>
        column.EndsWith("_on", StringComparison.Ordinal) || column.EndsWith("_from", StringComparison.Ordinal)
        || column.EndsWith("_week", StringComparison.Ordinal) || column == "platform_due";
}
