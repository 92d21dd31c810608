using OnePlusX.CertificateProjects;
using OnePlusX.Policies;

namespace OnePlusX.Silo.Grains.CertificateProjects;

/// <summary>What the policy is asked about a training: its filing (附件1), its facts, and its teaching for the fee table (附件3).</summary>
internal static class TrainingPolicyFacts
{
    /// <summary>
    /// The training filing (培训备案表, 附件1) of a training, for the policy's completeness check and for the form:
    /// <paramref name="schoolName"/> is the 培训学院 (the project's secondary college), <paramref name="certificateName"/>
    /// the certificate's name from the catalogue.
    /// </summary>
    public static TrainingFiling ToFiling(this Training training, string schoolName, string certificateName) =>
        new(certificateName, schoolName, training.MajorName ?? training.MajorCode, training.Course, training.Hours, training.StartsOn, training.EndsOn,
            training.Headcount, training.Place, training.Teachers.Select(t => new FilingTeacher(t.Name, t.Title, t.Task, t.HoldsQualification)).ToList(),
            training.TimetableAttached, training.CourseStandardAttached);

    /// <summary>The training as the policy checks it, with the day its plan was (or would be) approved (HB-TRN-1).</summary>
    public static TrainingFacts ToFacts(this Training training, DateOnly? planApprovedOn) =>
        new(training.StartsOn, training.EndsOn, training.Headcount, training.Concentrated, planApprovedOn,
            training.Teachers.Select(t => new TrainingTeacher(t.Name, t.HoldsQualification)).ToList());

    /// <summary>The teaching to pay for, with parameters as in force on the last day taught.</summary>
    public static TrainingFeeFacts ToFeeFacts(this IReadOnlyList<TaughtAssignment> teaching) =>
        new(teaching.SelectMany(a => a.Days).Max(d => d.Date),
            teaching.Select(a => new TeachingAssignment(a.Teacher, a.Title, a.Course, a.Students, a.Days.Select(d => new TeachingDay(d.Date, d.Hours)).ToList(), a.Remarks)).ToList());

    /// <summary>Today in China, the earliest day a plan not yet approved could be.</summary>
    public static DateOnly ChinaToday() => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);
}
