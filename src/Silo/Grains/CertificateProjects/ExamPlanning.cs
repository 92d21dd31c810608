using OnePlusX.CertificateProjects;
using OnePlusX.Outcomes;

namespace OnePlusX.Silo.Grains.CertificateProjects;

/// <summary>
/// The shape of an exam plan, checked before the policy sees it: each error names the field in the GraphQL input's
/// spelling (<c>sittings[0].start</c>, <c>workers[2].sittings[0]</c>). The policy then checks what its rules say.
/// </summary>
internal static class ExamPlanning
{
    public const int MaxSittings = 200;
    public const int MaxWorkers = 500;
    public const int MaxCosts = 50;

    /// <summary>Exam days are China days.</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static DateOnly ChinaDay(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(ChinaOffset).DateTime);

    public static CommandError? Check(PlanExam command)
    {
        if (command.Sittings is null || command.Workers is null || command.OtherCosts is null)
        {
            return CommandError.Invalid(command.Sittings is null ? "sittings" : command.Workers is null ? "workers" : "otherCosts", "A list is required.");
        }

        return Validate.Code(command.Code, "code")
            ?? Optional(command.StationCode, "stationCode")
            ?? Optional(command.MajorCode, "majorCode")
            ?? (command.Place is { } place && !string.IsNullOrWhiteSpace(place) ? Validate.Text(place, "place", 200) : null)
            ?? (command.Headcount is { } headcount ? Validate.Range(headcount, "headcount", 1, 100_000) : null)
            ?? Count(command.Sittings.Count, "sittings", MaxSittings)
            ?? Count(command.Workers.Count, "workers", MaxWorkers)
            ?? Count(command.OtherCosts.Count, "otherCosts", MaxCosts)
            ?? Sittings(command)
            ?? Workers(command)
            ?? Costs(command);
    }

    private static CommandError? Sittings(PlanExam command)
    {
        for (var i = 0; i < command.Sittings.Count; i++)
        {
            var sitting = command.Sittings[i];
            var field = $"sittings[{i}]";
            if (sitting is null)
            {
                return CommandError.Invalid(field, $"{field} is empty.");
            }

            if (Validate.Text(sitting.Room, $"{field}.room", 50) is { } room)
            {
                return room;
            }

            // Instants far outside the pilot years are typing mistakes (and would overflow when shown in China time).
            if ((Validate.Range(sitting.Start.UtcDateTime.Year, $"{field}.start", 2019, 2100) ?? Validate.Range(sitting.End.UtcDateTime.Year, $"{field}.end", 2019, 2100)) is { } year)
            {
                return year;
            }

            if (ChinaDay(sitting.Start) < command.ExamDate)
            {
                return CommandError.Invalid($"{field}.start", $"{field}.start ({sitting.Start.ToOffset(ChinaOffset):yyyy-MM-dd HH:mm}) is before the exam date {command.ExamDate:yyyy-MM-dd}.");
            }

            if (command.Sittings.Take(i).Any(s => s is not null && s.IsNamedBy(new SittingRef(sitting.Room, sitting.Start))))
            {
                return CommandError.Invalid(field, $"{field} repeats a room and start listed before.");
            }
        }

        return null;
    }

    private static CommandError? Workers(PlanExam command)
    {
        for (var i = 0; i < command.Workers.Count; i++)
        {
            var worker = command.Workers[i];
            var field = $"workers[{i}]";
            if (worker is null || worker.Sittings is null)
            {
                return CommandError.Invalid(field, $"{field} is empty.");
            }

            if (Validate.Text(worker.Name, $"{field}.name", 50) is { } name)
            {
                return name;
            }

            if (command.Workers.Take(i).Any(w => w is not null && w.Role == worker.Role && w.Name?.Trim() == worker.Name.Trim()))
            {
                return CommandError.Invalid($"{field}.name", $"{worker.Name.Trim()} is listed twice in the same role.");
            }

            for (var j = 0; j < worker.Sittings.Count; j++)
            {
                var reference = worker.Sittings[j];
                if (reference is null || !command.Sittings.Any(s => s.IsNamedBy(reference)))
                {
                    return CommandError.Invalid($"{field}.sittings[{j}]", $"{field}.sittings[{j}] names no sitting of this exam (a room and start listed in sittings).");
                }
            }
        }

        return null;
    }

    private static CommandError? Costs(PlanExam command)
    {
        for (var i = 0; i < command.OtherCosts.Count; i++)
        {
            if (command.OtherCosts[i] is not { } cost)
            {
                return CommandError.Invalid($"otherCosts[{i}]", $"otherCosts[{i}] is empty.");
            }

            if (Validate.Text(cost.Description, $"otherCosts[{i}].description", 200) is { } description)
            {
                return description;
            }
        }

        return null;
    }

    private static CommandError? Optional(string? code, string field) => code is null ? null : Validate.Code(code, field);

    private static CommandError? Count(int count, string field, int max) =>
        count > max ? CommandError.Invalid(field, $"{field} has {count} entries; at most {max}.") : null;
}
