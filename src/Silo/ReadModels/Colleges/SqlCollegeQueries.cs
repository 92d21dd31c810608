using Dapper;
using OnePlusX.ReadModels;
using OnePlusX.Security;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.ReadModels.Colleges;

/// <summary>College profiles read from the read model (no grain is activated); each method is one round trip.</summary>
internal sealed class SqlCollegeQueries(Database database) : ICollegeQueries
{
    private const string Columns = "tenant_id AS Code, name AS Name, province_code AS ProvinceCode, city_code AS CityCode, policy_code AS PolicyCode";


    public async Task<CollegeDetail?> GetAsync(AccessScope scope, string tenant, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(scope, cancellationToken);
        var college = await connection.QuerySingleOrDefaultAsync<CollegeRecord>(
            $"SELECT {Columns} FROM colleges WHERE tenant_id = @tenant AND {ScopeSql.Condition(scope, "tenant_id", "province_code")}", ScopeSql.With(new { tenant }, scope));
        if (college is null)
        {
            return null;
        }

        var schools = await connection.QueryAsync<SchoolRow>(
            "SELECT code AS Code, name AS Name FROM schools WHERE tenant_id = @tenant ORDER BY code", new { tenant });
        var majors = await connection.QueryAsync<MajorRow>(
            "SELECT code AS Code, name AS Name, school_code AS SchoolCode FROM majors WHERE tenant_id = @tenant ORDER BY code", new { tenant });
        return new CollegeDetail(college, schools.ToList(), majors.ToList());
    }

    public async Task<Page<CollegeRecord>> ListAsync(AccessScope scope, CollegeFilter filter, CollegeOrder order, int offset, int limit, CancellationToken cancellationToken)
    {
        if (Sql.HasNul(filter.ProvinceCode, filter.CityCode, filter.NameContains))
        {
            return new Page<CollegeRecord>([], 0);
        }

        var where = PagedSql.Where(
            ScopeSql.Condition(scope, "tenant_id", "province_code"),
            (filter.ProvinceCode, "province_code = @ProvinceCode"),
            (filter.CityCode, "city_code = @CityCode"),
            (filter.NameContains, "name LIKE @NamePattern ESCAPE '\\'"));
        var parameters = ScopeSql.With(
            new { filter.ProvinceCode, filter.CityCode, NamePattern = filter.NameContains is null ? null : $"%{Sql.EscapeLike(filter.NameContains)}%" },
            scope);
        await using var connection = await database.OpenAsync(scope, cancellationToken);
        return await PagedSql.PageAsync<CollegeRecordWithTotal, CollegeRecord>(
            connection, Columns, "colleges", where, order == CollegeOrder.NameAscending ? "name, tenant_id" : "tenant_id",
            parameters, offset, limit, r => r.ToRecord());
    }

    public async Task<IReadOnlyDictionary<string, CollegeRecord>> ByCodesAsync(AccessScope scope, IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(scope, cancellationToken);
        var rows = await connection.QueryAsync<CollegeRecordWithTotal>(
            $"SELECT {Columns}, 0 AS Total FROM colleges WHERE {Sql.In(database.Dialect, "tenant_id", "@codes")} AND {ScopeSql.Condition(scope, "tenant_id", "province_code")}",
            ScopeSql.With(new { codes = codes.Where(c => !Sql.HasNul(c)).Distinct().ToArray() }, scope));
        return rows.ToDictionary(r => r.Code, r => r.ToRecord());
    }

    public async Task<IReadOnlyDictionary<string, CollegeStructure>> StructuresAsync(AccessScope scope, IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        // One statement for both lists: a school row has no school_code; each list is ordered by code here, ordinally.
        var inScope = $"tenant_id IN (SELECT tenant_id FROM colleges WHERE {Sql.In(database.Dialect, "tenant_id", "@codes")} AND {ScopeSql.Condition(scope, "tenant_id", "province_code")})";
        await using var connection = await database.OpenAsync(scope, cancellationToken);
        var rows = await connection.QueryAsync<StructureRow>(
            $"SELECT tenant_id AS TenantId, code AS Code, name AS Name, NULL AS SchoolCode FROM schools WHERE {inScope} " +
            $"UNION ALL SELECT tenant_id, code, name, school_code FROM majors WHERE {inScope}",
            ScopeSql.With(new { codes = codes.Where(c => !Sql.HasNul(c)).Distinct().ToArray() }, scope));
        return rows.GroupBy(r => r.TenantId, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => new CollegeStructure(
                g.Where(r => r.SchoolCode is null).OrderBy(r => r.Code, StringComparer.Ordinal).Select(r => new SchoolRecord(r.TenantId, r.Code, r.Name)).ToList(),
                g.Where(r => r.SchoolCode is not null).OrderBy(r => r.Code, StringComparer.Ordinal).Select(r => new MajorRecord(r.TenantId, r.Code, r.Name, r.SchoolCode!)).ToList()),
            StringComparer.Ordinal);
    }

    private sealed class StructureRow
    {
        public string TenantId { get; init; } = "";
        public string Code { get; init; } = "";
        public string Name { get; init; } = "";
        public string? SchoolCode { get; init; }
    }


    // Settable properties, not a positional record: on an empty SQLite result the computed Total column has no
    // declared type, and Dapper then matches constructors by that unknown type.
    private sealed class CollegeRecordWithTotal : IPagedRow
    {
        public string Code { get; init; } = "";
        public string Name { get; init; } = "";
        public string ProvinceCode { get; init; } = "";
        public string CityCode { get; init; } = "";
        public string PolicyCode { get; init; } = "";
        public long Total { get; init; }

        public CollegeRecord ToRecord() => new(Code, Name, ProvinceCode, CityCode, PolicyCode);
    }
}

internal sealed record SchoolRow(string Code, string Name);

internal sealed record MajorRow(string Code, string Name, string SchoolCode);

internal sealed record CollegeDetail(CollegeRecord College, IReadOnlyList<SchoolRow> Schools, IReadOnlyList<MajorRow> Majors);
