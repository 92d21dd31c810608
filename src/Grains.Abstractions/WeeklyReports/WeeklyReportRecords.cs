using OnePlusX.Policies;

namespace OnePlusX.WeeklyReports;

/// <summary>Starts weekly reporting from the college's first reporting week, named by its Monday.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.StartWeeklyReporting")]
public sealed record StartWeeklyReporting([property: Id(0)] DateOnly FirstWeek);

/// <summary>
/// The report of one week (周报), named by its Monday: what happened (required, at most 2000 characters) and the
/// week's counts (each 0 to 100 000).
/// </summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.FileWeeklyReport")]
public sealed record FileWeeklyReport(
    [property: Id(0)] DateOnly Week,
    [property: Id(1)] string Summary,
    [property: Id(2)] int TrainingsHeld,
    [property: Id(3)] int CandidatesExamined,
    [property: Id(4)] int CertificatesIssued);

/// <summary>A filed report: its content, who filed it and when.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.WeeklyReport")]
public sealed record WeeklyReport(
    [property: Id(0)] DateOnly Week,
    [property: Id(1)] string Summary,
    [property: Id(2)] int TrainingsHeld,
    [property: Id(3)] int CandidatesExamined,
    [property: Id(4)] int CertificatesIssued,
    [property: Id(5)] string FiledBy,
    [property: Id(6)] DateTimeOffset FiledAt);

/// <summary>Where a week stands.</summary>
public enum ReportWeekState
{
    /// <summary>Not yet due and not filed.</summary>
    Open = 1,

    /// <summary>Filed by its due time.</summary>
    Filed = 2,

    /// <summary>Filed after its due time: it still counts as missed for NAT-EXIT-COL.</summary>
    Late = 3,

    /// <summary>Due and not filed.</summary>
    Missed = 4,
}

/// <summary>One reporting week as of a moment: its Monday, when its report is due, its state and its report.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.ReportWeekStatus")]
public sealed record ReportWeekStatus(
    [property: Id(0)] DateOnly Monday,
    [property: Id(1)] DateTimeOffset DueAt,
    [property: Id(2)] ReportWeekState State,
    [property: Id(3)] WeeklyReport? Report);

/// <summary>
/// A college's weekly reports as of a day: every week from the first reporting week to the week of that day, and the
/// policy's judgement (null before reporting started).
/// </summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.WeeklyReportStatus")]
public sealed record WeeklyReportStatus(
    [property: Id(0)] DateOnly? ReportingFrom,
    [property: Id(1)] DateOnly AsOf,
    [property: Id(2)] IReadOnlyList<ReportWeekStatus> Weeks,
    [property: Id(3)] ReportCompliance? Compliance,
    [property: Id(4)] int Version)
{
    /// <summary>The weeks the reminder has marked missed (durably, each once), in order.</summary>
    [Id(5)] public IReadOnlyList<DateOnly> MarkedMissed { get; init; } = [];

    /// <summary>When the reminder last checked the weeks in this activation of the grain; null until its first tick.</summary>
    [Id(6)] public DateTimeOffset? LastCheckedAt { get; init; }
}
