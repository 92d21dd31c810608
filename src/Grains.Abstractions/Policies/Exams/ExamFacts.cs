namespace OnePlusX.Policies;

/// <summary>考核类别: 机考 / 笔试 / 实践操作.</summary>
public enum ExamMode
{
    Computer = 1,
    Written = 2,
    Practical = 3,
}

/// <summary>What a person does at an exam, which decides how they are paid.</summary>
public enum ExamRole
{
    /// <summary>考评员: practical-assessment examiner, paid by the day.</summary>
    Examiner = 1,

    /// <summary>监考人员: invigilator of a written or computer exam, paid by the session.</summary>
    Invigilator = 2,

    /// <summary>工作人员: staff helping the examiners, paid per person per certificate exam.</summary>
    ExamStaff = 3,

    /// <summary>督导员: supervisor, paid by the day.</summary>
    Supervisor = 4,
}

/// <summary>A sitting in a room; start and end are instants (UTC), shown in China time.</summary>
public sealed record ExamSitting(string Room, DateTimeOffset Start, DateTimeOffset End);

/// <summary>A person working at an exam and what they do.</summary>
/// <param name="Name">Their name.</param>
/// <param name="Role">Examiner, invigilator, staff or supervisor.</param>
/// <param name="Internal">A teacher of the college (校内) rather than an outside examiner or supervisor (校外).</param>
/// <param name="HoldsExaminerCertificate">Holds the organisation's examiner (考评员) certificate.</param>
/// <param name="Sittings">The sittings they work (invigilators and staff), in any order.</param>
/// <param name="Days">Days worked (examiners and supervisors).</param>
public sealed record ExamWorker(
    string Name,
    ExamRole Role,
    bool Internal,
    bool HoldsExaminerCertificate,
    IReadOnlyList<ExamSitting> Sittings,
    decimal Days = 0);

/// <summary>Another exam already holding a venue.</summary>
public sealed record VenueBooking(string ExamName, string Room, DateTimeOffset Start, DateTimeOffset End);

/// <summary>An exam plan with its sittings, people and the venue calendar it must fit into.</summary>
/// <param name="ExamDate">The exam date; parameters are taken as in force on this day.</param>
/// <param name="FiledOn">When the plan is filed with 教务处.</param>
/// <param name="Mode">机考 / 笔试 / 实践操作.</param>
/// <param name="Sittings">Rooms and times of the exam.</param>
/// <param name="Workers">Examiners, invigilators, staff and supervisors.</param>
/// <param name="OrganisationInvigilatorLimit">An evaluation organisation's own invigilators-per-room rule, when the college approved it.</param>
/// <param name="OtherBookings">Other exams' sittings in the college's rooms.</param>
public sealed record ExamPlanFacts(
    DateOnly ExamDate,
    DateOnly FiledOn,
    ExamMode Mode,
    IReadOnlyList<ExamSitting> Sittings,
    IReadOnlyList<ExamWorker> Workers,
    int? OrganisationInvigilatorLimit,
    IReadOnlyList<VenueBooking> OtherBookings);

/// <summary>The exam to pay for (附件4): parameters are taken as in force on <paramref name="ExamDate"/>.</summary>
/// <param name="ExamDate">The exam date.</param>
/// <param name="CertificateName">The certificate examined, as printed on the fee table.</param>
/// <param name="Mode">机考 / 笔试 / 实践操作.</param>
/// <param name="Workers">Everyone paid for the exam.</param>
/// <param name="OtherCosts">Agreed costs besides people (equipment, consumables, certificate fees…), each with its type.</param>
/// <param name="OrganisationInvigilatorLimit">The organisation's approved invigilators-per-room rule the exam plan was approved with, if any.</param>
public sealed record ExamFeeFacts(
    DateOnly ExamDate,
    string CertificateName,
    ExamMode Mode,
    IReadOnlyList<ExamWorker> Workers,
    IReadOnlyList<CostItem> OtherCosts,
    int? OrganisationInvigilatorLimit = null);
