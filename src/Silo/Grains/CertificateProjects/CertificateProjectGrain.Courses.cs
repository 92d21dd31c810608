using OnePlusX.Approvals;
using OnePlusX.CertificateProjects;
using OnePlusX.Outcomes;
using OnePlusX.Policies;
using OnePlusX.Silo.Grains.Approvals;

namespace OnePlusX.Silo.Grains.CertificateProjects;

/// <summary>Course integration (课证融通): how the certificate enters a cohort's curriculum (JL-CUR-1, JL-CUR-2).</summary>
internal sealed partial class CertificateProjectGrain
{
    public async Task<CommandResult<CertificateProjectDetails>> IntegrateCourseAsync(IntegrateCourse command)
    {
        if (!Exists)
        {
            return CommandError.NotFound($"Project {LocalKey}");
        }

        if (TeachingInput.Course(command) is { } invalid)
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

        // JL-CUR-1 (mode per cohort, hours) and JL-CUR-2 (filed a week ahead) are the policy's; refused, nothing is written.
        var checkedCourse = Policy.CheckCourseIntegration(
            new CourseIntegrationFacts(command.Mode, command.CohortYear, command.ReplacedCourseHours, command.Hours, command.FiledOn, command.StartsOn),
            college.Parameters);
        if (!checkedCourse.Succeeded)
        {
            return TeachingInput.Renamed(checkedCourse.Error, f => f == "xCourseHours" ? "hours" : f);
        }

        if (!checkedCourse.Value.Allowed)
        {
            return CommandError.Refused(checkedCourse.Value);
        }

        var deadline = Policy.DeadlineFor(DeadlineKind.CourseFiling, command.StartsOn, college.Parameters);
        if (!deadline.Succeeded)
        {
            return TeachingInput.Renamed(deadline.Error, _ => "startsOn");
        }

        var existing = State.Courses.FirstOrDefault(c => c.Code == command.Code);
        var approval = CourseApprovalFor(existing, command.Mode);
        if (!approval.Succeeded)
        {
            return approval.Error;
        }

        var course = new CourseIntegration(command.Code, command.CourseName.Trim(), command.Mode, command.CohortYear, command.Hours,
            command.ReplacedCourseHours, command.FiledOn, command.StartsOn, checkedCourse.Value, deadline.Value, approval.Value);
        var courses = existing is null ? [.. State.Courses, course] : State.Courses.Select(c => c.Code == course.Code ? course : c).ToList();
        await CommitAsync(State with { Courses = courses }, existing is null ? "course.integrated" : "course.revised", course.Item);
        return CommandResult<CertificateProjectDetails>.Ok(Details());
    }

    /// <summary>
    /// An added or replacing course's approval: a new draft on the policy's CourseAddition path (JL-CUR-2: 教务处), or the
    /// existing one revised, which is refused once it is submitted or approved. A course merged into others needs none.
    /// </summary>
    private CommandResult<Approval?> CourseApprovalFor(CourseIntegration? existing, IntegrationMode mode)
    {
        Approval? approval = null;
        if (existing?.Approval is { } current)
        {
            var revised = ApprovalFlow.Revise(current);
            if (!revised.Succeeded)
            {
                return revised.Error;
            }

            approval = revised.Value;
        }

        return CourseIntegration.NeedsApproval(mode)
            ? approval ?? ApprovalFlow.Start(Policy.ApprovalPathFor(ApprovalSubject.CourseAddition))
            : CommandResult<Approval?>.Ok(null);
    }

    /// <summary>Courses and trainings are planned under an approved or running project.</summary>
    private CommandError? OpenForTeaching() =>
        State.Status is ProjectStatus.Approved or ProjectStatus.Running
            ? null
            : CommandError.Conflict("NOT_OPEN", $"Project {LocalKey} is {State.Status}; courses and trainings are planned once it is approved.");
}
