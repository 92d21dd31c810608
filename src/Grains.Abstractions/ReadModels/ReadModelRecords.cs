using OnePlusX.CertificateProjects;

namespace OnePlusX.ReadModels;

/// <summary>A province-level division (省级), 2-digit code.</summary>
public sealed record ProvinceRecord(string Code, string Name);

/// <summary>A coverage city (地级市, a municipality, or a directly administered county-level unit), 6-digit code.</summary>
public sealed record CityRecord(string Code, string Name, string ProvinceCode, string Kind);

/// <summary>培训评价组织.</summary>
public sealed record EvaluationOrganizationRecord(string Code, string Name);

/// <summary>A certificate of the catalogue (职业技能等级证书) with its levels.</summary>
public sealed record CertificateRecord(string Code, string Name, string OrganizationCode, IReadOnlyList<CertificateLevel> Levels);

/// <summary>A pilot college as the read model holds it.</summary>
public sealed record CollegeRecord(string Code, string Name, string ProvinceCode, string CityCode, string PolicyCode);

/// <summary>A school (二级学院) of a college.</summary>
public sealed record SchoolRecord(string TenantId, string Code, string Name);

/// <summary>A major (专业) of a college, run by one of its schools.</summary>
public sealed record MajorRecord(string TenantId, string Code, string Name, string SchoolCode);

/// <summary>A college's schools and majors, each ordered by code.</summary>
public sealed record CollegeStructure(IReadOnlyList<SchoolRecord> Schools, IReadOnlyList<MajorRecord> Majors)
{
    public static CollegeStructure Empty { get; } = new([], []);
}

/// <summary>An exam station as the read model holds it.</summary>
public sealed record ExamStationRecord(
    string TenantId, string Code, string Name, string CertificateCode, string ProvinceCode, string CityCode, int Capacity);

/// <summary>One page of a list and the total it was cut from.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int TotalCount);

/// <summary>Which colleges to list.</summary>
public sealed record CollegeFilter(string? ProvinceCode, string? CityCode, string? NameContains);

/// <summary>Orders for college lists.</summary>
public enum CollegeOrder
{
    CodeAscending,
    NameAscending,
}

/// <summary>Which exam stations to list.</summary>
public sealed record ExamStationFilter(string? ProvinceCode, string? CityCode, string? CertificateCode, string? TenantId);

/// <summary>An audit-log entry: who did what, to what, for which college, when and from where.</summary>
public sealed record AuditRecord(long Id, string? TenantId, string Actor, string Action, string? GrainKey, int? Version, string? Detail, string? Origin, DateTimeOffset OccurredAt);

/// <summary>Which audit entries to list: an action (prefix, e.g. "sign-in") and a college within the caller's scope.</summary>
public sealed record AuditFilter(string? ActionPrefix, string? TenantId);
