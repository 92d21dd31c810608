using OnePlusX.ReadModels;

namespace OnePlusX.GraphQL.Conventions;

/// <summary>The batch loaders of one request (a scoped service): every lookup by id goes through one of these.</summary>
public sealed class Loaders(ICollegeQueries colleges, IExamStationQueries stations, IReferenceQueries reference)
{
    public BatchLoader<string, CollegeRecord> Colleges { get; } = new(colleges.ByCodesAsync);

    public BatchLoader<(string TenantId, string Code), ExamStationRecord> ExamStations { get; } = new(stations.ByKeysAsync);

    public BatchLoader<string, CityRecord> Cities { get; } = new((codes, _) => Task.FromResult(reference.Cities(codes)));

    public BatchLoader<string, ProvinceRecord> Provinces { get; } = new((codes, _) => Task.FromResult(reference.ProvincesByCode(codes)));

    public BatchLoader<string, EvaluationOrganizationRecord> Organizations { get; } = new((codes, _) => Task.FromResult(reference.Organizations(codes)));

    public BatchLoader<string, CertificateRecord> Certificates { get; } = new((codes, _) => Task.FromResult(reference.CertificatesByCode(codes)));
}
