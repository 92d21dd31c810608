using OnePlusX.Approvals;
using OnePlusX.CertificateProjects;
using OnePlusX.Colleges;
using OnePlusX.Outcomes;
using OnePlusX.Policies;
using OnePlusX.Silo.Grains.Approvals;

namespace OnePlusX.Silo.Grains.CertificateProjects;

/// <summary>
/// Trainings: the plan and its filing (附件1) as an approvable item (JL-CLS-1, JL-TCH-1, HB-TRN-1), and the teaching-fee
/// table (附件3) of an approved training, kept with the parameters it was computed with.
/// </summary>
internal sealed partial class CertificateProjectGrain
{
    public async Task<CommandResult<CertificateProjectDetails>> PlanTrainingAsync(PlanTraining command)
    {
        if (!Exists)
        {
            return CommandError.NotFound($"Project {LocalKey}");
        }

        if (TeachingInput.Training(command) is { } invalid)
        {
            return invalid;
        }

        if (OpenForTeaching() is { } closed)
        {
            return closed;
        }

        var college = await CollegeAsync();
        if (college is null)
        {
            return CommandError.NotFound($"College {Tenant}");
        }

        var major = command.MajorCode is null ? null : college.Majors.FirstOrDefault(m => m.Code == command.MajorCode);
        if (command.MajorCode is not null && major is null)
        {
            return CommandError.Invalid("majorCode", $"Major '{command.MajorCode}' does not exist in college {Tenant}.");
        }

        // A new plan starts as a draft on the policy's path; a planned one is revised, which is refused once it is
        // submitted ("withdraw it first") or approved ("locked").
        var existing = State.Trainings.FirstOrDefault(t => t.Code == command.Code);
        var approval = existing is null
            ? ApprovalFlow.Start(Policy.ApprovalPathFor(ApprovalSubject.TrainingPlan))
            : ApprovalFlow.Revise(existing.Approval);
        if (!approval.Succeeded)
        {
            return approval.Error;
        }

        var training = new Training(command.Code, command.Course.Trim(), major?.Code, major?.Name, command.Hours, command.StartsOn, command.EndsOn,
            command.Headcount, TeachingInput.Trimmed(command.Place), command.Concentrated,
            command.Teachers.Select(t => new PlannedTeacher(t.Name.Trim(), TeachingInput.Trimmed(t.Title), TeachingInput.Trimmed(t.Task), t.HoldsQualification)).ToList(),
            command.TimetableAttached, command.CourseStandardAttached, approval.Value);

        // HB-TRN-1: a plan not yet approved can be approved today at the earliest; one whose training has already
        // started can no longer be approved in time. JL-CLS-1, JL-TCH-1 and the filing's completeness are the policy's too.
        var decision = Check(training, college, TrainingPolicyFacts.ChinaToday());
        if (!decision.Succeeded)
        {
            return decision.Error;
        }

        if (!decision.Value.Allowed)
        {
            return CommandError.Refused(decision.Value);
        }

        var trainings = existing is null ? [.. State.Trainings, training] : State.Trainings.Select(t => t.Code == training.Code ? training : t).ToList();
        await CommitAsync(State with { Trainings = trainings }, existing is null ? "training.planned" : "training.revised", training.Item);
        return CommandResult<CertificateProjectDetails>.Ok(Details());
    }

    public async Task<CommandResult<PolicyDecision>> CheckTrainingAsync(string code)
    {
        if (!Exists || State.Trainings.FirstOrDefault(t => t.Code == code) is not { } training)
        {
            return CommandError.NotFound($"Training {code}");
        }

        var college = await CollegeAsync();
        return college is null ? CommandError.NotFound($"College {Tenant}") : Check(training, college, training.PlanApprovedOn);
    }

    public async Task<CommandResult<CertificateProjectDetails>> RecordTeachingAsync(RecordTeaching command)
    {
        if (!Exists)
        {
            return CommandError.NotFound($"Project {LocalKey}");
        }

        if (TeachingInput.Teaching(command) is { } invalid)
        {
            return invalid;
        }

        if (State.Trainings.FirstOrDefault(t => t.Code == command.TrainingCode) is not { } training)
        {
            return CommandError.NotFound($"Training {command.TrainingCode}");
        }

        if (training.Approval.Status != ApprovalStatus.Approved)
        {
            return CommandError.Conflict("NOT_APPROVED", $"Training {training.Code} is {training.Approval.Status}; teaching is recorded once its plan is approved.");
        }

        if (TeachingInput.TaughtIn(command, training) is { } outside)
        {
            return outside;
        }

        var college = await CollegeAsync();
        if (college is null)
        {
            return CommandError.NotFound($"College {Tenant}");
        }

        // HB-TRN-1: only a training whose plan was approved before it started counts in the teaching workload.
        var decision = Check(training, college, training.PlanApprovedOn);
        if (!decision.Succeeded)
        {
            return decision.Error;
        }

        if (!decision.Value.Allowed)
        {
            return CommandError.Refused(decision.Value);
        }

        var teaching = command.Assignments
            .Select(a => new TaughtAssignment(a.Teacher.Trim(), a.Title.Trim(), a.Course.Trim(), a.Students, a.Days, TeachingInput.Trimmed(a.Remarks)))
            .ToList();

        // The fee table (JL-PAY-1, NAT-TRN-2 workload) keeps the parameters it used; a later rate never rewrites it.
        var fees = Policy.ComputeTrainingFees(teaching.ToFeeFacts(), college.Parameters);
        if (!fees.Succeeded)
        {
            return TeachingInput.Renamed(fees.Error, f => f.EndsWith(".name", StringComparison.Ordinal) ? f[..^".name".Length] + ".teacher" : f);
        }

        var taught = training with { Teaching = teaching, FeeTable = fees.Value };
        await CommitAsync(State with { Trainings = State.Trainings.Select(t => t.Code == taught.Code ? taught : t).ToList() }, "training.teaching-recorded", taught.Item);
        return CommandResult<CertificateProjectDetails>.Ok(Details());
    }

    /// <summary>
    /// The policy's decision on a training (class size, qualifications, plan approved in time) and on its filing's
    /// completeness, as one decision, with the college's parameters.
    /// </summary>
    private CommandResult<PolicyDecision> Check(Training training, CollegeProfile college, DateOnly? planApprovedOn)
    {
        var checkedTraining = Policy.CheckTraining(training.ToFacts(planApprovedOn), college.Parameters);
        if (!checkedTraining.Succeeded)
        {
            return TeachingInput.Renamed(checkedTraining.Error, f => f == "students" ? "headcount" : f);
        }

        var school = college.Schools.FirstOrDefault(s => s.Code == State.SchoolCode)?.Name ?? State.SchoolCode;
        var certificate = reference.Certificate(State.CertificateCode)?.Name ?? State.CertificateCode;
        var checkedFiling = Policy.CheckTrainingFiling(training.ToFiling(school, certificate), college.Parameters);
        return checkedFiling.Succeeded ? PolicyDecision.All(checkedTraining.Value, checkedFiling.Value) : checkedFiling.Error;
    }

    /// <summary>What course integration and trainings add to the project's details.</summary>
    private CertificateProjectDetails WithTeaching(CertificateProjectDetails details) =>
        details with { Courses = State.Courses, Trainings = State.Trainings };
}
