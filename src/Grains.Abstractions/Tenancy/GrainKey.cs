using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace OnePlusX.Tenancy;

/// <summary>
/// The string key of a tenant grain: <c>"{tenant}/{key}"</c>. The tenant prefix is what the grain call filter
/// checks against the caller's tenant; the local key is 1–64 letters, digits, '.', '_' or '-'.
/// A college grain's key is its tenant code alone (the tenant root).
/// </summary>
public static partial class GrainKey
{
    public const char Separator = '/';

    /// <summary>Builds <c>"{tenant}/{key}"</c>; the local key must already be valid.</summary>
    public static string For(TenantId tenant, string localKey) =>
        IsValidLocalKey(localKey)
            ? $"{tenant.Value}{Separator}{localKey}"
            : throw new ArgumentException($"'{localKey}' is not a valid local key.", nameof(localKey));

    /// <summary>True when a local key (the part after the tenant) is well formed.</summary>
    public static bool IsValidLocalKey([NotNullWhen(true)] string? localKey) =>
        localKey is not null && LocalKeyPattern().IsMatch(localKey);

    /// <summary>The tenant a grain key belongs to: the part before the first '/', or the whole key for a college.</summary>
    public static bool TryGetTenant(string grainKey, [NotNullWhen(true)] out TenantId? tenant)
    {
        var slash = grainKey.IndexOf(Separator);
        return TenantId.TryParse(slash < 0 ? grainKey : grainKey[..slash], out tenant);
    }

    /// <summary>Splits <c>"{tenant}/{key}"</c>; false for a key without a tenant or with a malformed part.</summary>
    public static bool TrySplit(string grainKey, [NotNullWhen(true)] out TenantId? tenant, [NotNullWhen(true)] out string? localKey)
    {
        localKey = null;
        tenant = null;
        var slash = grainKey.IndexOf(Separator);
        if (slash < 0 || !TenantId.TryParse(grainKey[..slash], out tenant))
        {
            return false;
        }

        var rest = grainKey[(slash + 1)..];
        if (!IsValidLocalKey(rest))
        {
            tenant = null;
            return false;
        }

        localKey = rest;
        return true;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex LocalKeyPattern();
}
