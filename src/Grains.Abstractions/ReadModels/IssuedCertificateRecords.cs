using OnePlusX.CertificateProjects;
using OnePlusX.Security;

namespace OnePlusX.ReadModels;

/// <summary>An issued certificate as the read model holds it (no ID numbers: those stay in the college's project).</summary>
/// <param name="Number">The certificate number, unique across the service.</param>
/// <param name="TenantId">The issuing college.</param>
/// <param name="ProjectKey">The project it was issued under.</param>
/// <param name="CertificateCode">The certificate of the catalogue.</param>
/// <param name="Level">Its level.</param>
/// <param name="HolderName">The holder's name.</param>
/// <param name="StudentNumber">The holder's student number; null for an external candidate.</param>
/// <param name="IssuedOn">The issue day.</param>
/// <param name="PlatformDue">The last day it is on time in the national certificate platform (NAT-ISS-1).</param>
/// <param name="PlatformDueProvisional">The official calendar did not yet cover a day the deadline needed.</param>
/// <param name="PlatformEnteredOn">When it was entered into the platform, if it was.</param>
public sealed record IssuedCertificateRecord(
    string Number,
    string TenantId,
    string ProjectKey,
    string CertificateCode,
    CertificateLevel Level,
    string HolderName,
    string? StudentNumber,
    DateOnly IssuedOn,
    DateOnly PlatformDue,
    bool PlatformDueProvisional,
    DateOnly? PlatformEnteredOn);

/// <summary>What public verification (NAT-ISS-1) shows of a certificate: its own fields and nothing else about the person.</summary>
public sealed record CertificateVerificationRecord(
    string Number,
    string HolderName,
    string CertificateCode,
    CertificateLevel Level,
    string CollegeName,
    DateOnly IssuedOn);

/// <summary>Which certificates a platform-deadline list holds.</summary>
public enum PlatformDeadlineStatus
{
    /// <summary>Not entered yet, due from the day asked about to a few working days after it.</summary>
    DueSoon = 1,

    /// <summary>Not entered, and the due day has passed.</summary>
    Overdue = 2,

    /// <summary>Entered into the platform (on time or late).</summary>
    Entered = 3,
}

/// <summary>A platform-deadline list: the status, the day it is judged on (China) and, for due-soon, how far ahead.</summary>
public sealed record PlatformDeadlineFilter(PlatformDeadlineStatus Status, DateOnly AsOf, int WithinWorkingDays)
{
    /// <summary>Earliest due first (the default), or most recently issued first.</summary>
    public bool NewestIssuedFirst { get; init; }
}

/// <summary>Issued certificates from the read model: deadlines within the caller's scope, and public verification.</summary>
public interface IIssuedCertificateQueries
{
    /// <summary>Certificates by platform-entry status, earliest due first.</summary>
    Task<Page<IssuedCertificateRecord>> DeadlinesAsync(AccessScope scope, PlatformDeadlineFilter filter, int offset, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// The certificate with this number whose holder has this name, or null — the same null when the number does
    /// not exist and when the name does not match, so the answer reveals nothing else. Anonymous.
    /// </summary>
    Task<CertificateVerificationRecord?> VerifyAsync(string number, string holderName, CancellationToken cancellationToken);
}
