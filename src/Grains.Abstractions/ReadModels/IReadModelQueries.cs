using OnePlusX.Security;

namespace OnePlusX.ReadModels;

/// <summary>Shared reference data (provinces, cities, the certificate catalogue). Answers from memory.</summary>
public interface IReferenceQueries
{
    IReadOnlyList<ProvinceRecord> Provinces();

    IReadOnlyList<CityRecord> CitiesOf(string provinceCode);

    IReadOnlyList<CertificateRecord> Certificates();

    /// <summary>One city by code, or null. In memory: no batching needed.</summary>
    CityRecord? City(string code);

    ProvinceRecord? Province(string code);

    EvaluationOrganizationRecord? Organization(string code);

    CertificateRecord? Certificate(string code);
}

/// <summary>
/// Pilot colleges from the read model; each call is one database round trip. Every call reads within the caller's
/// scope: rows outside it are absent, exactly as if they did not exist.
/// </summary>
public interface ICollegeQueries
{
    Task<Page<CollegeRecord>> ListAsync(AccessScope scope, CollegeFilter filter, CollegeOrder order, int offset, int limit, CancellationToken cancellationToken);

    /// <summary>Colleges by code in one round trip; unknown codes (and codes outside the scope) are absent from the answer.</summary>
    Task<IReadOnlyDictionary<string, CollegeRecord>> ByCodesAsync(AccessScope scope, IReadOnlyCollection<string> codes, CancellationToken cancellationToken);

    /// <summary>The schools and majors of colleges by code in one round trip; colleges outside the scope are absent.</summary>
    Task<IReadOnlyDictionary<string, CollegeStructure>> StructuresAsync(AccessScope scope, IReadOnlyCollection<string> codes, CancellationToken cancellationToken);
}

/// <summary>Exam stations from the read model; each call is one database round trip, within the caller's scope.</summary>
public interface IExamStationQueries
{
    Task<Page<ExamStationRecord>> ListAsync(AccessScope scope, ExamStationFilter filter, int offset, int limit, CancellationToken cancellationToken);

    /// <summary>Stations by (tenant, code) in one round trip.</summary>
    Task<IReadOnlyDictionary<(string TenantId, string Code), ExamStationRecord>> ByKeysAsync(
        AccessScope scope, IReadOnlyCollection<(string TenantId, string Code)> keys, CancellationToken cancellationToken);
}

/// <summary>
/// The append-only audit log, newest first, within the caller's scope: a college administrator its college, a
/// provincial coordinator its province's colleges, national monitoring everything.
/// </summary>
public interface IAuditQueries
{
    Task<Page<AuditRecord>> ListAsync(AccessScope scope, AuditFilter filter, int offset, int limit, CancellationToken cancellationToken);
}
