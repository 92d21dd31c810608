using OnePlusX.ReadModels;

namespace OnePlusX.Silo.Tests.GraphQL;

/// <summary>Wraps the real query services and counts calls: each call is one database round trip.</summary>
public sealed class CountingQueries(ICollegeQueries colleges, IExamStationQueries stations) : ICollegeQueries, IExamStationQueries
{
    private int _calls;

    public int Calls => _calls;

    public Task<Page<CollegeRecord>> ListAsync(CollegeFilter filter, CollegeOrder order, int offset, int limit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return colleges.ListAsync(filter, order, offset, limit, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, CollegeRecord>> ByCodesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return colleges.ByCodesAsync(codes, cancellationToken);
    }

    public Task<Page<ExamStationRecord>> ListAsync(ExamStationFilter filter, int offset, int limit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return stations.ListAsync(filter, offset, limit, cancellationToken);
    }

    public Task<IReadOnlyDictionary<(string TenantId, string Code), ExamStationRecord>> ByKeysAsync(
        IReadOnlyCollection<(string TenantId, string Code)> keys, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return stations.ByKeysAsync(keys, cancellationToken);
    }
}
