using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace OnePlusX.Silo.Accounts;

/// <summary>
/// A plain sign-in page for staff (the full web UI comes later): the form posts with an antiforgery token, is rate
/// limited per address and per account, locks an account after repeated failures, and sends a user with an initial
/// password to change it first. Every attempt is audited; the page says the same for a wrong password, an unknown
/// name, a locked or a disabled account.
/// </summary>
internal static class SignInEndpoints
{
    private const string Generic = "用户名或密码错误，或账户已锁定。 Wrong user name or password, or the account is locked.";

    public static void MapSignIn(this WebApplication app)
    {
        var account = app.MapGroup("/account");
        account.MapGet("/sign-in", (HttpContext context, IAntiforgery antiforgery, string? returnUrl) =>
            Page(context, antiforgery, "登录 Sign in", SignInForm(returnUrl), null)).AllowAnonymous();

        account.MapPost("/sign-in", async Task<IResult> (
                HttpContext context, [FromForm] SignInInput input, IAntiforgery antiforgery,
                SignInManager<StaffUser> signIn, UserManager<StaffUser> users, AccountSignInLimiter limiter, SecurityAudit audit) =>
            {
                var name = input.UserName?.Trim() ?? "";
                if (!limiter.TryAcquire(name))
                {
                    await audit.RecordAsync(null, name, "sign-in.throttled", null, context);
                    return Results.Problem("Too many sign-in attempts for this account; wait a minute.", statusCode: StatusCodes.Status429TooManyRequests);
                }

                var user = name.Length == 0 ? null : await users.FindByNameAsync(name);
                var result = user is null || user.Disabled
                    ? Microsoft.AspNetCore.Identity.SignInResult.Failed
                    : await signIn.PasswordSignInAsync(user, input.Password ?? "", isPersistent: false, lockoutOnFailure: true);
                if (!result.Succeeded)
                {
                    var why = user is null ? "unknown" : user.Disabled ? "disabled" : result.IsLockedOut ? "locked-out" : "wrong-password";
                    if (why != "wrong-password")
                    {
                        // No password was checked: spend the same time, so the answer's delay does not reveal accounts.
                        SpendAPasswordCheck(users.PasswordHasher, input.Password ?? "");
                    }

                    await audit.RecordAsync(user?.TenantCode, name, "sign-in.failed", why, context);
                    return Page(context, antiforgery, "登录 Sign in", SignInForm(input.ReturnUrl), Generic, StatusCodes.Status400BadRequest);
                }

                await audit.RecordAsync(user!.TenantCode, name, "sign-in", null, context);
                return Results.LocalRedirect(user.MustChangePassword ? "/account/change-password" : LocalOrHome(input.ReturnUrl));
            })
            .RequireRateLimiting(AccountsHosting.SignInLimiter)
            .AllowAnonymous()
            .DisableAntiforgery()
            .AddEndpointFilter(ValidateAntiforgery);

        account.MapGet("/change-password", (HttpContext context, IAntiforgery antiforgery) =>
                Page(context, antiforgery, "修改密码 Change password", ChangeForm(), null))
            .RequireAuthorization(p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireAuthenticatedUser());

        account.MapPost("/change-password", async Task<IResult> (
                HttpContext context, [FromForm] ChangePasswordInput input, IAntiforgery antiforgery,
                SignInManager<StaffUser> signIn, UserManager<StaffUser> users, SecurityAudit audit) =>
            {
                var user = await users.GetUserAsync(context.User);
                if (user is null || user.Disabled)
                {
                    return Results.Unauthorized();
                }

                if (input.NewPassword != input.Confirm)
                {
                    return Page(context, antiforgery, "修改密码 Change password", ChangeForm(), "两次输入的新密码不一致。 The new passwords differ.", StatusCodes.Status400BadRequest);
                }

                var changed = await users.ChangePasswordAsync(user, input.CurrentPassword ?? "", input.NewPassword ?? "");
                if (!changed.Succeeded)
                {
                    return Page(context, antiforgery, "修改密码 Change password", ChangeForm(), string.Join(" ", changed.Errors.Select(e => e.Description)), StatusCodes.Status400BadRequest);
                }

                user.MustChangePassword = false;
                await users.UpdateAsync(user);
                await signIn.RefreshSignInAsync(user);
                await audit.RecordAsync(user.TenantCode, user.UserName!, "password.changed", null, context);
                return Results.LocalRedirect("/");
            })
            .RequireAuthorization(p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireAuthenticatedUser())
            .DisableAntiforgery()
            .AddEndpointFilter(ValidateAntiforgery);

        account.MapPost("/sign-out", async Task<IResult> (HttpContext context, SignInManager<StaffUser> signIn, UserManager<StaffUser> users) =>
            {
                // A new security stamp ends every copy of this user's session cookie at its next validation (within a minute).
                if (await users.GetUserAsync(context.User) is { } user)
                {
                    await users.UpdateSecurityStampAsync(user);
                }

                await signIn.SignOutAsync();
                return Results.LocalRedirect("/account/sign-in");
            })
            .DisableAntiforgery()
            .AddEndpointFilter(ValidateAntiforgery);
    }

    private static string? _decoyHash;

    /// <summary>Verifies a password against a decoy hash: as long as a real check, whatever the outcome.</summary>
    private static void SpendAPasswordCheck(IPasswordHasher<StaffUser> hasher, string password)
    {
        var decoy = new StaffUser();
        var hash = _decoyHash ??= hasher.HashPassword(decoy, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18)));
        hasher.VerifyHashedPassword(decoy, hash, password);
    }

    /// <summary>Antiforgery checked explicitly, so a missing token is a clear 400 rather than a generic failure.</summary>
    private static async ValueTask<object?> ValidateAntiforgery(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var antiforgery = context.HttpContext.RequestServices.GetRequiredService<IAntiforgery>();
        if (!await antiforgery.IsRequestValidAsync(context.HttpContext))
        {
            return Results.Problem("The form's antiforgery token is missing or invalid; reload the page.", statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["field"] = "__antiforgery" });
        }

        return await next(context);
    }

    private static string LocalOrHome(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            && !returnUrl.Any(char.IsControl) // browsers drop tabs and newlines ("/\t/evil" is "//evil"); LocalRedirect refuses them
            ? returnUrl
            : "/";

    private static IResult Page(HttpContext context, IAntiforgery antiforgery, string title, string form, string? error, int status = StatusCodes.Status200OK)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var hidden = $"<input type=\"hidden\" name=\"{WebUtility.HtmlEncode(tokens.FormFieldName)}\" value=\"{WebUtility.HtmlEncode(tokens.RequestToken)}\">";
        var message = error is null ? "" : $"<p role=\"alert\">{WebUtility.HtmlEncode(error)}</p>";
        var html = $"""
            <!doctype html>
            <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
            <title>{title} · OnePlusX</title></head>
            <body><main><h1>{title}</h1>{message}{form.Replace("<!--token-->", hidden, StringComparison.Ordinal)}</main></body></html>
            """;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["X-Frame-Options"] = "DENY";
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    private static string SignInForm(string? returnUrl) => $"""
        <form method="post" action="/account/sign-in"><!--token-->
        <input type="hidden" name="returnUrl" value="{WebUtility.HtmlEncode(LocalOrHome(returnUrl))}">
        <label>用户名 User name <input name="userName" autocomplete="username" required></label>
        <label>密码 Password <input name="password" type="password" autocomplete="current-password" required></label>
        <button>登录 Sign in</button></form>
        """;

    private static string ChangeForm() => """
        <form method="post" action="/account/change-password"><!--token-->
        <label>当前密码 Current password <input name="currentPassword" type="password" autocomplete="current-password" required></label>
        <label>新密码 New password (12+) <input name="newPassword" type="password" autocomplete="new-password" minlength="12" required></label>
        <label>确认新密码 Confirm <input name="confirm" type="password" autocomplete="new-password" required></label>
        <button>修改 Change</button></form>
        """;

    internal sealed class SignInInput
    {
        public string? UserName { get; set; }
        public string? Password { get; set; }
        public string? ReturnUrl { get; set; }
    }

    internal sealed class ChangePasswordInput
    {
        public string? CurrentPassword { get; set; }
        public string? NewPassword { get; set; }
        public string? Confirm { get; set; }
    }
}
