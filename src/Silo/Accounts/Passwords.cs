using System.Security.Cryptography;

namespace OnePlusX.Silo.Accounts;

/// <summary>Random initial passwords and client secrets; never a fixed default anywhere.</summary>
internal static class Passwords
{
    // No 0/O, 1/l/I: read aloud or copied from a console without mistakes.
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>16 characters with upper, lower and digits (about 93 bits).</summary>
    public static string Initial()
    {
        while (true)
        {
            var candidate = RandomNumberGenerator.GetString(Alphabet, 16);
            if (candidate.Any(char.IsUpper) && candidate.Any(char.IsLower) && candidate.Any(char.IsDigit) && candidate.Distinct().Count() >= 8)
            {
                return candidate;
            }
        }
    }

    /// <summary>A client secret of 256 bits, base64url.</summary>
    public static string ClientSecret() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
