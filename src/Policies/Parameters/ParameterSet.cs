namespace OnePlusX.Policies.Parameters;

/// <summary>
/// A tenant's parameters as in force on one day, typed. It remembers which ones a decision read, so the
/// decision can keep exactly the parameters it used. One set serves one evaluation; it is not shared.
/// </summary>
public sealed class ParameterSet
{
    private readonly IReadOnlyDictionary<string, Resolved> _values;
    private readonly List<string> _read = [];

    internal ParameterSet(DateOnly on, IReadOnlyDictionary<string, Resolved> values)
    {
        On = on;
        _values = values;
    }

    /// <summary>The day the values are in force on.</summary>
    public DateOnly On { get; }

    public decimal Amount(string key) => (decimal)Read(key);

    public int Count(string key) => (int)Read(key);

    public decimal Number(string key) => (decimal)Read(key);

    public bool Flag(string key) => (bool)Read(key);

    public string Choice(string key) => (string)Read(key);

    public BracketTable Brackets(string key) => (BracketTable)Read(key);

    /// <summary>Every parameter in force, whether read or not.</summary>
    internal IReadOnlyList<PolicyParameterInForce> All =>
        _values.Values.Select(r => new PolicyParameterInForce(r.Definition, r.Text, r.From, r.SetByTenant)).ToList();

    /// <summary>The parameters read so far, in the order first read.</summary>
    public IReadOnlyList<UsedParameter> Used =>
        _read.Select(k => _values[k]).Select(r => new UsedParameter(r.Definition.Key, r.Text, r.From, r.SetByTenant, r.Definition.IsSample)).ToList();

    private object Read(string key)
    {
        // A key the policy does not define is a bug in the policy, not bad input.
        var resolved = _values.TryGetValue(key, out var r) ? r : throw new KeyNotFoundException($"Parameter {key} is not defined by this policy.");
        if (!_read.Contains(key))
        {
            _read.Add(key);
        }

        return resolved.Value;
    }

    /// <summary>A parameter's value on the day, where it came from and since when.</summary>
    internal sealed record Resolved(ParameterDefinition Definition, string Text, object Value, DateOnly From, bool SetByTenant);
}
