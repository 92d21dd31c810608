using System.Security.Claims;

namespace OnePlusX.Security;

/// <summary>
/// The OAuth scopes an integration client's token carries. A role admits a client to a kind of data; a scope is what
/// the client was registered and issued a token for (docs/security.md): a national client issued for the credit bank
/// only does not export the monitoring dataset.
/// </summary>
public static class TokenScopes
{
    /// <summary>Whether the principal's token carries the scope.</summary>
    public static bool Grants(ClaimsPrincipal? user, string scope) =>
        // OpenIddict keeps a token's scopes as one claim each (oi_scp); a plain JWT principal has one space-separated "scope".
        user is not null && user.Claims.Any(c => (c.Type == "oi_scp" && c.Value == scope)
            || (c.Type == "scope" && c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(scope, StringComparer.Ordinal)));

    /// <summary>
    /// Whether a principal admitted by its role may go on: staff (signed in with a session) always; an integration
    /// client only when its token carries the scope.
    /// </summary>
    public static bool Admits(ClaimsPrincipal? user, string scope) =>
        !AccessScope.From(user).IsInRole(Roles.IntegrationClient) || Grants(user, scope);

    /// <summary>Whether the principal holds one of the roles and, if it is an integration client, the scope.</summary>
    public static bool Admits(ClaimsPrincipal? user, IEnumerable<string> roles, string scope)
    {
        var access = AccessScope.From(user);
        return roles.Any(access.IsInRole) && (!access.IsInRole(Roles.IntegrationClient) || Grants(user, scope));
    }
}
