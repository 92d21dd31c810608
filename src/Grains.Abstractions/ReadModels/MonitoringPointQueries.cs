using OnePlusX.MonitoringPoints;
using OnePlusX.Security;

namespace OnePlusX.ReadModels;

/// <summary>
/// National monitoring points (NAT-MON-1) and their history from the read model; one round trip per call, within the
/// caller's scope: national monitoring sees every point, a province the points among its colleges, a college whether
/// it is one.
/// </summary>
public interface IMonitoringPointQueries
{
    Task<Page<MonitoringPoint>> PointsAsync(AccessScope scope, MonitoringPointFilter filter, MonitoringPointOrder order, int offset, int limit, CancellationToken cancellationToken);

    /// <summary>Changes, the newest first.</summary>
    Task<Page<MonitoringPointChange>> HistoryAsync(AccessScope scope, MonitoringPointFilter filter, int offset, int limit, CancellationToken cancellationToken);
}

/// <summary>Which points (or changes) to list; all given conditions must hold.</summary>
public sealed record MonitoringPointFilter(string? CertificateCode, string? ProvinceCode, string? CollegeCode);

/// <summary>Orders for monitoring points.</summary>
public enum MonitoringPointOrder
{
    /// <summary>By certificate, province, then college.</summary>
    CertificateAscending = 1,

    /// <summary>The most recently designated first.</summary>
    DesignatedDescending = 2,
}
