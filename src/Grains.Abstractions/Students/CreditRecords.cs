using OnePlusX.Policies;

namespace OnePlusX.Students;

/// <summary>
/// Asks credits (学分认定) for a certificate: one the student holds by its number, or — with
/// <see cref="DrivingLicenceIssuedOn"/> — a driving licence, which is not issued through a project.
/// </summary>
/// <param name="CertificateNumber">The certificate's (or licence's) number.</param>
/// <param name="Requested">The kind of credit asked for, where the policy offers a choice.</param>
/// <param name="SubstitutedCourse">The programme course the certificate substitutes (学分置换), if any.</param>
/// <param name="SubstitutedCourseCredits">That course's credits.</param>
[GenerateSerializer, Immutable, Alias("OnePlusX.GrantCredits")]
public sealed record GrantCredits(
    [property: Id(0)] string CertificateNumber,
    [property: Id(1)] CreditCategory Requested,
    [property: Id(2)] string? SubstitutedCourse = null,
    [property: Id(3)] decimal? SubstitutedCourseCredits = null)
{
    /// <summary>Set for a driving licence (驾驶证): the day it was issued.</summary>
    [Id(4)] public DateOnly? DrivingLicenceIssuedOn { get; init; }
}

/// <summary>Credits granted to a student for one certificate, with the policy's rules and reason.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.CreditRecord")]
public sealed record CreditRecord(
    [property: Id(0)] string CertificateNumber,
    [property: Id(1)] string? ProjectKey,
    [property: Id(2)] CreditGrant Grant,
    [property: Id(3)] string? SubstitutedCourse,
    [property: Id(4)] DateTimeOffset GrantedAt);

/// <summary>What credits add to a student's details (Ids 140–169).</summary>
public sealed partial record StudentDetails
{
    /// <summary>Credits granted, one record per certificate.</summary>
    [Id(140)] public IReadOnlyList<CreditRecord> Credits { get; init; } = [];
}
