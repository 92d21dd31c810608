using OnePlusX.Outcomes;
using OnePlusX.Policies;

namespace OnePlusX.CertificateProjects;

/// <summary>
/// The stages of the pilot year a project has been through (HB-PROC-1). Registration, exam plans and issuance ask the
/// college's policy whether the earlier stages are done; a stage that does not apply to this project (its exams are
/// held at another college's station, its certificate is merged into existing courses…) is recorded as not needed.
/// </summary>
public partial interface ICertificateProjectGrain
{
    /// <summary>Records that a stage does not apply to this project, and why (教务处 only).</summary>
    Task<CommandResult<CertificateProjectDetails>> RecordStepNotNeededAsync(RecordStepNotNeeded command);

    /// <summary>The stages done (or not needed), and whether the next one may start under the college's policy.</summary>
    Task<CommandResult<PilotStepStatus>> GetStepsAsync(PilotStep next);
}

/// <summary>A stage of the year that does not apply to a project, with the reason.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.RecordStepNotNeeded")]
public sealed record RecordStepNotNeeded([property: Id(0)] PilotStep Step, [property: Id(1)] string Reason);

/// <summary>A stage recorded as not needed: which, why, by whom, when.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.StepNotNeeded")]
public sealed record StepNotNeeded(
    [property: Id(0)] PilotStep Step,
    [property: Id(1)] string Reason,
    [property: Id(2)] string Actor,
    [property: Id(3)] DateTimeOffset At);

/// <summary>The stages a project has completed or recorded as not needed, and the policy's decision on the next.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.PilotStepStatus")]
public sealed record PilotStepStatus(
    [property: Id(0)] IReadOnlyList<PilotStep> Completed,
    [property: Id(1)] PilotStep Next,
    [property: Id(2)] PolicyDecision Decision);
