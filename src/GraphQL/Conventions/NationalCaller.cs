using GraphQL;
using OnePlusX.Security;
using OnePlusX.Tenancy;

namespace OnePlusX.GraphQL.Conventions;

/// <summary>The caller acting for national monitoring, as national grains (cost caps, monitoring points) need it.</summary>
public static class NationalCaller
{
    /// <summary>
    /// A grain-call scope for no tenant naming the caller, their address and roles: national grains check the roles
    /// before they change anything, and a tenant grain refuses such a call.
    /// </summary>
    public static IDisposable Scope(IResolveFieldContext context) =>
        CallScope.ForNational(Caller.Actor(context), Caller.Origin(context), AccessScope.From(context.User).Roles);

    /// <summary>
    /// Whether a certificate code may name a national grain: 1–32 letters, digits, '.', '_' or '-'. Anything else is
    /// answered without activating a grain; the grain checks the catalogue.
    /// </summary>
    public static bool IsCertificateCode(string? code) =>
        code is { Length: > 0 and <= 32 } && char.IsAsciiLetterOrDigit(code[0]) && code.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '.' or '_' or '-');
}
