namespace OnePlusX.ExamStations;

/// <summary>Files an exam station for a certificate in a prefecture-level city (6-digit code).</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.FileExamStation")]
public sealed record FileExamStation(
    [property: Id(0)] string Name,
    [property: Id(1)] string CertificateCode,
    [property: Id(2)] string CityCode,
    [property: Id(3)] int Capacity);

/// <summary>An exam station as seen from outside its grain.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.ExamStationDetails")]
public sealed record ExamStationDetails(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] string CertificateCode,
    [property: Id(3)] string ProvinceCode,
    [property: Id(4)] string CityCode,
    [property: Id(5)] int Capacity,
    [property: Id(6)] int Version)
{
    /// <summary>Its application to the province (NAT-STA-1): approved stations are in service.</summary>
    [Id(7)] public Approvals.Approval? Application { get; init; }
}
