using OnePlusX.Policies.Baseline;
using OnePlusX.Policies.Hbgz;
using OnePlusX.Policies.Jljt;
using OnePlusX.Policies.Sddz;
using OnePlusX.Policies.Xmgx;

namespace OnePlusX.Policies.Tests.Support;

/// <summary>One instance of each plugin (they are stateless and thread-safe), and the defaults schedule.</summary>
internal static class Plugins
{
    public static readonly NationalBaselinePolicy National = new();
    public static readonly JljtPolicy Jljt = new();
    public static readonly HbgzPolicy Hbgz = new();
    public static readonly SddzPolicy Sddz = new();
    public static readonly XmgxPolicy Xmgx = new();

    public static readonly ParameterSchedule Defaults = ParameterSchedule.Defaults;

    public static TheoryData<string> Codes => new("NAT", "JLJT", "HBGZ", "SDDZ", "XMGX");

    public static IPilotPolicy ByCode(string code) => PolicyCatalog.Create().Get(code);
}
