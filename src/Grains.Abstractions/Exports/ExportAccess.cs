using System.Security.Claims;
using OnePlusX.Security;

namespace OnePlusX.Exports;

/// <summary>
/// Who exports the monitoring dataset (NAT-MON-1), over GraphQL and the download endpoint alike: national monitoring,
/// and integration clients whose token carries the <c>monitoring.export</c> scope. A caller admitted here without a
/// national scope is then refused by the export service.
/// </summary>
public static class ExportAccess
{
    /// <summary>The OAuth scope of exports.</summary>
    public const string Scope = "monitoring.export";

    /// <summary>The roles that may export (an integration client also needs <see cref="Scope"/>).</summary>
    public static readonly string[] Exporters = [Roles.NationalMonitor, Roles.IntegrationClient];

    /// <summary>Whether the principal may start, follow and download exports.</summary>
    public static bool MayExport(ClaimsPrincipal? user) =>
        TokenScopes.Admits(user, Exporters, Scope);
}
