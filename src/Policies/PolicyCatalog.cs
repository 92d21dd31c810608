using OnePlusX.Policies.Baseline;

namespace OnePlusX.Policies;

/// <summary>
/// The registered policy plugins. Adding a school is one folder with its plugin and one line in <see cref="Create"/>.
/// </summary>
public sealed class PolicyCatalog : IPolicyCatalog
{
    private readonly IReadOnlyDictionary<string, IPilotPolicy> _plugins;
    private readonly IPilotPolicy _baseline;

    public PolicyCatalog(IEnumerable<IPilotPolicy> plugins)
    {
        _plugins = plugins.ToDictionary(p => p.Code, StringComparer.Ordinal);
        _baseline = _plugins.TryGetValue(IPolicyCatalog.BaselineCode, out var baseline)
            ? baseline
            : throw new ArgumentException("The national baseline policy must be registered.", nameof(plugins));
    }

    public IReadOnlyCollection<string> Codes => _plugins.Keys.ToList();

    /// <summary>The catalogue with every plugin of this assembly.</summary>
    public static PolicyCatalog Create() => new([new NationalBaselinePolicy()]);

    public IPilotPolicy Get(string policyCode) => _plugins.GetValueOrDefault(policyCode, _baseline);
}
