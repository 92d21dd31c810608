using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OnePlusX.GraphQL.IssuedCertificates;
using OnePlusX.Security;
using OnePlusX.Silo.Storage;
using OpenIddict.Server;
using OpenIddict.Validation;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace OnePlusX.Silo.Accounts;

/// <summary>Staff sign-in (Identity, cookies), OAuth (OpenIddict server and validation), keys and rate limits.</summary>
internal static class AccountsHosting
{
    /// <summary>The scheme the API authenticates with: a bearer token when the request has one, else the cookie.</summary>
    public const string ApiScheme = "OnePlusX";

    public const string SignInLimiter = "sign-in";
    public const string TokenLimiter = "token";

    public static void AddAccounts(this WebApplicationBuilder builder, StorageOptions storage)
    {
        var services = builder.Services;
        var auth = builder.Configuration.GetSection("OnePlusX:Auth").Get<AuthOptions>() ?? new AuthOptions();
        var allowHttp = auth.AllowHttp ?? storage.Dialect == StorageDialect.Sqlite;
        services.AddOptions<AuthOptions>().BindConfiguration("OnePlusX:Auth");
        services.AddSingleton(TimeProvider.System);

        services.AddAccountStore(storage, auth);
        new IdentityBuilder(typeof(StaffUser), typeof(IdentityRole), services)
            .AddSignInManager()
            .AddClaimsPrincipalFactory<StaffClaims>();
        services.AddSingleton<SigningKeys>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = ApiScheme;
                o.DefaultChallengeScheme = ApiScheme;
            })
            .AddPolicyScheme(ApiScheme, "Bearer token or session cookie", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.Count > 0
                    ? OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme
                    : IdentityConstants.ApplicationScheme)
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(o =>
            {
                o.Cookie.Name = "oneplusx.session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax; // sent on the top-level redirect of the authorization code flow
                o.Cookie.SecurePolicy = allowHttp ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.LoginPath = "/account/sign-in";
                o.LogoutPath = "/account/sign-out";

                // The API answers 401/403; only pages redirect to the sign-in form.
                o.Events.OnRedirectToLogin = context => Redirect(context, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => Redirect(context, StatusCodes.Status403Forbidden);
                o.Events.OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync;
            }));
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        // Deny by default: an endpoint that says nothing about authorization requires a signed-in caller.
        services.AddAuthorization(o => o.FallbackPolicy = new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder(ApiScheme).RequireAuthenticatedUser().Build());
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "oneplusx.antiforgery";
            o.Cookie.SecurePolicy = allowHttp ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.FormFieldName = "__antiforgery";
        });

        services.AddOpenIddict()
            .AddServer(o =>
            {
                o.SetTokenEndpointUris("connect/token")
                    .SetAuthorizationEndpointUris("connect/authorize")
                    .SetRevocationEndpointUris("connect/revoke")
                    .SetIntrospectionEndpointUris("connect/introspect");
                o.AllowClientCredentialsFlow()
                    .AllowAuthorizationCodeFlow()
                    .RequireProofKeyForCodeExchange()
                    .AllowRefreshTokenFlow();
                o.RegisterScopes([Scopes.OfflineAccess, .. OAuthScopes.All]);
                o.RegisterAudiences(auth.Audience);
                o.DisableAccessTokenEncryption(); // plain signed JWTs, so resource servers can read them
                o.SetAccessTokenLifetime(auth.AccessTokenLifetime)
                    .SetRefreshTokenLifetime(auth.RefreshTokenLifetime)
                    .SetAuthorizationCodeLifetime(TimeSpan.FromMinutes(2))
                    .SetRefreshTokenReuseLeeway(TimeSpan.Zero); // a refresh token used twice revokes its whole chain
                if (auth.Issuer is not null)
                {
                    o.SetIssuer(auth.Issuer);
                }

                var aspNet = o.UseAspNetCore().EnableTokenEndpointPassthrough().EnableAuthorizationEndpointPassthrough();
                if (allowHttp)
                {
                    aspNet.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.AddAudiences(auth.Audience);
                o.EnableTokenEntryValidation(); // revoked tokens are refused, not only expired ones
                o.EnableAuthorizationEntryValidation();

                // OpenIddict checks a token's lifetime against its token entry only (it turns IdentityModel's check
                // off), so a token's own exp and nbf went unchecked: both must hold as well.
                o.Configure(v =>
                {
                    v.TokenValidationParameters.ValidateLifetime = true;
                    v.TokenValidationParameters.RequireExpirationTime = true;
                });
                o.UseAspNetCore();
            });

        // Keys from the database (made at first start, rotated), and S256 as the only PKCE method.
        services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, ServerKeys>();
        services.AddHostedService<KeyRotation>();

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignInLimiter, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = auth.SignInsPerMinutePerAddress, Window = TimeSpan.FromMinutes(1) }));
            o.AddPolicy(TokenLimiter, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = auth.TokenRequestsPerMinutePerAddress, Window = TimeSpan.FromMinutes(1) }));

            // Public certificate verification: per address, on the limiter GraphQL's verifyCertificate shares (NAT-ISS-1).
            o.AddPolicy(VerificationLimiter.PolicyName, context => context.RequestServices.GetRequiredService<VerificationLimiter>().PartitionFor(context));
            o.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = VerificationLimiter.RetryAfterSeconds(context.Lease);
                return ValueTask.CompletedTask;
            };
        });
        services.AddSingleton<AccountSignInLimiter>();
    }

    /// <summary>
    /// The account store alone: Identity users and roles, OpenIddict's tables, the data-protection key ring, account
    /// administration and its audit. Enough for the <c>accounts</c> commands and for the gateway in tests.
    /// </summary>
    public static void AddAccountStore(this IServiceCollection services, StorageOptions storage, AuthOptions auth)
    {
        services.AddDbContext<AccountsDbContext>(options =>
        {
            _ = storage.Dialect == StorageDialect.PostgreSQL
                ? options.UseNpgsql(storage.ConnectionString)
                : options.UseSqlite(storage.ConnectionString);
            options.UseOpenIddict();
        });

        services.AddSingleton<DataProtectionKeys>();
        var dataProtection = services.AddDataProtection().SetApplicationName("OnePlusX");
        if (auth.KeyRingCertificatePath is { Length: > 0 } certificate)
        {
            dataProtection.ProtectKeysWithCertificate(
                System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(certificate, auth.KeyRingCertificatePassword));
        }
        services.AddOptions<KeyManagementOptions>().Configure<DataProtectionKeys>((o, keys) => o.XmlRepository = keys);

        services.AddIdentityCore<StaffUser>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 6;
                o.Lockout.MaxFailedAccessAttempts = auth.MaxFailedSignIns;
                o.Lockout.DefaultLockoutTimeSpan = auth.LockoutDuration;
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
                o.ClaimsIdentity.UserNameClaimType = ClaimNames.Name;
                o.ClaimsIdentity.RoleClaimType = ClaimNames.Role;
                o.ClaimsIdentity.UserIdClaimType = Claims.Subject;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddDefaultTokenProviders();
        services.AddOpenIddict().AddCore(o => o.UseEntityFrameworkCore().UseDbContext<AccountsDbContext>());
        services.AddScoped<AccountAdministration>();
        services.AddScoped<IAccountAdministration>(sp => sp.GetRequiredService<AccountAdministration>());
        services.AddSingleton<SecurityAudit>();
    }

    public static void UseAccounts(this WebApplication app)
    {
        var auth = app.Services.GetRequiredService<IOptions<AuthOptions>>().Value;
        if (auth.Issuer is null && !(auth.AllowHttp ?? app.Services.GetRequiredService<StorageOptions>().Dialect == StorageDialect.Sqlite))
        {
            // Without a fixed issuer, tokens would name whatever Host header a request carried.
            throw new InvalidOperationException("OnePlusX:Auth:Issuer must be set to the service's public HTTPS address in production (see deploy/README.md).");
        }

        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapSignIn();
        app.MapConnect();
    }

    private static Task Redirect(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int apiStatus)
    {
        if (context.Request.Path.StartsWithSegments("/account") || context.Request.Path.StartsWithSegments("/connect/authorize"))
        {
            context.Response.Redirect(context.RedirectUri);
        }
        else
        {
            context.Response.StatusCode = apiStatus;
        }

        return Task.CompletedTask;
    }

    /// <summary>Signing and encryption credentials from <see cref="SigningKeys"/>; PKCE with S256 only.</summary>
    private sealed class ServerKeys(SigningKeys keys) : IConfigureOptions<OpenIddictServerOptions>
    {
        public void Configure(OpenIddictServerOptions options)
        {
            foreach (var key in keys.Current("signing"))
            {
                options.SigningCredentials.Add(new SigningCredentials(key, SecurityAlgorithms.RsaSha256));
            }

            foreach (var key in keys.Current("encryption"))
            {
                options.EncryptionCredentials.Add(new EncryptingCredentials(key, SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
            }

            options.CodeChallengeMethods.Clear();
            options.CodeChallengeMethods.Add(CodeChallengeMethods.Sha256);
        }
    }

    /// <summary>Checks hourly whether a key is due; if so, makes it and lets OpenIddict reload its options.</summary>
    private sealed class KeyRotation(SigningKeys keys, IOptionsMonitorCache<OpenIddictServerOptions> server, IOptionsMonitorCache<OpenIddictValidationOptions> validation, ILogger<KeyRotation> logger) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    if (keys.RotationDue())
                    {
                        server.TryRemove(Options.DefaultName);
                        validation.TryRemove(Options.DefaultName);
                        logger.LogInformation("Signing keys rotated; OpenIddict options reloaded");
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Could not check the signing keys' rotation");
                }
            }
        }
    }
}
