using OnePlusX.ReadModels;
using OnePlusX.Security;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.ReadModels.CertificateProjects;

/// <summary>Certificate projects from the read model (no grain is activated); one round trip per page.</summary>
internal sealed class SqlProjectQueries(Database database) : IProjectQueries
{
    public async Task<Page<ProjectRef>> ListAsync(AccessScope scope, ProjectFilter filter, int offset, int limit, CancellationToken cancellationToken, ProjectOrder order = ProjectOrder.KeyAscending)
    {
        if (Sql.HasNul(filter.TenantId, filter.CertificateCode, filter.SchoolCode))
        {
            return new Page<ProjectRef>([], 0);
        }

        var where = PagedSql.Where(
            ScopeSql.Condition(scope, "tenant_id"),
            (filter.TenantId, "tenant_id = @TenantId"),
            (filter.Year, "year = @Year"),
            (filter.CertificateCode, "certificate_code = @CertificateCode"),
            (filter.SchoolCode, "school_code = @SchoolCode"),
            (filter.Status, "status = @Status"));
        var parameters = ScopeSql.With(
            new { filter.TenantId, filter.Year, filter.CertificateCode, filter.SchoolCode, Status = filter.Status?.ToString() }, scope);
        await using var connection = await database.OpenAsync(scope, cancellationToken);
        return await PagedSql.PageAsync<Row, ProjectRef>(
            connection, "tenant_id AS TenantId, project_key AS ProjectKey", "certificate_projects", where, order == ProjectOrder.YearDescending ? "year DESC, tenant_id, project_key" : "tenant_id, project_key",
            parameters, offset, limit, r => new ProjectRef(r.TenantId, r.ProjectKey));
    }

    private sealed class Row : IPagedRow
    {
        public string TenantId { get; init; } = "";
        public string ProjectKey { get; init; } = "";
        public long Total { get; init; }
    }
}
