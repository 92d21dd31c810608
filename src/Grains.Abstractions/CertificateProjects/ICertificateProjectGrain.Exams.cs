using OnePlusX.Outcomes;

namespace OnePlusX.CertificateProjects;

/// <summary>Exams of a project: plans with sittings and staff, their filing (附件2), and their work-fee table (附件4).</summary>
public partial interface ICertificateProjectGrain
{
    /// <summary>
    /// Plans an exam of an approved or running project, or revises it while its approval is editable. The college's
    /// policy checks the plan (JL-PAY-2..4 invigilators, staff and examiners; XM-SCH-1 venues, against every other
    /// exam of the college booked in its venue calendar). The exam is the approvable item <c>exam:{code}</c>; its
    /// filing (附件2) must be complete before it can be submitted.
    /// </summary>
    Task<CommandResult<CertificateProjectDetails>> PlanExamAsync(PlanExam command);

    /// <summary>
    /// Computes an approved exam's work-fee table (附件4) at the rates in force on the exam date and keeps it with the
    /// parameters it used; asking again returns the kept table unless <see cref="ComputeExamFees.Recompute"/> is set.
    /// </summary>
    Task<CommandResult<CertificateProjectDetails>> ComputeExamFeesAsync(ComputeExamFees command);
}
