using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using OnePlusX.Tenancy;

namespace OnePlusX.CertificateProjects;

/// <summary>The local key of a certificate project: <c>{certificate}-{level}-{year}</c>, e.g. <c>WEB-FE-2-2025</c>.</summary>
public static class CertificateProjectKey
{
    public static string For(TenantId tenant, string certificateCode, CertificateLevel level, int year) =>
        GrainKey.For(tenant, $"{certificateCode}-{(int)level}-{year.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>Reads the certificate, level and year back out of a local key.</summary>
    public static bool TryParse(string localKey, [NotNullWhen(true)] out string? certificateCode, out CertificateLevel level, out int year)
    {
        certificateCode = null;
        level = default;
        year = 0;
        var parts = localKey.Split('-');
        if (parts.Length < 3
            || !int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out year)
            || !int.TryParse(parts[^2], NumberStyles.None, CultureInfo.InvariantCulture, out var levelNumber)
            || !Enum.IsDefined(typeof(CertificateLevel), levelNumber))
        {
            return false;
        }

        level = (CertificateLevel)levelNumber;
        certificateCode = string.Join('-', parts[..^2]);
        return certificateCode.Length > 0;
    }
}
