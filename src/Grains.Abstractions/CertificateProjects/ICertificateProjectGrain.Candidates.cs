using OnePlusX.Outcomes;
using OnePlusX.Policies;

namespace OnePlusX.CertificateProjects;

/// <summary>
/// Selection and registration (who pays), results, certificate issuance and platform entry. The bulk commands
/// check every row fully before anything is written, then apply all good rows in one state write: a bad row never
/// half-applies and never stops the good ones. A whole call is refused (the error of the result) only when the
/// project cannot take any row (not found, not open, no price, too many rows).
/// </summary>
public partial interface ICertificateProjectGrain
{
    /// <summary>Sets the agreed exam price per candidate (考核价格); registrations made afterwards use it.</summary>
    Task<CommandResult<CertificateProjectDetails>> SetExamPriceAsync(ExamPrice price);

    /// <summary>
    /// Registers candidates (报名): the college's policy decides whether each may register (HB-SEL-1) and who pays,
    /// from which fund, at the agreed price (JL-FUND-1, HB-FUND-1/2, SD-FUND-1, XM-FIN-1, NAT-COST-1).
    /// </summary>
    Task<CommandResult<CandidateBatch>> RegisterCandidatesAsync(RegisterCandidates command);

    /// <summary>Records a results sheet for registered candidates; a result may be corrected until a certificate is issued.</summary>
    Task<CommandResult<CandidateBatch>> RecordResultsAsync(RecordResults command);

    /// <summary>
    /// Issues certificates to passing candidates (SD-ISS-1: with the scan archived where the policy says so), each
    /// number unique across the service, each with its platform-entry deadline (NAT-ISS-1); the students' records follow.
    /// </summary>
    Task<CommandResult<CandidateBatch>> IssueCertificatesAsync(IssueCertificates command);

    /// <summary>Records the day certificates were entered into the national certificate platform (NAT-ISS-1); keys are the numbers.</summary>
    Task<CommandResult<CandidateBatch>> RecordPlatformEntryAsync(RecordPlatformEntry command);
}
