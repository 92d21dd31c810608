using OnePlusX.Policies.Baseline;
using OnePlusX.Policies.Hbgz;
using OnePlusX.Policies.Jljt;
using OnePlusX.Policies.Sddz;
using OnePlusX.Policies.Xmgx;
using OnePlusX.Tenancy;

namespace OnePlusX.Policies;

/// <summary>
/// The registered policy plugins and the tenant → plugin mapping from configuration. Adding a school is one folder
/// with its plugin and one line in <see cref="Plugins"/>; switching it on for a tenant is one configuration entry.
/// </summary>
public sealed class PolicyCatalog : IPolicyCatalog
{
    private readonly IReadOnlyDictionary<string, IPilotPolicy> _plugins;
    private readonly IReadOnlyDictionary<string, string> _tenants;
    private readonly IPilotPolicy _baseline;

    /// <summary>A catalogue of <paramref name="plugins"/> with tenants mapped to plugin codes.</summary>
    /// <exception cref="ArgumentException">The baseline is missing, or a tenant is mapped to a code no plugin has.</exception>
    public PolicyCatalog(IEnumerable<IPilotPolicy> plugins, IReadOnlyDictionary<string, string>? tenants = null)
    {
        _plugins = plugins.ToDictionary(p => p.Code, StringComparer.Ordinal);
        _baseline = _plugins.TryGetValue(IPolicyCatalog.BaselineCode, out var baseline)
            ? baseline
            : throw new ArgumentException("The national baseline policy must be registered.", nameof(plugins));
        _tenants = new Dictionary<string, string>(tenants ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        var unknown = _tenants.Where(t => !_plugins.ContainsKey(t.Value)).Select(t => $"{t.Key} → {t.Value}").ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException(
                $"Tenants mapped to policies that do not exist: {string.Join(", ", unknown)}; known: {string.Join(", ", _plugins.Keys)}.", nameof(tenants));
        }
    }

    /// <summary>One instance of every plugin in this assembly: the baseline and one line per school.</summary>
    public static IReadOnlyList<IPilotPolicy> Plugins() =>
    [
        new NationalBaselinePolicy(),
        new JljtPolicy(),
        new HbgzPolicy(),
        new SddzPolicy(),
        new XmgxPolicy(),
    ];

    /// <summary>The catalogue with every plugin of this assembly and the given tenant mapping.</summary>
    public static PolicyCatalog Create(IReadOnlyDictionary<string, string>? tenants = null) => new(Plugins(), tenants);

    public IReadOnlyCollection<string> Codes => _plugins.Keys.ToList();

    public IPilotPolicy Get(string policyCode) => _plugins.GetValueOrDefault(policyCode ?? "", _baseline);

    public IPilotPolicy ForTenant(TenantId tenant) =>
        _tenants.TryGetValue(tenant.Value, out var code) ? _plugins[code] : _baseline;
}
