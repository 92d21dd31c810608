using System.Collections.Immutable;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OnePlusX.Security;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace OnePlusX.Silo.Accounts;

/// <summary>
/// The OAuth endpoints OpenIddict passes through to us: the authorization endpoint (a signed-in staff member lets a
/// registered app act for them) and the token endpoint (client credentials for integrations; codes and refresh
/// tokens redeemed for a user who is still enabled). OpenIddict itself checks clients, PKCE, scopes and redemption.
/// </summary>
internal static class ConnectEndpoints
{
    public static void MapConnect(this WebApplication app)
    {
        app.MapMethods("/connect/authorize", ["GET", "POST"], AuthorizeAsync).AllowAnonymous().DisableAntiforgery();
        app.MapPost("/connect/token", TokenAsync).RequireRateLimiting(AccountsHosting.TokenLimiter).AllowAnonymous().DisableAntiforgery();
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext context, UserManager<StaffUser> users, IUserClaimsPrincipalFactory<StaffUser> claims, IOptions<AuthOptions> options, SecurityAudit audit)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenIddict request.");
        var session = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (!session.Succeeded)
        {
            return Results.Challenge(new AuthenticationProperties { RedirectUri = context.Request.PathBase + context.Request.Path + context.Request.QueryString }, [IdentityConstants.ApplicationScheme]);
        }

        var user = await users.GetUserAsync(session.Principal);
        if (user is null || user.Disabled)
        {
            return Refuse(Errors.AccessDenied, "The account is not available.");
        }

        if (user.MustChangePassword)
        {
            return Results.LocalRedirect("/account/change-password");
        }

        var principal = await ForUserAsync(user, claims, request.GetScopes(), options.Value);
        await audit.RecordAsync(user.TenantCode, user.UserName!, "oauth.authorized", $"{request.ClientId} {string.Join(' ', request.GetScopes())}", context);
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> TokenAsync(
        HttpContext context, IOpenIddictApplicationManager applications, UserManager<StaffUser> users,
        IUserClaimsPrincipalFactory<StaffUser> claims, IOptions<AuthOptions> options, SecurityAudit audit)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenIddict request.");
        if (request.IsClientCredentialsGrantType())
        {
            var application = await applications.FindByClientIdAsync(request.ClientId!) ?? throw new InvalidOperationException("OpenIddict authenticated an unknown client.");
            var properties = await applications.GetPropertiesAsync(application);
            var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, ClaimNames.Name, ClaimNames.Role);
            identity.SetClaim(Claims.Subject, request.ClientId).SetClaim(ClaimNames.Name, request.ClientId).SetClaim(ClaimNames.Role, Roles.IntegrationClient);
            var tenant = Text(properties, ClaimNames.Tenant);
            identity.SetClaim(ClaimNames.Tenant, tenant).SetClaim(ClaimNames.Province, Text(properties, ClaimNames.Province));
            var principal = new ClaimsPrincipal(identity);
            principal.SetScopes(request.GetScopes());
            principal.SetAudiences(options.Value.Audience);
            principal.SetDestinations(_ => [Destinations.AccessToken]);
            await audit.RecordAsync(tenant, request.ClientId!, "oauth.token", $"client_credentials {string.Join(' ', request.GetScopes())}", context);
            return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            // OpenIddict has checked the code or refresh token, the client, PKCE and that it was not used before.
            var redeemed = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var user = redeemed.Principal?.GetClaim(Claims.Subject) is { } subject ? await users.FindByIdAsync(subject) : null;
            if (user is null || user.Disabled || user.MustChangePassword)
            {
                return Refuse(Errors.InvalidGrant, "The account is no longer available.");
            }

            var principal = await ForUserAsync(user, claims, redeemed.Principal!.GetScopes(), options.Value);
            await audit.RecordAsync(user.TenantCode, user.UserName!, "oauth.token", $"{request.GrantType} {request.ClientId}", context);
            return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return Refuse(Errors.UnsupportedGrantType, "This grant type is not supported.");
    }

    /// <summary>An access-token principal for a user: today's roles and tenant, the granted scopes, our audience.</summary>
    private static async Task<ClaimsPrincipal> ForUserAsync(StaffUser user, IUserClaimsPrincipalFactory<StaffUser> claims, ImmutableArray<string> scopes, AuthOptions options)
    {
        var principal = await claims.CreateAsync(user);
        principal.SetScopes(scopes.Intersect([Scopes.OfflineAccess, .. OAuthScopes.All]));
        principal.SetAudiences(options.Audience);
        principal.SetDestinations(claim => claim.Type == "AspNet.Identity.SecurityStamp" ? [] : [Destinations.AccessToken]);
        return principal;
    }

    private static IResult Refuse(string error, string description) =>
        Results.Forbid(
            new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }),
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

    private static string? Text(ImmutableDictionary<string, JsonElement> properties, string key) =>
        properties.TryGetValue(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
