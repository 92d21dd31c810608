namespace OnePlusX.Policies;

/// <summary>A teacher of a training class and whether they hold the evaluation organisation's qualification.</summary>
public sealed record TrainingTeacher(string Name, bool HoldsQualification);

/// <summary>A training class (培训) as planned.</summary>
/// <param name="StartsOn">First day; parameters are taken as in force on this day.</param>
/// <param name="EndsOn">Last day.</param>
/// <param name="Students">Headcount of the class.</param>
/// <param name="Concentrated">A concentrated training (集中培训) outside the integrated courses.</param>
/// <param name="PlanApprovedOn">When 教务处 approved the training plan, if it has.</param>
/// <param name="Teachers">Who teaches it.</param>
public sealed record TrainingFacts(
    DateOnly StartsOn,
    DateOnly EndsOn,
    int Students,
    bool Concentrated,
    DateOnly? PlanApprovedOn,
    IReadOnlyList<TrainingTeacher> Teachers);

/// <summary>A day of teaching: its date and class hours (学时).</summary>
public sealed record TeachingDay(DateOnly Date, decimal Hours);

/// <summary>One teacher's teaching in a training or X course, as it goes into a teaching-fee table (附件3).</summary>
public sealed record TeachingAssignment(string Name, string Title, string Course, int Students, IReadOnlyList<TeachingDay> Days, string? Remarks = null);

/// <summary>The teaching to pay for; parameters are taken as in force on <paramref name="ComputedOn"/>.</summary>
/// <param name="ComputedOn">The day the table is computed for (usually the last teaching day).</param>
/// <param name="Assignments">Each teacher's teaching.</param>
public sealed record TrainingFeeFacts(DateOnly ComputedOn, IReadOnlyList<TeachingAssignment> Assignments);
