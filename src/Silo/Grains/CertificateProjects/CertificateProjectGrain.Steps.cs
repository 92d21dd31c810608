using OnePlusX.AnnualPlans;
using OnePlusX.Approvals;
using OnePlusX.CertificateProjects;
using OnePlusX.Colleges;
using OnePlusX.Outcomes;
using OnePlusX.Policies;

namespace OnePlusX.Silo.Grains.CertificateProjects;

/// <summary>
/// HB-PROC-1: the stages of the year, in order. Registration, exam plans and issuance ask the college's policy whether
/// the stages before them are done; the national baseline only keeps what cannot be otherwise (an approved project
/// before registering, an exam before issuing), HBGZ's policy the whole order.
/// </summary>
internal sealed partial class CertificateProjectGrain
{
    /// <summary>Stages a project may record as not applying to it; the others are done by doing them.</summary>
    private static readonly PilotStep[] Skippable = [PilotStep.AnnualPlan, PilotStep.StationApplication, PilotStep.CourseIntegration, PilotStep.ExamPlan];

    public async Task<CommandResult<CertificateProjectDetails>> RecordStepNotNeededAsync(RecordStepNotNeeded command)
    {
        if (!Exists)
        {
            return CommandError.NotFound($"Project {LocalKey}");
        }

        if (!Skippable.Contains(command.Step))
        {
            return CommandError.Invalid("step", $"Only {string.Join(", ", Skippable)} can be recorded as not needed; {command.Step} is done by doing it.");
        }

        if (Validate.Text(command.Reason, "reason", 500) is { } error)
        {
            return error;
        }

        if (State.StepsNotNeeded.Any(s => s.Step == command.Step))
        {
            return CommandError.Conflict("ALREADY_RECORDED", $"{command.Step} is already recorded as not needed for {LocalKey}.");
        }

        var recorded = new StepNotNeeded(command.Step, command.Reason.Trim(), OnePlusX.Tenancy.CallScope.CurrentActor, DateTimeOffset.UtcNow);
        await CommitAsync(State with { StepsNotNeeded = [.. State.StepsNotNeeded, recorded] }, "project.step-not-needed", command.Step.ToString());
        return CommandResult<CertificateProjectDetails>.Ok(Details());
    }

    public async Task<CommandResult<PilotStepStatus>> GetStepsAsync(PilotStep next)
    {
        if (!Exists)
        {
            return CommandError.NotFound($"Project {LocalKey}");
        }

        return await CollegeAsync() is { } college ? await StepsAsync(next, college) : CommandError.NotFound($"College {Tenant}");
    }

    /// <summary>
    /// A refusal when the college's policy says an earlier stage must come first (HB-PROC-1), otherwise null; the
    /// command passes the college profile it has already read.
    /// </summary>
    private async Task<CommandError?> StepRefusalAsync(PilotStep next, CollegeProfile college)
    {
        var steps = await StepsAsync(next, college);
        return !steps.Succeeded ? steps.Error : steps.Value.Decision.Allowed ? null : CommandError.Refused(steps.Value.Decision);
    }

    private async Task<CommandResult<PilotStepStatus>> StepsAsync(PilotStep next, CollegeProfile college)
    {
        var completed = await CompletedStepsAsync(college);
        var decision = Policy.CheckPilotStep(new PilotStepFacts(ChinaDay.Today, next, completed), college.Parameters);
        return decision.Succeeded ? new PilotStepStatus(completed.Order().ToList(), next, decision.Value) : decision.Error;
    }

    /// <summary>The stages this project has done, or recorded as not needed.</summary>
    private async Task<HashSet<PilotStep>> CompletedStepsAsync(CollegeProfile college)
    {
        var completed = State.StepsNotNeeded.Select(s => s.Step).ToHashSet();
        if (State.Status is ProjectStatus.Approved or ProjectStatus.Running or ProjectStatus.Closed)
        {
            completed.Add(PilotStep.ProjectApplication);
        }

        if (!completed.Contains(PilotStep.AnnualPlan)
            && await GrainFactory.GetGrain<IAnnualPlanGrain>(AnnualPlanKey.For(Tenant, State.SchoolCode, State.Year)).GetAsync() is { Approval.Status: ApprovalStatus.Approved })
        {
            completed.Add(PilotStep.AnnualPlan);
        }

        if (college.ApprovedStations.Any(s => s.CertificateCode == State.CertificateCode))
        {
            completed.Add(PilotStep.StationApplication);
        }

        if (State.Courses.Any(c => c.Approval is null || c.Approval.Status == ApprovalStatus.Approved)
            || State.Trainings.Any(t => t.Approval.Status == ApprovalStatus.Approved))
        {
            completed.Add(PilotStep.CourseIntegration);
        }

        if (State.Registrations.Count > 0)
        {
            completed.Add(PilotStep.Registration);
        }

        if (State.Exams.Any(e => e.Approval.Status == ApprovalStatus.Approved))
        {
            completed.Add(PilotStep.ExamPlan);
        }

        if (State.Registrations.Any(r => r.Certificate is not null))
        {
            completed.Add(PilotStep.Issuance);
        }

        return completed;
    }
}
