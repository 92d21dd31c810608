using OnePlusX.Outcomes;
using OnePlusX.Policies;

namespace OnePlusX.CertificateProjects;

/// <summary>
/// One row of a registration list (报名): an enrolled student of the college by student number, or an external
/// candidate (社会学员) by name and resident ID number — exactly one of the two.
/// </summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.CandidateRow")]
public sealed record CandidateRow(
    [property: Id(0)] string? StudentNumber,
    [property: Id(1)] bool Selected,
    [property: Id(2)] ExternalCandidate? External);

/// <summary>社会学员: a candidate who is not an enrolled student; the ID number stays inside the college's project.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.ExternalCandidate")]
public sealed record ExternalCandidate([property: Id(0)] string Name, [property: Id(1)] string IdNumber);

/// <summary>Registers many candidates at once; each row succeeds or fails on its own.</summary>
/// <param name="Rows">The rows, in the order the college listed them.</param>
/// <param name="RegisteredOn">The registration day (China); today when null. Parameters are taken as in force on it.</param>
[GenerateSerializer, Immutable, Alias("OnePlusX.RegisterCandidates")]
public sealed record RegisterCandidates([property: Id(0)] IReadOnlyList<CandidateRow> Rows, [property: Id(1)] DateOnly? RegisteredOn = null);

/// <summary>One row of a results sheet (成绩): a registered candidate's score and whether it is a pass.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.ResultRow")]
public sealed record ResultRow([property: Id(0)] string Candidate, [property: Id(1)] decimal? Score, [property: Id(2)] bool Passed);

/// <summary>Records a results sheet; each row succeeds or fails on its own.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.RecordResults")]
public sealed record RecordResults([property: Id(0)] IReadOnlyList<ResultRow> Rows);

/// <summary>One certificate to issue (证书颁发): to which candidate, its number, the issue day, whether its scan is archived.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.IssueRow")]
public sealed record IssueRow(
    [property: Id(0)] string Candidate,
    [property: Id(1)] string CertificateNumber,
    [property: Id(2)] DateOnly IssuedOn,
    [property: Id(3)] bool ScanArchived);

/// <summary>Issues a batch of certificates; each row succeeds or fails on its own.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.IssueCertificates")]
public sealed record IssueCertificates([property: Id(0)] IReadOnlyList<IssueRow> Rows);

/// <summary>Records that certificates were entered into the national certificate platform on a day (NAT-ISS-1).</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.RecordPlatformEntry")]
public sealed record RecordPlatformEntry([property: Id(0)] IReadOnlyList<string> CertificateNumbers, [property: Id(1)] DateOnly EnteredOn);

/// <summary>
/// The outcome of one row of a bulk command: its index in the list sent, the candidate (or certificate) it
/// concerns, and why it changed nothing (empty when it was applied).
/// </summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.RowOutcome")]
public sealed record RowOutcome(
    [property: Id(0)] int Row,
    [property: Id(1)] string? Key,
    [property: Id(2)] IReadOnlyList<CommandError> Errors)
{
    public bool Applied => Errors.Count == 0;
}

/// <summary>A bulk command's per-row outcomes and the project after the rows that were applied.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.CandidateBatch")]
public sealed record CandidateBatch([property: Id(0)] IReadOnlyList<RowOutcome> Rows, [property: Id(1)] CertificateProjectDetails Project);

/// <summary>A result as recorded: score (if the sheet gives one), pass, and when it was entered.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.ExamResult")]
public sealed record ExamResult(
    [property: Id(0)] decimal? Score,
    [property: Id(1)] bool Passed,
    [property: Id(2)] DateTimeOffset RecordedAt);

/// <summary>
/// A certificate issued to a candidate of the project: its number (unique across the service), issue day, the
/// NAT-ISS-1 platform-entry deadline computed on the official calendar, and when it was entered.
/// </summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.ProjectCertificate")]
public sealed record ProjectCertificate(
    [property: Id(0)] string Number,
    [property: Id(1)] DateOnly IssuedOn,
    [property: Id(2)] bool ScanArchived,
    [property: Id(3)] Deadline PlatformDeadline,
    [property: Id(4)] DateOnly? PlatformEnteredOn)
{
    /// <summary>Its credit-bank record (NAT-CB-1); null for a certificate issued before the credit bank was kept.</summary>
    [Id(5)] public CreditBankEntry? CreditBank { get; init; }
}

/// <summary>
/// A registration (报名) of a candidate for the project, with who pays for it and why (the policy's decision at
/// registration, kept with the parameters it used), then the result and the certificate as they come.
/// </summary>
/// <param name="Key">The candidate's key in the project: the student number, or <c>ext:0001</c>… for an external candidate.</param>
/// <param name="Kind">Enrolled student or external candidate.</param>
/// <param name="StudentNumber">The student number; null for an external candidate.</param>
/// <param name="Name">The candidate's name (the certificate's holder).</param>
/// <param name="MaskedIdNumber">An external candidate's ID number with all but its last 4 characters hidden.</param>
/// <param name="Selected">Whether the school selected the student (HB-SEL-1).</param>
/// <param name="RegisteredOn">The registration day; the funding decision took parameters as in force on it.</param>
/// <param name="Funding">Who pays, from which funds, and why, as decided at registration.</param>
[GenerateSerializer, Immutable, Alias("OnePlusX.CandidateRegistration")]
public sealed record CandidateRegistration(
    [property: Id(0)] string Key,
    [property: Id(1)] CandidateKind Kind,
    [property: Id(2)] string? StudentNumber,
    [property: Id(3)] string Name,
    [property: Id(4)] string? MaskedIdNumber,
    [property: Id(5)] bool Selected,
    [property: Id(6)] DateOnly RegisteredOn,
    [property: Id(7)] FundingDecision Funding)
{
    [Id(8)] public ExamResult? Result { get; init; }

    [Id(9)] public ProjectCertificate? Certificate { get; init; }
}
