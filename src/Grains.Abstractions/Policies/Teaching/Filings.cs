namespace OnePlusX.Policies;

/// <summary>A teacher on a training filing: name, title or post, task, and whether they hold the training qualification.</summary>
public sealed record FilingTeacher(string Name, string? Title, string? Task, bool HoldsQualification);

/// <summary>A training filing (培训备案表, 附件1 in JLJT's policy).</summary>
public sealed record TrainingFiling(
    string CertificateName,
    string SchoolName,
    string? Major,
    string Course,
    decimal Hours,
    DateOnly StartsOn,
    DateOnly EndsOn,
    int Headcount,
    string? Place,
    IReadOnlyList<FilingTeacher> Teachers,
    bool TimetableAttached,
    bool CourseStandardAttached);

/// <summary>An invigilator on an exam filing: name, room, time, and whether they hold the examiner qualification.</summary>
public sealed record FilingInvigilator(string Name, string? Room, DateTimeOffset Start, DateTimeOffset End, bool HoldsExaminerCertificate);

/// <summary>An exam filing (考核备案表, 附件2 in JLJT's policy).</summary>
public sealed record ExamFiling(
    string CertificateName,
    string SchoolName,
    string? Major,
    DateOnly ExamDate,
    int Headcount,
    ExamMode Mode,
    string? Place,
    IReadOnlyList<FilingInvigilator> Invigilators,
    bool ExamPlanAttached);

/// <summary>Majors of a college and how many X certificates each has, in a year.</summary>
public sealed record MajorCoverageFacts(int Year, IReadOnlyList<MajorCertificates> Majors);

/// <summary>A major and its number of X certificates.</summary>
public sealed record MajorCertificates(string MajorCode, int Certificates);
