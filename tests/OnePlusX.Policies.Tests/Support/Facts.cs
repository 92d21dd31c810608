using System.Globalization;

namespace OnePlusX.Policies.Tests.Support;

/// <summary>Short builders for the facts policies decide on, so tests read as the rule they check.</summary>
internal static class Facts
{
    /// <summary>China time: exam times in tests are written as Beijing wall-clock times.</summary>
    public static readonly TimeSpan China = TimeSpan.FromHours(8);

    public static DateOnly Day(string yyyyMMdd) => DateOnly.ParseExact(yyyyMMdd, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A Beijing wall-clock time, e.g. "2025-06-01 09:00".</summary>
    public static DateTimeOffset At(string local) =>
        new(DateTime.ParseExact(local, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), China);

    /// <summary>A sitting in a room starting at a Beijing time and lasting some minutes.</summary>
    public static ExamSitting Sitting(string room, string start, int minutes) => new(room, At(start), At(start).AddMinutes(minutes));

    public static ExamWorker Invigilator(string name, params ExamSitting[] sittings) => new(name, ExamRole.Invigilator, true, false, sittings);

    public static ExamWorker Staff(string name, params ExamSitting[] sittings) => new(name, ExamRole.ExamStaff, true, false, sittings);

    public static ExamWorker Examiner(string name, decimal days, bool certified = true, bool @internal = true) => new(name, ExamRole.Examiner, @internal, certified, [], days);

    public static ExamWorker Supervisor(string name, decimal days) => new(name, ExamRole.Supervisor, false, false, [], days);

    public static ExamPrice Price(decimal equipment = 100m, decimal certificateFee = 200m, decimal examinerLabour = 50m) => new(equipment, certificateFee, examinerLabour);

    /// <summary>An enrolled student's registration; <paramref name="earlier"/> certificates before this one.</summary>
    public static RegistrationFacts Student(int earlier, bool selected = true, string on = "2025-05-10", decimal? budgetLeft = null) =>
        new(Day(on), CandidateKind.Student, earlier, selected, Price(), budgetLeft);

    public static RegistrationFacts External(string on = "2025-05-10") => new(Day(on), CandidateKind.ExternalCandidate, 0, false, Price());

    public static ExamPlanFacts ExamPlan(IReadOnlyList<ExamSitting> sittings, IReadOnlyList<ExamWorker> workers, string examDate = "2025-06-01", string filedOn = "2025-05-20", ExamMode mode = ExamMode.Written, int? organisationLimit = null, IReadOnlyList<VenueBooking>? others = null) =>
        new(Day(examDate), Day(filedOn), mode, sittings, workers, organisationLimit, others ?? []);

    public static ExamFeeFacts ExamFees(IReadOnlyList<ExamWorker> workers, string examDate = "2025-06-01", IReadOnlyList<CostItem>? other = null) =>
        new(Day(examDate), "Web前端开发", ExamMode.Written, workers, other ?? []);

    public static TeachingAssignment Teaching(string name, int students, params (string Day, decimal Hours)[] days) =>
        new(name, "讲师", "Web前端开发", students, days.Select(d => new TeachingDay(Day(d.Day), d.Hours)).ToList());

    public static TrainingFeeFacts TrainingFees(params TeachingAssignment[] assignments) => new(Day("2025-06-30"), assignments);

    public static TrainingFacts Training(int students, bool concentrated = false, string? approvedOn = null, params TrainingTeacher[] teachers) =>
        new(Day("2025-04-01"), Day("2025-04-30"), students, concentrated, approvedOn is null ? null : Day(approvedOn),
            teachers.Length == 0 ? [new TrainingTeacher("王老师", true)] : teachers);

    /// <summary>Weekly reports from a Monday on: 'F' filed, '-' missed, e.g. "FF--F".</summary>
    public static WeeklyReportFacts Weeks(string pattern, string firstMonday = "2025-03-03")
    {
        var monday = Day(firstMonday);
        var weeks = pattern.Select((c, i) => new ReportWeek(monday.AddDays(7 * i), c == 'F')).ToList();
        return new(monday.AddDays(7 * pattern.Length), weeks);
    }

    /// <summary>A tenant schedule with values, each "key", "yyyy-MM-dd", "value".</summary>
    public static ParameterSchedule Schedule(params (string Key, string From, string Value)[] values) =>
        new(values.Select(v => new ParameterValue(v.Key, Day(v.From), v.Value)).ToList());
}
