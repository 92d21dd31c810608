using System.Security.Claims;
using OnePlusX.Security;

namespace OnePlusX.Benchmarks;

/// <summary>
/// The caller the gateway benchmarks act as: national monitoring, which may read every college and station, so
/// the gateway does the full work (role check, scope) a signed-in reader's request costs.
/// </summary>
internal static class BenchPrincipal
{
    public static ClaimsPrincipal National { get; } = new(new ClaimsIdentity(
        [new Claim(ClaimNames.Name, "benchmark"), new Claim(ClaimNames.Role, Roles.NationalMonitor)],
        authenticationType: "benchmark", ClaimNames.Name, ClaimNames.Role));
}
