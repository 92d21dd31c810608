using Dapper;
using OnePlusX.Exports;
using OnePlusX.Security;
using OnePlusX.Silo.ReadModels;
using OnePlusX.Silo.ReadModels.CostCaps;
using OnePlusX.Silo.Storage;
using static OnePlusX.Silo.Exports.ExportColumn;

namespace OnePlusX.Silo.Exports;

/// <summary>The SQL of one export: the count (for progress) and the rows, in the columns' order, with their parameters.</summary>
internal sealed record ExportQuery(string Count, string Rows, DynamicParameters Parameters);

/// <summary>
/// The monitoring datasets (NAT-MON-1): each one read model, joined to its college for province and city, filtered by
/// the job's scope (the first wall; row-level security on PostgreSQL is the second) and its filters, in a stable
/// order. Read-model tables only, never grains. Every column is documented in docs/exports.md; a test checks that the
/// document names them all.
/// </summary>
internal sealed class ExportDefinition
{
    private readonly Func<StorageDialect, string> _from;
    private readonly Func<StorageDialect, string> _select;

    private ExportDefinition(ExportDataset id, string stem, string provinceColumn, string? yearColumn, string orderBy,
        IReadOnlyList<ExportColumn> columns, Func<StorageDialect, string> select, Func<StorageDialect, string> from, string? condition = null)
    {
        Condition = condition;
        Id = id;
        Stem = stem;
        ProvinceColumn = provinceColumn;
        YearColumn = yearColumn;
        OrderBy = orderBy;
        Columns = columns;
        _select = select;
        _from = from;
    }

    public ExportDataset Id { get; }

    /// <summary>The file-name stem and the XLSX sheet name.</summary>
    public string Stem { get; }

    public IReadOnlyList<ExportColumn> Columns { get; }

    /// <summary>The column a year filter applies to; null when the dataset has no year.</summary>
    public string? YearColumn { get; }

    private string ProvinceColumn { get; }

    private string OrderBy { get; }

    /// <summary>A condition every row of the dataset meets, beside scope and filters.</summary>
    private string? Condition { get; }

    public static IReadOnlyList<ExportDefinition> All { get; } = [Projects(), Registrations(), Certificates(), WeeklyReports()];

    public static ExportDefinition For(ExportDataset id) => All.Single(d => d.Id == id);

    /// <summary>The count and the rows of this dataset for a scope, filters and the day day-dependent columns are judged on.</summary>
    public ExportQuery Query(StorageDialect dialect, AccessScope scope, ExportFilter filter, DateOnly asOf)
    {
        var where = PagedSql.Where(
            $"({ScopeSql.Condition(scope, "c.tenant_id", "c.province_code")})",
            (Condition, Condition ?? ""),
            (filter.ProvinceCode, $"{ProvinceColumn} = @ProvinceCode"),
            (filter.Year, $"{YearColumn} = @Year"));
        var parameters = ScopeSql.With(new { filter.ProvinceCode, filter.Year, AsOf = Sql.IsoDay(asOf) }, scope);
        return new ExportQuery($"SELECT count(*) FROM {_from(dialect)} {where}", $"SELECT {_select(dialect)} FROM {_from(dialect)} {where} ORDER BY {OrderBy}", parameters);
    }

    private static ExportDefinition Projects() => new(
        ExportDataset.Projects, "projects", "c.province_code", "p.year", "p.tenant_id, p.project_key",
        [
            Text("college_code", "The college's code, its tenant", "院校代码"),
            Text("college_name", "The college's name", "院校名称"),
            Text("province_code", "The college's province, 2-digit division code", "省份代码"),
            Text("city_code", "The college's prefecture-level city, 6-digit division code", "地市代码"),
            Text("project_key", "The project, e.g. WEB-FE-2-2025", "项目编号"),
            Text("certificate_code", "The certificate", "证书代码"),
            Integer("level", "1 elementary, 2 intermediate, 3 advanced", "证书等级"),
            Integer("year", "The pilot year", "试点年度"),
            Text("school_code", "The secondary college running it", "二级学院代码"),
            Integer("pilot_scale", "Planned number of students", "试点规模"),
            Decimal("budget", "The project's budget, yuan", "项目预算（元）"),
            Text("status", "The project's approval status", "项目状态"),
            Integer("candidate_count", "Candidates registered", "报名人数"),
            Decimal("agreed_fee", "The agreed exam fee per candidate, yuan; empty when not agreed", "约定考核费（元/人）"),
            Decimal("exam_cost_per_candidate", "The highest per-candidate cost of its exams from their fee lines, yuan", "人均考核成本（元）"),
            Decimal("cost_cap", "The cost cap in force on as_of for the certificate and level, yuan; empty when none", "考核费用上限（元/人）"),
            Date("cost_cap_effective_from", "The day that cap took effect", "上限生效日期"),
            Boolean("cost_cap_sample", "The cap is a visibly sample value, not an official one", "示例值"),
            Text("cost_cap_status", "OVER (agreed fee or exam cost above the cap, NAT-COST-1), WITHIN, NO_FEE (neither known), NO_CAP", "费用上限状态"),
            Date("as_of", "The day the cap in force was judged on (China time)", "评定日期"),
        ],
        sql => $"""
            p.tenant_id, c.name, c.province_code, c.city_code, p.project_key, p.certificate_code, p.level, p.year,
            p.school_code, p.pilot_scale, p.budget, p.status, p.candidate_count, p.agreed_fee, p.exam_cost_per_candidate,
            k.cap, k.effective_from, k.sample,
            CASE WHEN k.cap IS NULL THEN 'NO_CAP'
                 WHEN {CostCapSql.Over(sql)} THEN 'OVER'
                 WHEN p.agreed_fee IS NULL AND p.exam_cost_per_candidate IS NULL THEN 'NO_FEE'
                 ELSE 'WITHIN' END,
            {Sql.Day(sql, "@AsOf")}
            """,
        sql => $"""
            certificate_projects p
            JOIN colleges c ON c.tenant_id = p.tenant_id
            LEFT JOIN {CostCapSql.CapOfProject(sql, "@AsOf")}
            """);

    private static ExportDefinition Registrations() => new(
        ExportDataset.Registrations, "registrations", "c.province_code", "r.year", "r.tenant_id, r.project_key, r.candidate_key",
        [
            Text("college_code", "The college's code, its tenant", "院校代码"),
            Text("province_code", "The college's province", "省份代码"),
            Text("city_code", "The college's prefecture-level city", "地市代码"),
            Text("project_key", "The project registered for", "项目编号"),
            Text("candidate_key", "The candidate within the project: the student number, or the external candidate's key", "考生编号"),
            Text("student_number", "The student number; empty for an external candidate", "学号"),
            Boolean("external", "An external (social) candidate, not a student of the college", "社会考生"),
            Text("certificate_code", "The certificate", "证书代码"),
            Integer("level", "1 elementary, 2 intermediate, 3 advanced", "证书等级"),
            Integer("year", "The pilot year", "试点年度"),
            Date("registered_on", "The day of registration", "报名日期"),
            Text("payer", "Who pays the exam fee, as the college's policy decided at registration", "缴费方"),
            Decimal("fee", "The exam fee for this registration, yuan", "考核费（元）"),
            Boolean("passed", "The result; empty before results are recorded", "是否通过"),
            Decimal("score", "The score; empty when none was recorded", "成绩"),
            Text("certificate_number", "The certificate issued; empty when none", "证书编号"),
            Date("issued_on", "The day the certificate was issued", "发证日期"),
        ],
        _ => """
            r.tenant_id, c.province_code, c.city_code, r.project_key, r.candidate_key, r.student_number, r.external,
            r.certificate_code, r.level, r.year, r.registered_on, r.payer, r.fee, r.passed, r.score, r.certificate_number, r.issued_on
            """,
        _ => "registrations r JOIN colleges c ON c.tenant_id = r.tenant_id");

    private static ExportDefinition Certificates() => new(
        ExportDataset.Certificates, "certificates", "c.province_code", "p.year", "i.tenant_id, i.project_key, i.number",
        [
            Text("certificate_number", "The certificate's number, unique across the service", "证书编号"),
            Text("college_code", "The issuing college's code", "院校代码"),
            Text("college_name", "The issuing college's name", "院校名称"),
            Text("province_code", "The college's province", "省份代码"),
            Text("project_key", "The project it was issued under", "项目编号"),
            Integer("year", "The project's pilot year", "试点年度"),
            Text("candidate_key", "The candidate within the project", "考生编号"),
            Text("student_number", "The student number; empty for an external candidate", "学号"),
            Text("holder_name", "The holder's name as on the certificate", "持证人姓名"),
            Text("certificate_code", "The certificate", "证书代码"),
            Integer("level", "1 elementary, 2 intermediate, 3 advanced", "证书等级"),
            Date("issued_on", "The day of issue", "发证日期"),
            Date("platform_due", "The last day to enter it on the national platform (NAT-ISS-1)", "平台录入截止日期"),
            Boolean("platform_due_provisional", "The due day is provisional: the working-day calendar does not reach it yet", "截止日期待定"),
            Date("platform_entered_on", "The day it was entered on the platform; empty when not yet", "平台录入日期"),
            Text("platform_status", "ENTERED, OVERDUE (not entered and due before as_of) or DUE", "平台录入状态"),
            Date("as_of", "The day overdue was judged on (China time)", "评定日期"),
        ],
        sql => $"""
            i.number, i.tenant_id, i.college_name, c.province_code, i.project_key, p.year, i.candidate_key, i.student_number,
            i.holder_name, i.certificate_code, i.level, i.issued_on, i.platform_due, i.platform_due_provisional, i.platform_entered_on,
            CASE WHEN i.platform_entered_on IS NOT NULL THEN 'ENTERED' WHEN i.platform_due < {Sql.Day(sql, "@AsOf")} THEN 'OVERDUE' ELSE 'DUE' END,
            {Sql.Day(sql, "@AsOf")}
            """,
        _ => """
            issued_certificates i
            JOIN colleges c ON c.tenant_id = i.tenant_id
            LEFT JOIN certificate_projects p ON p.tenant_id = i.tenant_id AND p.project_key = i.project_key
            """,
        condition: "i.version > 0"); // version 0: a number a project has claimed but not yet issued

    private static ExportDefinition WeeklyReports() => new(
        ExportDataset.WeeklyReports, "weekly-reports", "w.province_code", null, "w.tenant_id",
        [
            Text("college_code", "The college's code", "院校代码"),
            Text("college_name", "The college's name", "院校名称"),
            Text("province_code", "The college's province", "省份代码"),
            Text("city_code", "The college's prefecture-level city", "地市代码"),
            Date("reporting_from", "The Monday of its first reporting week", "首个报送周"),
            Date("last_filed_week", "The Monday of the latest week it filed; empty when none", "最近报送周"),
            Integer("missed_in_a_row", "Weeks missed in a row up to the latest week judged", "连续未报周数"),
            Integer("longest_missed_run", "The longest run of missed weeks", "最长连续未报周数"),
            Boolean("warning", "The current run reached the warning threshold (NAT-EXIT-COL)", "预警"),
            Boolean("exit_flag", "A run reached the exit threshold: loss of pilot status (NAT-EXIT-COL)", "退出标记"),
            Boolean("project_cancelled", "The school's own rule cancels the project (HB-EXIT-1)", "取消项目"),
            Text("rule_ids", "The rules behind the judgement, comma-separated", "规则编号"),
            Text("explanation", "Why, in Chinese", "说明"),
            Text("explanation_en", "Why, in English", "说明（英文）"),
            Date("evaluated_on", "The day (China time) the judgement was made", "评定日期"),
        ],
        sql => $"""
            w.tenant_id, c.name, w.province_code, c.city_code, {Sql.Day(sql, "w.reporting_from")}, {Sql.Day(sql, "w.last_filed_week")},
            w.missed_in_a_row, w.longest_missed_run, w.warning, w.exit_flag, w.project_cancelled, w.rule_ids, w.explanation,
            w.explanation_en, {Sql.Day(sql, "w.evaluated_on")}
            """,
        _ => "weekly_report_status w JOIN colleges c ON c.tenant_id = w.tenant_id");
}
