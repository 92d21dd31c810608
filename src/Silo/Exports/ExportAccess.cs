using OnePlusX.Security;

namespace OnePlusX.Silo.Exports;

/// <summary>Who exports: national monitoring and integrations (with a national scope; others are refused, NAT-MON-1).</summary>
internal static class ExportAccess
{
    public static readonly string[] Exporters = [Roles.NationalMonitor, Roles.IntegrationClient];
}
