namespace OnePlusX.Silo.Accounts;

/// <summary>The OAuth scopes the service grants.</summary>
public static class OAuthScopes
{
    /// <summary>Act for the signed-in user through the API (third-party apps, authorization code with PKCE).</summary>
    public const string Api = "api";

    /// <summary>Pull credit-bank records (integrations of a college, province or the nation).</summary>
    public const string CreditBankRead = OnePlusX.CreditBank.CreditBankAccess.Scope;

    /// <summary>Export the monitoring dataset (national monitoring's tools).</summary>
    public const string MonitoringExport = OnePlusX.Exports.ExportAccess.Scope;

    /// <summary>Read a province's data (coordinators' tools).</summary>
    public const string ProvinceRead = "province.read";

    public static readonly IReadOnlyList<string> All = [Api, CreditBankRead, MonitoringExport, ProvinceRead];
}
