namespace OnePlusX.Policies;

/// <summary>Maps a policy code (a college's configured policy) to its plugin; unknown codes fall back to the baseline.</summary>
public interface IPolicyCatalog
{
    /// <summary>The code of the national baseline policy (教职成厅函〔2019〕19号).</summary>
    const string BaselineCode = "NAT";

    /// <summary>The plugin for a policy code, or the national baseline when no school plugin has that code.</summary>
    IPilotPolicy Get(string policyCode);

    /// <summary>Every registered plugin code.</summary>
    IReadOnlyCollection<string> Codes { get; }
}
