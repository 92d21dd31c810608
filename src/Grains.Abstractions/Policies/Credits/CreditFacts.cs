namespace OnePlusX.Policies;

/// <summary>The kind of credit a certificate is recognised as.</summary>
public enum CreditCategory
{
    /// <summary>No credit under this policy.</summary>
    None = 0,

    /// <summary>学分置换: the credits of a programme course the certificate substitutes.</summary>
    CourseSubstitution = 1,

    /// <summary>创新创业实践学分.</summary>
    InnovationPractice = 2,

    /// <summary>公共通识选修课学分.</summary>
    PublicElective = 3,

    /// <summary>A tenant-defined credit per certificate (national baseline parameter).</summary>
    CertificateCredit = 4,
}

/// <summary>A certificate a student holds and asks credit for.</summary>
/// <param name="HeldOn">Issue date; parameters are taken as in force on this day.</param>
/// <param name="IsDrivingLicence">The certificate is a driving licence (XM-CRD-1 counts it).</param>
/// <param name="SubstitutedCourseCredits">Credits of the programme course the certificate would substitute, if any.</param>
/// <param name="Requested">The category the student asks for, where the policy offers a choice.</param>
public sealed record CreditFacts(DateOnly HeldOn, bool IsDrivingLicence, decimal? SubstitutedCourseCredits, CreditCategory Requested);

/// <summary>Credits granted for one certificate, and the rules that grant them.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.CreditGrant")]
public sealed record CreditGrant(
    [property: Id(0)] decimal Credits,
    [property: Id(1)] CreditCategory Category,
    [property: Id(2)] IReadOnlyList<string> RuleIds,
    [property: Id(3)] Explanation Explanation);
