using OnePlusX.GraphQL.IssuedCertificates;
using OnePlusX.ReadModels;
using OnePlusX.Silo.ReferenceData;

namespace OnePlusX.Silo.Api;

/// <summary>
/// Public certificate verification (NAT-ISS-1): anyone may check a certificate by its number and its holder's name.
/// The answer is the certificate's own fields and nothing else about the person; a number that does not exist and
/// a name that does not match get the same 404, so the endpoint cannot be used to find numbers or names. Limited
/// per client address (the <c>verification</c> policy, shared with GraphQL's verifyCertificate): 429 with Retry-After.
/// </summary>
internal static class CertificateVerificationEndpoints
{
    public static void MapCertificateVerification(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/certificates").AllowAnonymous(); // public by design (NAT-ISS-1)
        group.MapGet("/verify", VerifyAsync).RequireRateLimiting(VerificationLimiter.PolicyName);
    }

    private static async Task<IResult> VerifyAsync(string? number, string? name, IIssuedCertificateQueries certificates, ReferenceCatalog reference, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(number) || string.IsNullOrWhiteSpace(name))
        {
            return Problems.Invalid(string.IsNullOrWhiteSpace(number) ? "number" : "name", "Give the certificate number (number) and the holder's name (name).");
        }

        var found = await certificates.VerifyAsync(number, name, cancellationToken);
        if (found is null)
        {
            return Problems.NotFound("number", "No certificate with this number is held by this name.");
        }

        var certificate = reference.Certificates.GetValueOrDefault(found.CertificateCode);
        var organization = certificate is null ? null : reference.Organizations.GetValueOrDefault(certificate.OrganizationCode);
        return Results.Ok(new
        {
            number = found.Number,
            holderName = found.HolderName,
            certificate = new { code = found.CertificateCode, name = certificate?.Name },
            level = (int)found.Level,
            organization = organization is null ? null : new { code = organization.Code, name = organization.Name },
            issuedOn = found.IssuedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            collegeName = found.CollegeName,
        });
    }
}
