using OnePlusX.Policies;
using OnePlusX.Silo.ReadModels;
using OnePlusX.WeeklyReports;

namespace OnePlusX.Silo.Grains.WeeklyReports;

[GenerateSerializer, Alias("OnePlusX.Silo.WeeklyReportState")]
internal sealed record WeeklyReportState
{
    /// <summary>The first reporting week (a Monday).</summary>
    [Id(0)] public DateOnly ReportingFrom { get; init; }

    /// <summary>The college's province, for the read model's scope.</summary>
    [Id(1)] public string ProvinceCode { get; init; } = "";

    /// <summary>Filed reports, by week.</summary>
    [Id(2)] public IReadOnlyList<WeeklyReport> Reports { get; init; } = [];

    /// <summary>Weeks the reminder marked missed, each once, in order.</summary>
    [Id(3)] public IReadOnlyList<DateOnly> MarkedMissed { get; init; } = [];

    /// <summary>The policy's judgement at <see cref="EvaluatedAt"/>: what the read model shows.</summary>
    [Id(4)] public ReportCompliance? Compliance { get; init; }

    [Id(5)] public DateTimeOffset EvaluatedAt { get; init; }

    [Id(6)] public AuditEntry? LastChange { get; init; }
}

/// <summary>
/// How often the weekly-report reminder checks (<c>OnePlusX:WeeklyReports</c>). Marking is computed from dates and
/// idempotent, so the period only bounds how soon after a due time a missed week shows (an hour by default);
/// tests shorten both.
/// </summary>
public sealed class WeeklyReportOptions
{
    /// <summary>The first check after reporting starts.</summary>
    public TimeSpan FirstCheckAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The period of the reminder; at least Orleans' <c>ReminderOptions.MinimumReminderPeriod</c>.</summary>
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromHours(1);
}
