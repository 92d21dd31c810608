using System.Security.Claims;
using OnePlusX.ReadModels;
using OnePlusX.Security;

namespace OnePlusX.GraphQL.Conventions;

/// <summary>
/// The batch loaders of one request (a scoped service): every lookup by id that costs a round trip goes through
/// one of these, within the caller's scope. Reference data (cities, provinces, certificates, organisations) is in
/// memory and is read directly through <see cref="IReferenceQueries"/>: batching it only cost time (measured in
/// docs/benchmarks.md).
/// </summary>
public sealed class Loaders(ICollegeQueries colleges, IExamStationQueries stations)
{
    private Scoped? _scoped;

    /// <summary>The loaders for the request's caller; one set per request, since the caller does not change.</summary>
    public Scoped For(ClaimsPrincipal? user)
    {
        var current = _scoped;
        if (current is not null && ReferenceEquals(current.User, user))
        {
            return current;
        }

        return _scoped = new Scoped(user, AccessScope.From(user), colleges, stations);
    }

    public sealed class Scoped(ClaimsPrincipal? user, AccessScope scope, ICollegeQueries colleges, IExamStationQueries stations)
    {
        internal ClaimsPrincipal? User => user;

        public AccessScope Scope => scope;

        public BatchLoader<string, CollegeRecord> Colleges { get; } = new((codes, ct) => colleges.ByCodesAsync(scope, codes, ct));

        /// <summary>Schools and majors of colleges, by college code.</summary>
        public BatchLoader<string, CollegeStructure> Structures { get; } = new((codes, ct) => colleges.StructuresAsync(scope, codes, ct));

        public BatchLoader<(string TenantId, string Code), ExamStationRecord> ExamStations { get; } = new((keys, ct) => stations.ByKeysAsync(scope, keys, ct));
    }
}
