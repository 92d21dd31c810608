namespace OnePlusX.CertificateProjects;

/// <summary>Project lifecycle: application to closure.</summary>
public enum ProjectStatus
{
    Applied = 1,
    Approved = 2,
    Running = 3,
    Closed = 4,
    Rejected = 5,
}

/// <summary>Applies for a project. The certificate, level and year come from the grain key.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.ApplyForProject")]
public sealed record ApplyForProject(
    [property: Id(0)] string SchoolCode,
    [property: Id(1)] int PilotScale,
    [property: Id(2)] decimal Budget)
{
    /// <summary>The major that takes the certificate as its X certificate (SD-LVL-1, JL-APP-1), if any.</summary>
    [Id(3)] public string? MajorCode { get; init; }

    /// <summary>Whether the leading group approved going beyond the approved scale (SD-APP-1).</summary>
    [Id(4)] public bool ExceptionApproved { get; init; }
}

/// <summary>Moves a project to another lifecycle status.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.AdvanceProject")]
public sealed record AdvanceProject([property: Id(0)] ProjectStatus To, [property: Id(1)] string? Reason);

/// <summary>Registers an enrolled student of the same college as a candidate.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.RegisterCandidate")]
public sealed record RegisterCandidate([property: Id(0)] string StudentNumber);

/// <summary>Sets a named deadline of the project at an instant (UTC).</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.ScheduleDeadline")]
public sealed record ScheduleDeadline([property: Id(0)] string Name, [property: Id(1)] DateTimeOffset DueAt);

/// <summary>A named deadline and when its reminder marked it reached.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.ProjectDeadline")]
public sealed record ProjectDeadline(
    [property: Id(0)] string Name,
    [property: Id(1)] DateTimeOffset DueAt,
    [property: Id(2)] DateTimeOffset? ReachedAt,
    [property: Id(3)] int TimesReached);

/// <summary>A step in a project's history: who moved it where, when and why.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.ProjectStep")]
public sealed record ProjectStep(
    [property: Id(0)] ProjectStatus Status,
    [property: Id(1)] string Actor,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string? Reason);

/// <summary>A certificate project as seen from outside its grain (more in the feature files: trainings, exams, candidates).</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.CertificateProjectDetails")]
public sealed partial record CertificateProjectDetails(
    [property: Id(0)] string Key,
    [property: Id(1)] string CertificateCode,
    [property: Id(2)] CertificateLevel Level,
    [property: Id(3)] int Year,
    [property: Id(4)] string SchoolCode,
    [property: Id(5)] int PilotScale,
    [property: Id(6)] decimal Budget,
    [property: Id(7)] ProjectStatus Status,
    [property: Id(8)] IReadOnlyList<string> Candidates,
    [property: Id(9)] IReadOnlyList<ProjectStep> History,
    [property: Id(10)] IReadOnlyList<ProjectDeadline> Deadlines,
    [property: Id(11)] int Version)
{
    /// <summary>The application's approval (申报审批), with its timeline.</summary>
    [Id(12)] public Approvals.Approval? Application { get; init; }

    /// <summary>The major the application names, if any.</summary>
    [Id(13)] public string? MajorCode { get; init; }

    /// <summary>Stages of the year recorded as not applying to this project (HB-PROC-1).</summary>
    [Id(14)] public IReadOnlyList<StepNotNeeded> StepsNotNeeded { get; init; } = [];
}
