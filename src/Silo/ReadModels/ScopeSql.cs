using Dapper;
using OnePlusX.Security;

namespace OnePlusX.Silo.ReadModels;

/// <summary>
/// The caller's scope as a SQL condition: the first wall in front of every read-model row (both databases); on
/// PostgreSQL row-level security checks the same scope again as the second wall.
/// </summary>
internal static class ScopeSql
{
    /// <summary>A condition over a table's tenant column and, where the table has one, its province column.</summary>
    public static string Condition(AccessScope scope, string tenantColumn, string? provinceColumn = null) => scope.Kind switch
    {
        ScopeKind.National => "1 = 1",
        ScopeKind.Province when provinceColumn is not null => $"{provinceColumn} = @ScopeProvince",
        ScopeKind.Province => $"{tenantColumn} IN (SELECT tenant_id FROM colleges WHERE province_code = @ScopeProvince)",
        ScopeKind.College => $"{tenantColumn} = @ScopeTenant",
        _ => "1 = 0",
    };

    /// <summary>Adds the scope's parameters (<c>@ScopeTenant</c>, <c>@ScopeProvince</c>) to a query's.</summary>
    public static DynamicParameters With(object? parameters, AccessScope scope)
    {
        var all = new DynamicParameters(parameters);
        all.Add("ScopeTenant", scope.Tenant ?? "");
        all.Add("ScopeProvince", scope.Province ?? "");
        return all;
    }
}
