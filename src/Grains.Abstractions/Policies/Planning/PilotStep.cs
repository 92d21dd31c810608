namespace OnePlusX.Policies;

/// <summary>The stages of a pilot year, in the order HB-PROC-1 lists them.</summary>
public enum PilotStep
{
    AnnualPlan = 1,
    ProjectApplication = 2,
    StationApplication = 3,
    CourseIntegration = 4,
    Registration = 5,
    ExamPlan = 6,
    Issuance = 7,
    Archive = 8,
}

/// <summary>A project about to start a stage, and the stages it has completed (or recorded as not needed).</summary>
public sealed record PilotStepFacts(DateOnly On, PilotStep Next, IReadOnlySet<PilotStep> Completed);
