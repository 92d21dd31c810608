using OnePlusX.Approvals;
using OnePlusX.Outcomes;
using OnePlusX.Policies;

namespace OnePlusX.CertificateProjects;

/// <summary>The names an exam filing (附件2) prints, as they were when the exam was last planned.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.ExamFilingHeader")]
public sealed record ExamFilingHeader(
    [property: Id(0)] string CertificateName,
    [property: Id(1)] string SchoolName,
    [property: Id(2)] string? MajorName);

/// <summary>An exam of a project (考核): its plan, the policy's check of it, its filing, approval and fee table.</summary>
/// <param name="Code">The exam's code within the project.</param>
/// <param name="ExamDate">The exam date (China day).</param>
/// <param name="Mode">机考 / 笔试 / 实践操作.</param>
/// <param name="Sittings">Rooms and times.</param>
/// <param name="Workers">Examiners, invigilators, staff and supervisors.</param>
/// <param name="OtherCosts">Agreed costs besides people.</param>
/// <param name="PlanCheck">The policy's decision on the plan (allowed, with its rule IDs).</param>
/// <param name="Filing">The names the filing prints.</param>
/// <param name="Approval">The exam's approval (subject ExamFiling), item <c>exam:{code}</c>.</param>
[GenerateSerializer, Immutable, Alias("OnePlusX.ExamDetails")]
public sealed record ExamDetails(
    [property: Id(0)] string Code,
    [property: Id(1)] DateOnly ExamDate,
    [property: Id(2)] ExamMode Mode,
    [property: Id(3)] IReadOnlyList<PlannedSitting> Sittings,
    [property: Id(4)] IReadOnlyList<PlannedWorker> Workers,
    [property: Id(5)] IReadOnlyList<ExamCost> OtherCosts,
    [property: Id(6)] PolicyDecision PlanCheck,
    [property: Id(7)] ExamFilingHeader Filing,
    [property: Id(8)] Approval Approval)
{
    /// <summary>The approvable item's name prefix: <c>exam:{code}</c>.</summary>
    public const string ItemPrefix = "exam:";

    /// <summary>The approvable item's name.</summary>
    public string Item => ItemPrefix + Code;

    [Id(9)] public string? StationCode { get; init; }

    [Id(10)] public string? Place { get; init; }

    [Id(11)] public string? MajorCode { get; init; }

    /// <summary>Candidates examined.</summary>
    [Id(12)] public int Headcount { get; init; }

    [Id(13)] public int? OrganisationInvigilatorLimit { get; init; }

    /// <summary>The policy's decision on the filing (JL-FORM-2), when the filing could be checked.</summary>
    [Id(14)] public PolicyDecision? FilingCheck { get; init; }

    /// <summary>Why the filing could not be checked (a field it lacks), when it could not.</summary>
    [Id(15)] public CommandError? FilingError { get; init; }

    /// <summary>The work-fee table (附件4) with the parameters it was computed with, once computed.</summary>
    [Id(16)] public FeeTable? FeeTable { get; init; }

    /// <summary>When the fee table was computed.</summary>
    [Id(17)] public DateTimeOffset? FeesComputedAt { get; init; }

    /// <summary>The approvable item's one-line title for approvers' lists, e.g. 考核备案 WEB-FE 2级 E1（2027-06-10，30人）.</summary>
    public string Title(string certificateCode, CertificateLevel level) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"考核备案 {certificateCode} {(int)level}级 {Code}（{ExamDate:yyyy-MM-dd}，{Headcount}人）");

    /// <summary>Why the exam may not be submitted yet (its filing is incomplete), or null when it may.</summary>
    public CommandError? SubmitError => FilingError ?? (FilingCheck is { Allowed: false } refused ? CommandError.Refused(refused) : null);

    /// <summary>The sitting a worker's reference names (validated when planned).</summary>
    public PlannedSitting? Sitting(SittingRef reference) => Sittings.FirstOrDefault(s => s.IsNamedBy(reference));

    /// <summary>The workers as the policy sees them, with their sittings resolved.</summary>
    public IReadOnlyList<ExamWorker> ToWorkers() =>
        Workers.Select(w => new ExamWorker(w.Name.Trim(), w.Role, w.Internal, w.HoldsExaminerCertificate,
            w.Sittings.Select(Sitting).OfType<PlannedSitting>().Select(s => s.ToPolicy()).ToList(), w.Days)).ToList();

    /// <summary>The exam filing (考核备案表, 附件2): one invigilator row per invigilator and sitting; the plan is attached (it is this exam).</summary>
    public ExamFiling ToFiling() => new(
        Filing.CertificateName,
        Filing.SchoolName,
        Filing.MajorName,
        ExamDate,
        Headcount,
        Mode,
        Place,
        ToWorkers().Where(w => w.Role == ExamRole.Invigilator)
            .SelectMany(w => w.Sittings.OrderBy(s => s.Start).Select(s => new FilingInvigilator(w.Name, s.Room, s.Start, s.End, w.HoldsExaminerCertificate)))
            .ToList(),
        ExamPlanAttached: Sittings.Count > 0);

    /// <summary>The facts of the exam's work-fee table (附件4).</summary>
    public ExamFeeFacts ToFeeFacts() => new(
        ExamDate, Filing.CertificateName, Mode, ToWorkers(), OtherCosts.Select(c => new CostItem(c.Type, c.Description.Trim(), c.Amount)).ToList(), OrganisationInvigilatorLimit);
}
