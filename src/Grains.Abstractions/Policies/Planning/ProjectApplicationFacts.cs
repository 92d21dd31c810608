using OnePlusX.CertificateProjects;

namespace OnePlusX.Policies;

/// <summary>What a policy needs to decide on a project application; gathered by the grain, never fetched by the policy.</summary>
/// <param name="CertificateCode">The certificate applied for.</param>
/// <param name="Level">初级 / 中级 / 高级.</param>
/// <param name="Year">The pilot year; parameters are taken as in force on 1 January of it.</param>
/// <param name="Candidates">Candidates applied for.</param>
/// <param name="Budget">Budget applied for, in yuan.</param>
/// <param name="MajorCode">The major that takes the certificate as its X certificate, when the application names one.</param>
/// <param name="MajorCertificates">Other X certificates that major already has (not counting this one).</param>
/// <param name="PilotScale">The approved pilot scale (试点规模) this application falls under, when known.</param>
/// <param name="ExceptionApproved">Whether the leading group approved an exception request for going beyond the scale.</param>
public sealed record ProjectApplicationFacts(
    string CertificateCode,
    CertificateLevel Level,
    int Year,
    int Candidates,
    decimal Budget,
    string? MajorCode = null,
    int MajorCertificates = 0,
    int? PilotScale = null,
    bool ExceptionApproved = false);
