using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace OnePlusX.Tenancy;

/// <summary>
/// A college's tenant code (试点院校代码), e.g. <c>JLJT</c>: 2–16 upper-case letters or digits, starting with a letter.
/// Every tenant grain key and every tenant read-model row starts with it.
/// </summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.TenantId")]
public readonly partial record struct TenantId
{
    [Id(0)] public string Value { get; }

    private TenantId(string value) => Value = value;

    /// <summary>Parses a tenant code; returns false (never throws) for anything malformed.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out TenantId? tenant)
    {
        tenant = null;
        if (text is null || !Pattern().IsMatch(text))
        {
            return false;
        }

        tenant = new TenantId(text);
        return true;
    }

    /// <summary>Parses a tenant code known to be valid (constants, seeded data); throws on a programming error.</summary>
    public static TenantId From(string text) =>
        TryParse(text, out var tenant) ? tenant.Value : throw new ArgumentException($"'{text}' is not a tenant code.", nameof(text));

    public override string ToString() => Value;

    [GeneratedRegex("^[A-Z][A-Z0-9]{1,15}$")]
    private static partial Regex Pattern();
}
