namespace OnePlusX.Students;

/// <summary>Enrols a student: name, major and cohort (入学年级).</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.EnrolStudent")]
public sealed record EnrolStudent(
    [property: Id(0)] string Name,
    [property: Id(1)] string MajorCode,
    [property: Id(2)] int Cohort);

/// <summary>A registration (报名) of the student for a certificate project.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.StudentRegistration")]
public sealed record StudentRegistration([property: Id(0)] string ProjectKey, [property: Id(1)] DateTimeOffset RegisteredAt);

/// <summary>A certificate the student holds (证书颁发).</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.HeldCertificate")]
public sealed record HeldCertificate(
    [property: Id(0)] string ProjectKey,
    [property: Id(1)] string CertificateNumber,
    [property: Id(2)] DateOnly IssuedOn);

/// <summary>A student as seen from outside the grain.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.StudentDetails")]
public sealed partial record StudentDetails(
    [property: Id(0)] string StudentNumber,
    [property: Id(1)] string Name,
    [property: Id(2)] string MajorCode,
    [property: Id(3)] int Cohort,
    [property: Id(4)] IReadOnlyList<StudentRegistration> Registrations,
    [property: Id(5)] IReadOnlyList<HeldCertificate> Certificates,
    [property: Id(6)] int Version);
