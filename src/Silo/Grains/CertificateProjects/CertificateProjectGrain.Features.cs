using OnePlusX.Approvals;
using OnePlusX.CertificateProjects;
using OnePlusX.Outcomes;
using OnePlusX.Silo.Grains.Approvals;

namespace OnePlusX.Silo.Grains.CertificateProjects;

/// <summary>
/// The two places where the project's feature files (trainings, exams, candidates) join the grain: their approvable
/// items, and what they add to the project's details.
/// </summary>
internal sealed partial class CertificateProjectGrain
{
    /// <summary>Every kind of approvable item a project holds.</summary>
    internal static readonly ApprovableKinds<CertificateProjectState> Approvables = new(
        new ApplicationApproval(),
        new CourseApproval(), new TrainingApproval(), new ExamApproval());

    public Task<CommandResult<ApprovalItem>> SubmitAsync(string item) => StepApprovalAsync(Approvables, item, ApprovalSteps.Submit);

    public Task<CommandResult<ApprovalItem>> WithdrawAsync(string item) => StepApprovalAsync(Approvables, item, ApprovalSteps.Withdraw);

    public Task<CommandResult<ApprovalItem>> ReviewAsync(string item, ReviewDecision decision) =>
        StepApprovalAsync(Approvables, item, ApprovalSteps.Review(decision));

    public Task<ApprovalItem?> GetApprovalAsync(string item) => Task.FromResult(Exists ? Approvables.Find(State, item) : null);

    /// <summary>The details each feature adds to the project's own.</summary>
    private CertificateProjectDetails WithFeatures(CertificateProjectDetails details) => WithCandidates(WithTeaching(details)) with { Exams = State.Exams };
}
