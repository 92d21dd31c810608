using OnePlusX.Approvals;
using OnePlusX.CertificateProjects;
using OnePlusX.Colleges;
using OnePlusX.ExamStations;
using OnePlusX.Outcomes;
using OnePlusX.Policies;
using OnePlusX.Silo.Grains.Approvals;
using OnePlusX.Tenancy;
using OnePlusX.Venues;

namespace OnePlusX.Silo.Grains.CertificateProjects;

/// <summary>
/// Exams: plans checked by the college's policy (JL-PAY-2..4, XM-SCH-1) against the college's venue calendar, the
/// filing (附件2, JL-FORM-2) checked before submission, and the work-fee table (附件4) kept with its parameters.
/// </summary>
internal sealed partial class CertificateProjectGrain
{
    public async Task<CommandResult<CertificateProjectDetails>> PlanExamAsync(PlanExam command)
    {
        if (!Exists)
        {
            return CommandError.NotFound($"Project {LocalKey}");
        }

        if (!ProjectLifecycle.AcceptsCandidates(State.Status))
        {
            return CommandError.Conflict("NOT_OPEN", $"Project {LocalKey} is {State.Status}; exams are planned once it is approved.");
        }

        if (ExamPlanning.Check(command) is { } invalid)
        {
            return invalid;
        }

        var code = command.Code;
        var existing = State.Exams.FirstOrDefault(e => e.Code == code);
        var approval = existing is null ? ApprovalFlow.Start(Policy.ApprovalPathFor(ApprovalSubject.ExamFiling)) : ApprovalFlow.Revise(existing.Approval);
        if (!approval.Succeeded)
        {
            return approval.Error;
        }

        var college = await CollegeAsync();
        if (college is null)
        {
            return CommandError.NotFound($"College {Tenant}");
        }

        if (await StepRefusalAsync(PilotStep.ExamPlan, college) is { } outOfOrder)
        {
            return outOfOrder;
        }

        var majorCode = command.MajorCode ?? State.MajorCode;
        var major = college.Majors.FirstOrDefault(m => m.Code == majorCode);
        if (command.MajorCode is not null && major is null)
        {
            return CommandError.Invalid("majorCode", $"Major '{command.MajorCode}' does not exist in college {Tenant}.");
        }

        if (command.StationCode is { } stationCode && await StationErrorAsync(stationCode) is { } stationError)
        {
            return stationError;
        }

        var certificateName = reference.Certificate(State.CertificateCode)?.Name ?? State.CertificateCode;
        var exam = new ExamDetails(
            code, command.ExamDate, command.Mode,
            command.Sittings.Select(s => s with { Room = s.Room.Trim() }).ToList(),
            command.Workers.Select(w => w with { Name = w.Name.Trim() }).ToList(),
            command.OtherCosts.Select(c => c with { Description = c.Description.Trim() }).ToList(),
            PolicyDecision.Allow("", ""),
            new ExamFilingHeader(certificateName, college.Schools.FirstOrDefault(s => s.Code == State.SchoolCode)?.Name ?? State.SchoolCode, major?.Name),
            approval.Value)
        {
            StationCode = command.StationCode, Place = string.IsNullOrWhiteSpace(command.Place) ? null : command.Place.Trim(), MajorCode = major?.Code,
            Headcount = command.Headcount ?? State.Candidates.Count, OrganisationInvigilatorLimit = command.OrganisationInvigilatorLimit,
        };

        // XM-SCH-1: the plan is checked against every other exam of the college in the same rooms, then the rooms are
        // held in the college's venue calendar in one turn of that grain, which refuses them if another exam got there first.
        var owner = $"{LocalKey}/{exam.Item}";
        var venues = GrainFactory.GetGrain<IVenueCalendarGrain>(VenueCalendar.KeyFor(Tenant));
        var others = exam.Sittings.Count == 0
            ? []
            : await venues.OthersAsync(owner, exam.Sittings.Select(s => s.Room).Distinct().ToList(), exam.Sittings.Min(s => s.Start), exam.Sittings.Max(s => s.End));
        var planCheck = CheckPlan(exam, others, college.Parameters);
        if (!planCheck.Succeeded)
        {
            return planCheck.Error;
        }

        // The plan must also be payable as planned: NAT-FEE-1 fee types, and what the college's pay rules need.
        var payable = Policy.ComputeExamFees(exam.ToFeeFacts(), college.Parameters);
        if (!payable.Succeeded)
        {
            return payable.Error;
        }

        var filing = Policy.CheckExamFiling(exam.ToFiling(), college.Parameters);
        exam = exam with
        {
            PlanCheck = planCheck.Value,
            FilingCheck = filing.Succeeded ? filing.Value : null,
            FilingError = filing.Succeeded ? null : filing.Error,
        };

        var booked = await venues.BookAsync(new BookVenues(owner, $"{certificateName} {LocalKey} 考核 {code}", exam.Sittings.Select(s => new VenueSlot(s.Room, s.Start, s.End)).ToList()));
        if (!booked.Booked)
        {
            var late = CheckPlan(exam, booked.Conflicts, college.Parameters);
            return late.Succeeded ? CommandError.Conflict("VENUE_TAKEN", "Another exam took one of the rooms meanwhile; plan again.") : late.Error;
        }

        var exams = existing is null ? [.. State.Exams, exam] : State.Exams.Select(e => e.Code == code ? exam : e).ToList();
        await CommitAsync(State with { Exams = exams }, existing is null ? "exam.planned" : "exam.revised", code);
        return CommandResult<CertificateProjectDetails>.Ok(Details());
    }

    public async Task<CommandResult<CertificateProjectDetails>> ComputeExamFeesAsync(ComputeExamFees command)
    {
        if (!Exists)
        {
            return CommandError.NotFound($"Project {LocalKey}");
        }

        var exam = State.Exams.FirstOrDefault(e => e.Code == command.ExamCode);
        if (exam is null)
        {
            return CommandError.NotFound($"Exam {command.ExamCode}");
        }

        if (exam.Approval.Status != ApprovalStatus.Approved)
        {
            return CommandError.Conflict("NOT_APPROVED", $"Exam {exam.Code} is {exam.Approval.Status}; its fee table is computed once it is approved.");
        }

        // A kept table is never recomputed behind the college's back: a later change of rate leaves it as it was.
        if (exam.FeeTable is not null && !command.Recompute)
        {
            return CommandResult<CertificateProjectDetails>.Ok(Details());
        }

        var college = await CollegeAsync();
        if (college is null)
        {
            return CommandError.NotFound($"College {Tenant}");
        }

        var table = Policy.ComputeExamFees(exam.ToFeeFacts(), college.Parameters);
        if (!table.Succeeded)
        {
            return table.Error;
        }

        var computed = exam with { FeeTable = table.Value, FeesComputedAt = DateTimeOffset.UtcNow };
        await CommitAsync(
            State with { Exams = State.Exams.Select(e => e.Code == exam.Code ? computed : e).ToList() },
            exam.FeeTable is null ? "exam.fees-computed" : "exam.fees-recomputed",
            $"{exam.Code}: {table.Value.Total:0.00}");
        return CommandResult<CertificateProjectDetails>.Ok(Details());
    }

    /// <summary>The policy's check of a plan, with the other exams' sittings in its rooms and the day it is filed.</summary>
    private CommandResult<PolicyDecision> CheckPlan(ExamDetails exam, IReadOnlyList<VenueReservation> others, ParameterSchedule parameters)
    {
        var facts = new ExamPlanFacts(
            exam.ExamDate,
            ExamPlanning.ChinaDay(DateTimeOffset.UtcNow),
            exam.Mode,
            exam.Sittings.Select(s => s.ToPolicy()).ToList(),
            exam.ToWorkers(),
            exam.OrganisationInvigilatorLimit,
            others.Select(o => new VenueBooking(o.Title, o.Room, o.Start, o.End)).ToList());
        var checkedPlan = Policy.CheckExamPlan(facts, parameters);
        return !checkedPlan.Succeeded ? checkedPlan.Error
            : checkedPlan.Value.Allowed ? checkedPlan.Value
            : CommandError.Refused(checkedPlan.Value);
    }

    /// <summary>A station must be one of the college's, examining the project's certificate.</summary>
    private async Task<CommandError?> StationErrorAsync(string stationCode)
    {
        var station = await GrainFactory.GetGrain<IExamStationGrain>(GrainKey.For(Tenant, stationCode)).GetAsync();
        return station is null ? CommandError.Invalid("stationCode", $"'{stationCode}' is not an exam station of college {Tenant}.")
            : station.CertificateCode != State.CertificateCode ? CommandError.Invalid("stationCode", $"Station {stationCode} examines {station.CertificateCode}, not {State.CertificateCode}.")
            : null;
    }
}
