using OnePlusX.ReadModels;
using OnePlusX.Security;

namespace OnePlusX.Silo.Tests.GraphQL;

/// <summary>Wraps the real query services and counts calls: each call is one database round trip.</summary>
public sealed class CountingQueries(ICollegeQueries colleges, IExamStationQueries stations) : ICollegeQueries, IExamStationQueries
{
    private int _calls;

    public int Calls => _calls;

    public Task<Page<CollegeRecord>> ListAsync(AccessScope scope, CollegeFilter filter, CollegeOrder order, int offset, int limit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return colleges.ListAsync(scope, filter, order, offset, limit, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, CollegeRecord>> ByCodesAsync(AccessScope scope, IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return colleges.ByCodesAsync(scope, codes, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, CollegeStructure>> StructuresAsync(AccessScope scope, IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return colleges.StructuresAsync(scope, codes, cancellationToken);
    }

    public Task<Page<ExamStationRecord>> ListAsync(AccessScope scope, ExamStationFilter filter, int offset, int limit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return stations.ListAsync(scope, filter, offset, limit, cancellationToken);
    }

    public Task<IReadOnlyDictionary<(string TenantId, string Code), ExamStationRecord>> ByKeysAsync(AccessScope scope, IReadOnlyCollection<(string TenantId, string Code)> keys, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return stations.ByKeysAsync(scope, keys, cancellationToken);
    }
}
