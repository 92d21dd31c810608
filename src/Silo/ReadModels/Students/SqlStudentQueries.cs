using OnePlusX.ReadModels;
using OnePlusX.Security;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.ReadModels.Students;

/// <summary>Enrolled students from the read model (no grain is activated); one round trip per page.</summary>
internal sealed class SqlStudentQueries(Database database) : IStudentQueries
{
    public async Task<Page<StudentRef>> ListAsync(AccessScope scope, StudentFilter filter, int offset, int limit, CancellationToken cancellationToken, StudentOrder order = StudentOrder.NumberAscending)
    {
        if (Sql.HasNul(filter.TenantId, filter.MajorCode, filter.NameContains))
        {
            return new Page<StudentRef>([], 0);
        }

        var where = PagedSql.Where(
            ScopeSql.Condition(scope, "tenant_id"),
            (filter.TenantId, "tenant_id = @TenantId"),
            (filter.MajorCode, "major_code = @MajorCode"),
            (filter.Cohort, "cohort = @Cohort"),
            (filter.NameContains, "name LIKE @NamePattern ESCAPE '\\'"));
        var parameters = ScopeSql.With(
            new { filter.TenantId, filter.MajorCode, filter.Cohort, NamePattern = filter.NameContains is null ? null : $"%{Sql.EscapeLike(filter.NameContains)}%" },
            scope);
        await using var connection = await database.OpenAsync(scope, cancellationToken);
        return await PagedSql.PageAsync<Row, StudentRef>(
            connection, "tenant_id AS TenantId, student_number AS StudentNumber", "students", where, order == StudentOrder.NameAscending ? "name, tenant_id, student_number" : "tenant_id, student_number",
            parameters, offset, limit, r => new StudentRef(r.TenantId, r.StudentNumber));
    }

    private sealed class Row : IPagedRow
    {
        public string TenantId { get; init; } = "";
        public string StudentNumber { get; init; } = "";
        public long Total { get; init; }
    }
}
