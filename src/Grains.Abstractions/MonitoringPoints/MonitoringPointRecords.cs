namespace OnePlusX.MonitoringPoints;

/// <summary>Adds and removes monitoring points of the grain's certificate (NAT-MON-1), with the reason for the change.</summary>
/// <param name="Add">College codes to designate.</param>
/// <param name="Remove">College codes to stop monitoring.</param>
/// <param name="Reason">Why (required; kept in the history).</param>
[GenerateSerializer, Immutable, Alias("OnePlusX.DesignateMonitoringPoints")]
public sealed record DesignateMonitoringPoints(
    [property: Id(0)] IReadOnlyList<string> Add,
    [property: Id(1)] IReadOnlyList<string> Remove,
    [property: Id(2)] string Reason);

/// <summary>A college designated as a monitoring point of a certificate: its name and province as when designated.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.MonitoringPoint")]
public sealed record MonitoringPoint(
    [property: Id(0)] string CertificateCode,
    [property: Id(1)] string CollegeCode,
    [property: Id(2)] string CollegeName,
    [property: Id(3)] string ProvinceCode,
    [property: Id(4)] DateTimeOffset DesignatedAt,
    [property: Id(5)] string DesignatedBy,
    [property: Id(6)] string Reason);

/// <summary>What a change did to one college.</summary>
public enum MonitoringPointAction
{
    /// <summary>Designated as a monitoring point.</summary>
    Added = 1,

    /// <summary>No longer a monitoring point.</summary>
    Removed = 2,
}

/// <summary>One entry of the history: a college added or removed, by whom, when and why; numbered from 1 per certificate.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.MonitoringPointChange")]
public sealed record MonitoringPointChange(
    [property: Id(0)] string CertificateCode,
    [property: Id(1)] int Sequence,
    [property: Id(2)] string CollegeCode,
    [property: Id(3)] string CollegeName,
    [property: Id(4)] string ProvinceCode,
    [property: Id(5)] MonitoringPointAction Action,
    [property: Id(6)] DateTimeOffset At,
    [property: Id(7)] string Actor,
    [property: Id(8)] string Reason);

/// <summary>A certificate's monitoring points, by college code, and the whole history, oldest first.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.MonitoringPointSet")]
public sealed record MonitoringPointSet(
    [property: Id(0)] string CertificateCode,
    [property: Id(1)] IReadOnlyList<MonitoringPoint> Points,
    [property: Id(2)] IReadOnlyList<MonitoringPointChange> History)
{
    /// <summary>About ten colleges per certificate is the guidance (NAT-MON-1); more is allowed up to <see cref="MaxPoints"/>.</summary>
    public const int Guidance = 10;

    /// <summary>The most points a certificate may have: three times the guidance, so a slip (a whole list pasted) is caught.</summary>
    public const int MaxPoints = 30;

    /// <summary>More points than the guidance of about ten.</summary>
    public bool AboveGuidance => Points.Count > Guidance;
}
