using Dapper;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.ReadModels.Colleges;

/// <summary>College profiles read from the read model (no grain is activated).</summary>
internal sealed class CollegeQueries(Database database)
{
    public async Task<IReadOnlyList<CollegeRow>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<CollegeRow>(
            "SELECT tenant_id AS Code, name AS Name, province_code AS ProvinceCode, city_code AS CityCode, policy_code AS PolicyCode FROM colleges ORDER BY tenant_id")).ToList();
    }

    public async Task<CollegeDetail?> GetAsync(string tenant, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var college = await connection.QuerySingleOrDefaultAsync<CollegeRow>(
            "SELECT tenant_id AS Code, name AS Name, province_code AS ProvinceCode, city_code AS CityCode, policy_code AS PolicyCode FROM colleges WHERE tenant_id = @tenant",
            new { tenant });
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
}

internal sealed record CollegeRow(string Code, string Name, string ProvinceCode, string CityCode, string PolicyCode);

internal sealed record SchoolRow(string Code, string Name);

internal sealed record MajorRow(string Code, string Name, string SchoolCode);

internal sealed record CollegeDetail(CollegeRow College, IReadOnlyList<SchoolRow> Schools, IReadOnlyList<MajorRow> Majors);
