using System.Security.Claims;
using OnePlusX.Security;

namespace OnePlusX.CreditBank;

/// <summary>
/// Who may pull the credit-bank change feed (NAT-CB-1), over GraphQL and REST alike: national monitoring, and
/// integration clients whose token carries the <c>creditbank.read</c> scope — a college's, a province's or the
/// nation's client, each within its scope. Records themselves are read by every data reader within its scope.
/// </summary>
public static class CreditBankAccess
{
    /// <summary>The OAuth scope of the pull.</summary>
    public const string Scope = "creditbank.read";

    /// <summary>The roles that may pull (an integration client also needs <see cref="Scope"/>).</summary>
    public static readonly IReadOnlyList<string> Pullers = [Roles.NationalMonitor, Roles.IntegrationClient];

    /// <summary>Whether the principal may pull the change feed.</summary>
    public static bool MayPull(ClaimsPrincipal? user) =>
        TokenScopes.Admits(user, Pullers, Scope);
}
