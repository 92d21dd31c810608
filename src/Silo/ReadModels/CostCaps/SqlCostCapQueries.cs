using System.Globalization;
using OnePlusX.CertificateProjects;
using OnePlusX.CostCaps;
using OnePlusX.ReadModels;
using OnePlusX.Security;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.ReadModels.CostCaps;

/// <summary>
/// The cost-cap table and the projects over their cap (NAT-COST-1) from the read model: one round trip per page.
/// The cap a project is judged against is the one in force on the day asked about: per certificate and level, the
/// entry with the latest effective day on or before it.
/// </summary>
internal sealed class SqlCostCapQueries(Database database) : ICostCapQueries
{
    public async Task<Page<CostCap>> CapsAsync(AccessScope scope, CostCapFilter filter, CostCapOrder order, int offset, int limit, CancellationToken cancellationToken)
    {
        if (Sql.HasNul(filter.CertificateCode))
        {
            return new Page<CostCap>([], 0);
        }

        // National data: every reader with a scope sees the whole table; no scope sees nothing.
        var where = PagedSql.Where(
            scope.Kind == ScopeKind.None ? "1 = 0" : "1 = 1",
            (filter.CertificateCode, "k.certificate_code = @CertificateCode"),
            (filter.Level, "k.level = @Level"),
            (filter.InForceOn, $"k.effective_from = {CostCapSql.InForce(database.Dialect, "k.certificate_code", "k.level", "@InForceOn")}"));
        var parameters = ScopeSql.With(new { filter.CertificateCode, Level = (int?)filter.Level, InForceOn = Sql.IsoDay(filter.InForceOn) }, scope);
        await using var connection = await database.OpenAsync(scope, cancellationToken);
        return await PagedSql.PageAsync<CapRow, CostCap>(
            connection,
            CapColumns("k"),
            "cost_caps k",
            where,
            order == CostCapOrder.EffectiveDescending ? "k.effective_from DESC, k.certificate_code, k.level" : "k.certificate_code, k.level, k.effective_from",
            parameters,
            offset,
            limit,
            r => r.ToCap());
    }

    public async Task<Page<ProjectOverCostCapRecord>> OverCapAsync(AccessScope scope, OverCostCapFilter filter, OverCostCapOrder order, int offset, int limit, CancellationToken cancellationToken)
    {
        if (Sql.HasNul(filter.ProvinceCode, filter.CollegeCode, filter.CertificateCode))
        {
            return new Page<ProjectOverCostCapRecord>([], 0);
        }

        // NAT-COST-1: a project is over its cap when its agreed fee, or its highest exam cost per candidate, is above
        // the cap in force on the day asked about.
        var where = PagedSql.Where(
            ScopeSql.Condition(scope, "p.tenant_id", "c.province_code"),
            (true, CostCapSql.Over(database.Dialect)),
            (filter.ProvinceCode, "c.province_code = @ProvinceCode"),
            (filter.CollegeCode, "p.tenant_id = @CollegeCode"),
            (filter.CertificateCode, "p.certificate_code = @CertificateCode"),
            (filter.Year, "p.year = @Year"));
        var table = $"""
            certificate_projects p
            JOIN colleges c ON c.tenant_id = p.tenant_id
            JOIN {CostCapSql.CapOfProject(database.Dialect, "@AsOf")}
            """;
        var parameters = ScopeSql.With(new { filter.ProvinceCode, filter.CollegeCode, filter.CertificateCode, filter.Year, AsOf = Sql.IsoDay(filter.AsOf) }, scope);
        await using var connection = await database.OpenAsync(scope, cancellationToken);
        return await PagedSql.PageAsync<OverRow, ProjectOverCostCapRecord>(
            connection,
            $"""
            p.tenant_id AS TenantId, c.name AS CollegeName, c.province_code AS ProvinceCode, p.project_key AS ProjectKey,
            {Sql.Integer(database.Dialect, "p.year")} AS Year, {Sql.MoneyText(database.Dialect, "p.agreed_fee")} AS AgreedFee, {Sql.MoneyText(database.Dialect, "p.exam_cost_per_candidate")} AS ExamCost, {CapColumns("k")}
            """,
            table,
            where,
            order == OverCostCapOrder.ProvinceAndCollege ? "c.province_code, p.tenant_id, p.project_key" : $"{CostCapSql.OverBy(database.Dialect)} DESC, p.tenant_id, p.project_key",
            parameters,
            offset,
            limit,
            r => new ProjectOverCostCapRecord(r.TenantId, r.CollegeName, r.ProvinceCode, r.ProjectKey, r.CertificateCode, (CertificateLevel)r.Level, (int)r.Year,
                ParseMoney(r.AgreedFee), ParseMoney(r.ExamCost), r.ToCap()));
    }

    public async Task<Page<StudentWithoutExamRecord>> StudentsWithoutExamAsync(AccessScope scope, StudentsWithoutExamFilter filter, int offset, int limit, CancellationToken cancellationToken)
    {
        if (Sql.HasNul(filter.ProvinceCode, filter.CollegeCode, filter.MajorCode))
        {
            return new Page<StudentWithoutExamRecord>([], 0);
        }

        // NAT-COST-1: each pilot student sits at least one certificate exam; these have no registration for any.
        var where = PagedSql.Where(
            ScopeSql.Condition(scope, "s.tenant_id", "c.province_code"),
            (true, "NOT EXISTS (SELECT 1 FROM registrations r WHERE r.tenant_id = s.tenant_id AND r.student_number = s.student_number)"),
            (filter.ProvinceCode, "c.province_code = @ProvinceCode"),
            (filter.CollegeCode, "s.tenant_id = @CollegeCode"),
            (filter.MajorCode, "s.major_code = @MajorCode"),
            (filter.Cohort, "s.cohort = @Cohort"));
        await using var connection = await database.OpenAsync(scope, cancellationToken);
        return await PagedSql.PageAsync<StudentRow, StudentWithoutExamRecord>(
            connection,
            $"""
            s.tenant_id AS TenantId, c.name AS CollegeName, c.province_code AS ProvinceCode, s.student_number AS StudentNumber, s.name AS Name,
            s.major_code AS MajorCode, {Sql.Integer(database.Dialect, "s.cohort")} AS Cohort
            """,
            "students s JOIN colleges c ON c.tenant_id = s.tenant_id",
            where,
            "c.province_code, s.tenant_id, s.student_number",
            ScopeSql.With(new { filter.ProvinceCode, filter.CollegeCode, filter.MajorCode, filter.Cohort }, scope),
            offset,
            limit,
            r => new StudentWithoutExamRecord(r.TenantId, r.CollegeName, r.ProvinceCode, r.StudentNumber, r.Name, r.MajorCode, (int)r.Cohort));
    }

    private string CapColumns(string k) => $"""
        {k}.certificate_code AS CertificateCode, {Sql.Integer(database.Dialect, $"{k}.level")} AS Level, {Sql.DayText(database.Dialect, $"{k}.effective_from")} AS EffectiveFrom,
        {Sql.MoneyText(database.Dialect, $"{k}.cap")} AS Cap, CASE WHEN {k}.sample THEN 1 ELSE 0 END AS Sample, {k}.set_by AS SetBy, {k}.set_at AS SetAt
        """;

    private static decimal? ParseMoney(string? text) => text is null ? null : decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    private sealed class StudentRow : IPagedRow
    {
        public string TenantId { get; init; } = "";
        public string CollegeName { get; init; } = "";
        public string ProvinceCode { get; init; } = "";
        public string StudentNumber { get; init; } = "";
        public string Name { get; init; } = "";
        public string MajorCode { get; init; } = "";
        public long Cohort { get; init; }
        public long Total { get; init; }
    }

    private class CapRow : IPagedRow
    {
        public string CertificateCode { get; init; } = "";
        public long Level { get; init; }
        public string EffectiveFrom { get; init; } = "";
        public string Cap { get; init; } = "0";
        public long Sample { get; init; }
        public string SetBy { get; init; } = "";
        public object SetAt { get; init; } = "";
        public long Total { get; init; }

        public CostCap ToCap() => new(
            CertificateCode, (CertificateLevel)Level, Sql.ParseDay(EffectiveFrom),
            ParseMoney(Cap)!.Value, Sample != 0, SetBy, Sql.Instant(SetAt));
    }

    private sealed class OverRow : CapRow
    {
        public string TenantId { get; init; } = "";
        public string CollegeName { get; init; } = "";
        public string ProvinceCode { get; init; } = "";
        public string ProjectKey { get; init; } = "";
        public long Year { get; init; }
        public string? AgreedFee { get; init; }
        public string? ExamCost { get; init; }
    }
}
