using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace OnePlusX.GraphQL.Conventions;

/// <summary>
/// Opaque global ids that carry their type: base64url of <c>"{Type}:{key}"</c>. Clients treat them as opaque;
/// the gateway decodes them in <c>node(id:)</c> and in arguments that take ids.
/// </summary>
public static class GlobalId
{
    public static string Encode(string typeName, string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{key}"));

    public static bool TryDecode(string? id, [NotNullWhen(true)] out string? typeName, [NotNullWhen(true)] out string? key)
    {
        typeName = null;
        key = null;
        if (string.IsNullOrEmpty(id) || id.Length > 512 || !Base64Url.IsValid(id))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(id));
        var colon = text.IndexOf(':');
        if (colon <= 0 || colon == text.Length - 1)
        {
            return false;
        }

        typeName = text[..colon];
        key = text[(colon + 1)..];
        return true;
    }
}
