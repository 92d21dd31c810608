namespace OnePlusX.Policies;

/// <summary>Who a registered candidate is.</summary>
public enum CandidateKind
{
    /// <summary>学生: an enrolled student of the college.</summary>
    Student = 1,

    /// <summary>社会学员: a candidate who is not an enrolled student.</summary>
    ExternalCandidate = 2,
}

/// <summary>
/// The agreed price of one candidate's exam, split the way HB-FUND-2 reads it: equipment and consumables,
/// the certificate fee paid to the organisation, and examiner labour. Colleges that do not split enter the
/// whole price as <see cref="CertificateFee"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.ExamPrice")]
public sealed record ExamPrice(
    [property: Id(0)] decimal EquipmentAndConsumables,
    [property: Id(1)] decimal CertificateFee,
    [property: Id(2)] decimal ExaminerLabour)
{
    public decimal Total => EquipmentAndConsumables + CertificateFee + ExaminerLabour;
}

/// <summary>What a policy needs to decide on a registration (报名) and who pays for it.</summary>
/// <param name="RegisteredOn">The registration date; parameters are taken as in force on this day.</param>
/// <param name="Candidate">Enrolled student or external candidate.</param>
/// <param name="EarlierCertificates">
/// Other certificates this candidate already registered for (not withdrawn) or holds in this college;
/// 0 makes this registration the first certificate.
/// </param>
/// <param name="Selected">Whether the school selected the student from course and training results (遴选).</param>
/// <param name="Price">The agreed price per candidate.</param>
/// <param name="SchoolBudgetRemaining">What is left of the secondary college's pilot budget, when the college tracks it.</param>
public sealed record RegistrationFacts(
    DateOnly RegisteredOn,
    CandidateKind Candidate,
    int EarlierCertificates,
    bool Selected,
    ExamPrice Price,
    decimal? SchoolBudgetRemaining = null);
