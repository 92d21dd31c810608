using OnePlusX.Outcomes;

namespace OnePlusX.CertificateProjects;

/// <summary>The credit bank (学分银行, NAT-CB-1): each certificate issued carries its credit record, proposed within a month.</summary>
public partial interface ICertificateProjectGrain
{
    /// <summary>Records the day credit-record proposals were made for issued certificates (NAT-CB-1); keys are the numbers.</summary>
    Task<CommandResult<CandidateBatch>> RecordCreditProposalAsync(RecordCreditProposal command);
}
