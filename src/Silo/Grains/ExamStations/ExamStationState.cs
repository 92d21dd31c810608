using OnePlusX.Silo.ReadModels;

namespace OnePlusX.Silo.Grains.ExamStations;

[GenerateSerializer, Alias("OnePlusX.Silo.ExamStationState")]
internal sealed record ExamStationState
{
    [Id(0)] public string Name { get; init; } = "";
    [Id(1)] public string CertificateCode { get; init; } = "";
    [Id(2)] public string ProvinceCode { get; init; } = "";
    [Id(3)] public string CityCode { get; init; } = "";
    [Id(4)] public int Capacity { get; init; }
    [Id(5)] public AuditEntry? LastChange { get; init; }

    /// <summary>The application to the province (NAT-STA-1).</summary>
    [Id(15)] public OnePlusX.Approvals.Approval? Application { get; init; }
}
