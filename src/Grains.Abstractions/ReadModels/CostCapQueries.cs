using OnePlusX.CertificateProjects;
using OnePlusX.CostCaps;
using OnePlusX.Security;

namespace OnePlusX.ReadModels;

/// <summary>
/// The national cost-cap table and the projects over their cap (NAT-COST-1), from the read model; one round trip per
/// call. The caps are national data every reader sees; projects are read within the caller's scope: a college its
/// own, a province its colleges', national monitoring all.
/// </summary>
public interface ICostCapQueries
{
    Task<Page<CostCap>> CapsAsync(AccessScope scope, CostCapFilter filter, CostCapOrder order, int offset, int limit, CancellationToken cancellationToken);

    Task<Page<ProjectOverCostCapRecord>> OverCapAsync(AccessScope scope, OverCostCapFilter filter, OverCostCapOrder order, int offset, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// NAT-COST-1's second sentence: colleges ensure each pilot student sits at least one certificate exam. Enrolled
    /// students with no registration for any certificate exam, by province, college and student number.
    /// </summary>
    Task<Page<StudentWithoutExamRecord>> StudentsWithoutExamAsync(AccessScope scope, StudentsWithoutExamFilter filter, int offset, int limit, CancellationToken cancellationToken);
}

/// <summary>Which students without an exam to list (all AND-ed).</summary>
public sealed record StudentsWithoutExamFilter(string? ProvinceCode, string? CollegeCode, string? MajorCode, int? Cohort);

/// <summary>An enrolled student registered for no certificate exam (NAT-COST-1).</summary>
public sealed record StudentWithoutExamRecord(string TenantId, string CollegeName, string ProvinceCode, string StudentNumber, string Name, string MajorCode, int Cohort);

/// <summary>Which caps to list; <paramref name="InForceOn"/> keeps only the entry in force that day per certificate and level.</summary>
public sealed record CostCapFilter(string? CertificateCode, CertificateLevel? Level, DateOnly? InForceOn);

/// <summary>Orders for the cost-cap table.</summary>
public enum CostCapOrder
{
    /// <summary>By certificate, level, then effective day.</summary>
    CertificateAscending = 1,

    /// <summary>The latest effective day first.</summary>
    EffectiveDescending = 2,
}

/// <summary>Which over-cap projects to list (all AND-ed), judged against the caps in force on <paramref name="AsOf"/>.</summary>
public sealed record OverCostCapFilter(string? ProvinceCode, string? CollegeCode, string? CertificateCode, int? Year, DateOnly AsOf);

/// <summary>Orders for the over-cap list.</summary>
public enum OverCostCapOrder
{
    /// <summary>The most over its cap first.</summary>
    OverByDescending = 1,

    /// <summary>By province, college, then project key.</summary>
    ProvinceAndCollege = 2,
}

/// <summary>A project whose agreed fee or highest exam cost per candidate is above the cap in force (NAT-COST-1).</summary>
/// <param name="TenantId">The college.</param>
/// <param name="CollegeName">Its name.</param>
/// <param name="ProvinceCode">Its province.</param>
/// <param name="ProjectKey">The project within the college.</param>
/// <param name="CertificateCode">The certificate.</param>
/// <param name="Level">The level.</param>
/// <param name="Year">The pilot year.</param>
/// <param name="AgreedFee">The agreed exam fee per candidate, when set.</param>
/// <param name="ExamCostPerCandidate">The highest per-candidate cost of its exams with a computed fee table, if any.</param>
/// <param name="Cap">The cap in force.</param>
public sealed record ProjectOverCostCapRecord(
    string TenantId,
    string CollegeName,
    string ProvinceCode,
    string ProjectKey,
    string CertificateCode,
    CertificateLevel Level,
    int Year,
    decimal? AgreedFee,
    decimal? ExamCostPerCandidate,
    CostCap Cap)
{
    /// <summary>The agreed fee is above the cap.</summary>
    public bool AgreedFeeOver => AgreedFee > Cap.Cap;

    /// <summary>An exam's cost per candidate is above the cap.</summary>
    public bool ExamCostOver => ExamCostPerCandidate > Cap.Cap;

    /// <summary>How far the larger of the two figures is above the cap, yuan.</summary>
    public decimal OverBy => Math.Max(AgreedFee ?? 0m, ExamCostPerCandidate ?? 0m) - Cap.Cap;
}
