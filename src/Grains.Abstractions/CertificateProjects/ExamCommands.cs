using OnePlusX.Policies;

namespace OnePlusX.CertificateProjects;

/// <summary>A sitting of an exam: a room from a start to an end (instants, UTC; shown in China time).</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.PlannedSitting")]
public sealed record PlannedSitting(
    [property: Id(0)] string Room,
    [property: Id(1)] DateTimeOffset Start,
    [property: Id(2)] DateTimeOffset End)
{
    /// <summary>Rooms compare trimmed and case-insensitively ("a101 " is A101).</summary>
    public static string RoomKey(string room) => room.Trim().ToUpperInvariant();

    /// <summary>Whether <paramref name="reference"/> names this sitting (same room, same start).</summary>
    public bool IsNamedBy(SittingRef reference) => RoomKey(Room) == RoomKey(reference.Room) && Start == reference.Start;

    /// <summary>The policy's view of the sitting.</summary>
    public ExamSitting ToPolicy() => new(Room.Trim(), Start, End);
}

/// <summary>A sitting a worker works, named by its room and start.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.SittingRef")]
public sealed record SittingRef([property: Id(0)] string Room, [property: Id(1)] DateTimeOffset Start);

/// <summary>A person working at an exam: examiner, invigilator, staff or supervisor.</summary>
/// <param name="Name">Their name.</param>
/// <param name="Role">What they do, which decides how they are paid.</param>
/// <param name="Internal">A teacher of the college (校内) rather than from outside (校外).</param>
/// <param name="HoldsExaminerCertificate">Holds the organisation's examiner certificate (考评员证书).</param>
/// <param name="Sittings">The sittings they work (invigilators and staff), by room and start.</param>
/// <param name="Days">Days worked (examiners and supervisors).</param>
[GenerateSerializer, Immutable, Alias("OnePlusX.PlannedWorker")]
public sealed record PlannedWorker(
    [property: Id(0)] string Name,
    [property: Id(1)] ExamRole Role,
    [property: Id(2)] bool Internal,
    [property: Id(3)] bool HoldsExaminerCertificate,
    [property: Id(4)] IReadOnlyList<SittingRef> Sittings,
    [property: Id(5)] decimal Days);

/// <summary>Another cost agreed for the exam (equipment, consumables, certificate fees…), with its type.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.ExamCost")]
public sealed record ExamCost([property: Id(0)] CostType Type, [property: Id(1)] string Description, [property: Id(2)] decimal Amount);

/// <summary>Plans an exam of the project (a new code), or revises it (its code again) while it is editable.</summary>
/// <param name="Code">The exam's code within the project, e.g. <c>E1</c>; the approvable item is <c>exam:{code}</c>.</param>
/// <param name="ExamDate">The exam date (China day); rates are those in force on it.</param>
/// <param name="Mode">机考 / 笔试 / 实践操作.</param>
/// <param name="Sittings">Rooms and times.</param>
/// <param name="Workers">Examiners, invigilators, staff and supervisors.</param>
[GenerateSerializer, Immutable, Alias("OnePlusX.PlanExam")]
public sealed record PlanExam(
    [property: Id(0)] string Code,
    [property: Id(1)] DateOnly ExamDate,
    [property: Id(2)] ExamMode Mode,
    [property: Id(3)] IReadOnlyList<PlannedSitting> Sittings,
    [property: Id(4)] IReadOnlyList<PlannedWorker> Workers)
{
    /// <summary>The college's exam station (考核站点) that hosts it, if any; it must examine the project's certificate.</summary>
    [Id(5)] public string? StationCode { get; init; }

    /// <summary>Where (考核地点), e.g. a building.</summary>
    [Id(6)] public string? Place { get; init; }

    /// <summary>The major examined (考核专业); the project's major when not given.</summary>
    [Id(7)] public string? MajorCode { get; init; }

    /// <summary>Candidates examined (考核人数); the project's registered candidates when not given.</summary>
    [Id(8)] public int? Headcount { get; init; }

    /// <summary>The evaluation organisation's own invigilators-per-room rule, approved by the college (JL-PAY-3).</summary>
    [Id(9)] public int? OrganisationInvigilatorLimit { get; init; }

    /// <summary>Agreed costs besides people.</summary>
    [Id(10)] public IReadOnlyList<ExamCost> OtherCosts { get; init; } = [];
}

/// <summary>Computes an approved exam's work-fee table (附件4).</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.ComputeExamFees")]
public sealed record ComputeExamFees([property: Id(0)] string ExamCode)
{
    /// <summary>Compute again at the rates in force now for the exam date, replacing the kept table (audited).</summary>
    [Id(1)] public bool Recompute { get; init; }
}
