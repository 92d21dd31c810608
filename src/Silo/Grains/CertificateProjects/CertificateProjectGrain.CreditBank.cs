using OnePlusX.CertificateProjects;
using OnePlusX.Outcomes;
using OnePlusX.Policies;
using OnePlusX.Silo.ReadModels.IssuedCertificates;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.Grains.CertificateProjects;

/// <summary>
/// The credit bank (学分银行, NAT-CB-1): every certificate is issued with its credit record — the credits the college's
/// policy grants for it and the proposal due one month after issue — and the college records when it proposed it.
/// The project's projection writes the records (credit_records) and every change of one to the feed integrations pull.
/// </summary>
internal sealed partial class CertificateProjectGrain
{
    public Task<CommandResult<CandidateBatch>> RecordCreditProposalAsync(RecordCreditProposal command) =>
        DateCertificatesAsync(command?.CertificateNumbers, command?.ProposedOn ?? default, "proposedOn", "project.credit-proposed", certificate =>
            certificate.CreditBank is not { } entry
                ? (CommandError.Conflict("NO_CREDIT_RECORD", $"Certificate {certificate.Number} was issued before the credit bank was kept; it has no credit record."), null)
            : entry.ProposedOn is { } proposed && proposed != command!.ProposedOn
                ? (CommandError.Conflict("ALREADY_PROPOSED", $"The credit record of certificate {certificate.Number} was proposed on {proposed:yyyy-MM-dd}."), null)
            : (null, entry.ProposedOn is null ? certificate with { CreditBank = entry with { ProposedOn = command!.ProposedOn } } : null));

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await base.OnActivateAsync(cancellationToken);
        try
        {
            await KeepEarlierCreditRecordsAsync();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The project stays usable; the records are made at a later activation.
            logger.LogWarning(ex, "Credit records of {GrainKey}'s earlier certificates were not made; the next activation tries again", Key);
        }
    }

    /// <summary>
    /// NAT-CB-1 holds for every certificate issued, also those issued before the credit bank was kept: on activation,
    /// a certificate without a record gets the one the policy makes for its issue day (so its deadline may be long
    /// past, and the record overdue, which is the truth), in one state write recorded as the system's. Once written
    /// this finds nothing, so it costs one scan of the registrations per activation.
    /// </summary>
    private async Task KeepEarlierCreditRecordsAsync()
    {
        if (!Exists || !State.Registrations.Any(r => r.Certificate is { CreditBank: null }))
        {
            return;
        }

        using var scope = CallScope.ForTenant(Tenant, CreditRecordKeeper);
        if (await CollegeAsync() is not { } college)
        {
            return;
        }

        var changed = new Dictionary<string, CandidateRegistration>(StringComparer.Ordinal);
        foreach (var registration in State.Registrations.Where(r => r.Certificate is { CreditBank: null }))
        {
            var certificate = registration.Certificate!;
            var entry = CreditBankEntryFor(certificate.IssuedOn, college.Parameters);
            if (entry.Succeeded)
            {
                changed[registration.Key] = registration with { Certificate = certificate with { CreditBank = entry.Value } };
            }
            else
            {
                logger.LogWarning("No credit record for certificate {Number} of {GrainKey}: {Error}", certificate.Number, Key, entry.Error!.Message);
            }
        }

        await CommitChangedAsync(changed, "project.credit-records-kept");
    }

    /// <summary>The actor recorded for credit records made for certificates issued before the credit bank was kept.</summary>
    internal const string CreditRecordKeeper = "system:credit-bank";

    /// <summary>
    /// NAT-CB-1: a certificate's credit record as the college's policy makes it on the issue day — the credits it grants
    /// for a certificate as such (XM-CRD-1: 2; JL-CRD-1: none until a course is substituted; the baseline: the
    /// college's own number) and the proposal deadline one calendar month after issue.
    /// </summary>
    private CommandResult<CreditBankEntry> CreditBankEntryFor(DateOnly issuedOn, ParameterSchedule parameters)
    {
        var grant = Policy.GrantCredits(new CreditFacts(issuedOn, false, null, CreditCategory.None), parameters);
        if (!grant.Succeeded)
        {
            return grant.Error;
        }

        var deadline = Policy.DeadlineFor(DeadlineKind.CreditBankProposal, issuedOn, parameters);
        return deadline.Succeeded ? new CreditBankEntry(grant.Value, deadline.Value, null) : deadline.Error;
    }
}
