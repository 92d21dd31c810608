using OnePlusX.Policies;

namespace OnePlusX.CertificateProjects;

/// <summary>
/// What the credit bank (学分银行) holds of one issued certificate (NAT-CB-1), fixed when it is issued: the credits the
/// college's policy grants for a certificate (XM-CRD-1, JL-CRD-1, or the baseline's own number), the one-month
/// proposal deadline the policy computes from the issue day, and when the college proposed the record.
/// </summary>
/// <param name="Grant">The policy's grant for the certificate as such (no course substitution asked for).</param>
/// <param name="Deadline">NAT-CB-1: the proposal is due within one month of issue (same day next month, or its last day).</param>
/// <param name="ProposedOn">The day the college proposed the record to the credit bank; null until then.</param>
[GenerateSerializer, Immutable, Alias("OnePlusX.CreditBankEntry")]
public sealed record CreditBankEntry(
    [property: Id(0)] CreditGrant Grant,
    [property: Id(1)] Deadline Deadline,
    [property: Id(2)] DateOnly? ProposedOn);

/// <summary>Records that the credit-record proposals of certificates were made to the credit bank on a day (NAT-CB-1).</summary>
/// <param name="CertificateNumbers">The certificates, by number.</param>
/// <param name="ProposedOn">The day they were proposed (China), from their issue day to today.</param>
[GenerateSerializer, Immutable, Alias("OnePlusX.RecordCreditProposal")]
public sealed record RecordCreditProposal([property: Id(0)] IReadOnlyList<string> CertificateNumbers, [property: Id(1)] DateOnly ProposedOn);
