using OnePlusX.CertificateProjects;
using OnePlusX.Outcomes;
using OnePlusX.Policies;

namespace OnePlusX.Silo.Grains.CertificateProjects;

/// <summary>
/// Input checks of course integration, training plans and teaching records; each returns the first problem as a
/// validation error naming the field in the GraphQL input's spelling (<c>teachers[1].name</c>, <c>endsOn</c>), or null.
/// </summary>
internal static class TeachingInput
{
    public const int MaxTeachers = 50;
    public const int MaxAssignments = 200;
    public const int MaxDays = 366;
    public const int MaxStudents = 10_000;
    public const decimal MaxHours = 10_000m;

    public static CommandError? Course(IntegrateCourse? course) =>
        course is null
            ? CommandError.Invalid("input", "input is required.")
            : Validate.Code(course.Code, "code")
                ?? Validate.Text(course.CourseName, "courseName", 100)
                ?? (Enum.IsDefined(course.Mode) ? null : CommandError.Invalid("mode", $"'{course.Mode}' is not a way of integrating a course."))
                ?? Hours(course.Hours, "hours", allowZero: course.Mode == IntegrationMode.MergeIntoCourses)
                ?? Hours(course.ReplacedCourseHours, "replacedCourseHours", allowZero: course.Mode != IntegrationMode.SeparateCourse)
                ?? Day(course.FiledOn, "filedOn")
                ?? Day(course.StartsOn, "startsOn");

    public static CommandError? Training(PlanTraining? training) =>
        training is null
            ? CommandError.Invalid("input", "input is required.")
            : Validate.Code(training.Code, "code")
                ?? Validate.Text(training.Course, "course", 100)
                ?? (training.MajorCode is null ? null : Validate.Code(training.MajorCode, "majorCode"))
                ?? Hours(training.Hours, "hours", allowZero: false)
                ?? Day(training.StartsOn, "startsOn")
                ?? Day(training.EndsOn, "endsOn")
                ?? (training.EndsOn < training.StartsOn ? CommandError.Invalid("endsOn", $"endsOn ({training.EndsOn:yyyy-MM-dd}) must not be before startsOn ({training.StartsOn:yyyy-MM-dd}).") : null)
                ?? Validate.Range(training.Headcount, "headcount", 1, MaxStudents)
                ?? Optional(training.Place, "place", 200)
                ?? Teachers(training.Teachers);

    /// <summary>The teaching record on its own: teachers, titles, courses, students, days and hours.</summary>
    public static CommandError? Teaching(RecordTeaching? record)
    {
        if (record is null)
        {
            return CommandError.Invalid("input", "input is required.");
        }

        if (Validate.Code(record.TrainingCode, "trainingCode") is { } code)
        {
            return code;
        }

        if (record.Assignments is null or { Count: 0 } || record.Assignments.Count > MaxAssignments)
        {
            return CommandError.Invalid("assignments", $"assignments needs 1 to {MaxAssignments} teachers' teaching.");
        }

        for (var i = 0; i < record.Assignments.Count; i++)
        {
            var field = $"assignments[{i}]";
            if (Assignment(record.Assignments[i], field) is { } error)
            {
                return error;
            }
        }

        return null;
    }

    /// <summary>
    /// The teaching against the approved plan: the workload is counted from the teaching arrangement that was filed and
    /// approved (JL-PAY-1), so each teacher is one of the plan's and each day falls within the training.
    /// </summary>
    public static CommandError? TaughtIn(RecordTeaching record, Training training)
    {
        var planned = training.Teachers.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < record.Assignments.Count; i++)
        {
            var assignment = record.Assignments[i];
            if (!planned.Contains(assignment.Teacher.Trim()))
            {
                return CommandError.Invalid($"assignments[{i}].teacher", $"'{assignment.Teacher.Trim()}' is not a teacher of training {training.Code}; teaching is paid as planned and approved.");
            }

            for (var j = 0; j < assignment.Days.Count; j++)
            {
                var date = assignment.Days[j].Date;
                if (date < training.StartsOn || date > training.EndsOn)
                {
                    return CommandError.Invalid($"assignments[{i}].days[{j}].date", $"{date:yyyy-MM-dd} is outside training {training.Code} ({training.StartsOn:yyyy-MM-dd} to {training.EndsOn:yyyy-MM-dd}).");
                }
            }
        }

        return null;
    }

    /// <summary>A policy's validation error with its field renamed to the input's spelling (the policy says <c>students</c>, the input <c>headcount</c>).</summary>
    public static CommandError Renamed(CommandError error, Func<string, string> rename) =>
        error.Field is { } field ? error with { Field = rename(field) } : error;

    /// <summary>Text trimmed, or null when blank.</summary>
    public static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static CommandError? Assignment(TaughtAssignment? assignment, string field)
    {
        if (assignment is null)
        {
            return CommandError.Invalid(field, $"{field} is empty.");
        }

        var error = Validate.Text(assignment.Teacher, $"{field}.teacher", 50)
            ?? Validate.Text(assignment.Title, $"{field}.title", 50)
            ?? Validate.Text(assignment.Course, $"{field}.course", 100)
            ?? Validate.Range(assignment.Students, $"{field}.students", 1, MaxStudents)
            ?? Optional(assignment.Remarks, $"{field}.remarks", 200);
        if (error is not null)
        {
            return error;
        }

        if (assignment.Days is null or { Count: 0 } || assignment.Days.Count > MaxDays)
        {
            return CommandError.Invalid($"{field}.days", $"{field}.days needs 1 to {MaxDays} days.");
        }

        for (var j = 0; j < assignment.Days.Count; j++)
        {
            var day = assignment.Days[j];
            var dayField = $"{field}.days[{j}]";
            if (day is null)
            {
                return CommandError.Invalid(dayField, $"{dayField} is empty.");
            }

            if ((Day(day.Date, $"{dayField}.date") ?? DayHours(day.Hours, $"{dayField}.hours")) is { } dayError)
            {
                return dayError;
            }
        }

        return null;
    }

    private static CommandError? Teachers(IReadOnlyList<PlannedTeacher>? teachers)
    {
        if (teachers is null)
        {
            return CommandError.Invalid("teachers", "teachers is required (it may be empty).");
        }

        if (teachers.Count > MaxTeachers)
        {
            return CommandError.Invalid("teachers", $"At most {MaxTeachers} teachers per training.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < teachers.Count; i++)
        {
            var field = $"teachers[{i}]";
            var teacher = teachers[i];
            var error = teacher is null
                ? CommandError.Invalid(field, $"{field} is empty.")
                : Validate.Text(teacher.Name, $"{field}.name", 50)
                    ?? Optional(teacher.Title, $"{field}.title", 50)
                    ?? Optional(teacher.Task, $"{field}.task", 200)
                    ?? (seen.Add(teacher.Name.Trim()) ? null : CommandError.Invalid($"{field}.name", $"'{teacher.Name.Trim()}' is listed twice."));
            if (error is not null)
            {
                return error;
            }
        }

        return null;
    }

    private static CommandError? Optional(string? text, string field, int maxLength) =>
        text is not null && text.Trim().Length > maxLength ? CommandError.Invalid(field, $"{field} is longer than {maxLength} characters.") : null;

    private static CommandError? Hours(decimal hours, string field, bool allowZero) =>
        hours < 0 || (!allowZero && hours == 0) ? CommandError.Invalid(field, $"{field} must be {(allowZero ? "0 or more" : "more than 0")} class hours.")
        : hours > MaxHours ? CommandError.Invalid(field, $"{field} is implausibly large ({hours}); at most {MaxHours}.")
        : decimal.Round(hours, 2) != hours ? CommandError.Invalid(field, $"{field} has more than two decimals.")
        : null;

    private static CommandError? DayHours(decimal hours, string field) =>
        hours is <= 0 or > 24 || decimal.Round(hours, 2) != hours
            ? CommandError.Invalid(field, $"{field} must be more than 0 and at most 24 class hours, to two decimals.")
            : null;

    private static CommandError? Day(DateOnly day, string field) =>
        day.Year is >= 2019 and <= 2100 ? null : CommandError.Invalid(field, $"{day:yyyy-MM-dd} is outside the pilot years (2019–2100).");
}
