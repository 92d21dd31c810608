using OnePlusX.ReadModels;

namespace OnePlusX.GraphQL.Conventions;

/// <summary>
/// The batch loaders of one request (a scoped service): every lookup by id that costs a round trip goes through
/// one of these. Reference data (cities, provinces, certificates, organisations) is in memory and is read directly
/// through <see cref="IReferenceQueries"/>: batching it only cost time (measured in docs/benchmarks.md).
/// </summary>
public sealed class Loaders(ICollegeQueries colleges, IExamStationQueries stations)
{
    public BatchLoader<string, CollegeRecord> Colleges { get; } = new(colleges.ByCodesAsync);

    public BatchLoader<(string TenantId, string Code), ExamStationRecord> ExamStations { get; } = new(stations.ByKeysAsync);
}
