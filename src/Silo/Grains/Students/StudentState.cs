using OnePlusX.Silo.ReadModels;
using OnePlusX.Students;

namespace OnePlusX.Silo.Grains.Students;

[GenerateSerializer, Alias("OnePlusX.Silo.StudentState")]
internal sealed partial record StudentState
{
    [Id(0)] public string Name { get; init; } = "";
    [Id(1)] public string MajorCode { get; init; } = "";
    [Id(2)] public int Cohort { get; init; }
    [Id(3)] public IReadOnlyList<StudentRegistration> Registrations { get; init; } = [];
    [Id(4)] public IReadOnlyList<HeldCertificate> Certificates { get; init; } = [];
    [Id(5)] public AuditEntry? LastChange { get; init; }
}
