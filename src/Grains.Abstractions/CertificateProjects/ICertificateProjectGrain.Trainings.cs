using OnePlusX.Outcomes;
using OnePlusX.Policies;

namespace OnePlusX.CertificateProjects;

/// <summary>
/// Course integration (课证融通), training plans and filings (培训计划/备案, 附件1) and teaching-fee tables (附件3) of a
/// project. Added and replacing courses are approvable items <c>course:{code}</c>, trainings <c>training:{code}</c>.
/// </summary>
public partial interface ICertificateProjectGrain
{
    /// <summary>
    /// Plans (or, while its approval is editable, revises) how the certificate enters one cohort's curriculum; the
    /// college's policy decides whether the mode, hours and filing date are allowed (JL-CUR-1, JL-CUR-2). A course
    /// that adds or replaces one is an approvable item <c>course:{code}</c>.
    /// </summary>
    Task<CommandResult<CertificateProjectDetails>> IntegrateCourseAsync(IntegrateCourse command);

    /// <summary>
    /// Plans (or, while its approval is editable, revises) a training class with its filing (附件1); checked for
    /// class size, teachers' qualifications, timing and completeness (JL-CLS-1, JL-TCH-1, HB-TRN-1, JL-FORM-1).
    /// The training is the approvable item <c>training:{code}</c>; once approved it is locked.
    /// </summary>
    Task<CommandResult<CertificateProjectDetails>> PlanTrainingAsync(PlanTraining command);

    /// <summary>
    /// Records the teaching of an approved training and computes its teaching-fee table (附件3) with the parameters in
    /// force; the table is kept as computed, whatever rates change later. Recording again replaces both.
    /// </summary>
    Task<CommandResult<CertificateProjectDetails>> RecordTeachingAsync(RecordTeaching command);

    /// <summary>
    /// The policy's current view of a training: may it run (class size, qualifications, plan approved before it starts)
    /// and is its filing complete, with the college's parameters as in force on its first day.
    /// </summary>
    Task<CommandResult<PolicyDecision>> CheckTrainingAsync(string code);
}
