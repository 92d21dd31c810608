using OnePlusX.Tenancy;

namespace OnePlusX.Policies;

/// <summary>
/// The registered policy plugins and which tenant follows which (configuration, see <c>OnePlusX:Policies:Tenants</c>).
/// A tenant without an entry follows the national baseline with its own parameters.
/// </summary>
public interface IPolicyCatalog
{
    /// <summary>The code of the national baseline policy (教职成厅函〔2019〕19号).</summary>
    const string BaselineCode = "NAT";

    /// <summary>The plugin for a policy code, or the national baseline when no plugin has that code.</summary>
    IPilotPolicy Get(string policyCode);

    /// <summary>The plugin the configuration assigns to a tenant, or the national baseline.</summary>
    IPilotPolicy ForTenant(TenantId tenant);

    /// <summary>Every registered plugin code.</summary>
    IReadOnlyCollection<string> Codes { get; }
}
