namespace OnePlusX.Colleges;

/// <summary>
/// Registers a college as a tenant. Province and city are division codes (2 and 6 digits). The policy it follows
/// is configuration (<c>OnePlusX:Policies:Tenants</c>), not part of the registration.
/// </summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.RegisterCollege")]
public sealed record RegisterCollege(
    [property: Id(0)] string Name,
    [property: Id(1)] string ProvinceCode,
    [property: Id(2)] string CityCode);

/// <summary>Sets a policy parameter of the college from a day on (教务处 only); the same key and day again replaces the value.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.SetPolicyParameter")]
public sealed record SetPolicyParameter(
    [property: Id(0)] string Key,
    [property: Id(1)] DateOnly EffectiveFrom,
    [property: Id(2)] string Value);

/// <summary>Adds a secondary college (二级学院) with a code unique inside the college.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.AddSchool")]
public sealed record AddSchool([property: Id(0)] string Code, [property: Id(1)] string Name);

/// <summary>Adds a major (专业) to a school.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.AddMajor")]
public sealed record AddMajor([property: Id(0)] string Code, [property: Id(1)] string Name, [property: Id(2)] string SchoolCode);

/// <summary>二级学院.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.School")]
public sealed record School([property: Id(0)] string Code, [property: Id(1)] string Name);

/// <summary>专业.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.Major")]
public sealed record Major([property: Id(0)] string Code, [property: Id(1)] string Name, [property: Id(2)] string SchoolCode);

/// <summary>The policy a college follows and its parameters as in force on a day.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.CollegePolicy")]
public sealed record CollegePolicy(
    [property: Id(0)] string Code,
    [property: Id(1)] Policies.Explanation Source,
    [property: Id(2)] DateOnly On,
    [property: Id(3)] IReadOnlyList<Policies.PolicyParameterInForce> Parameters);

/// <summary>What a college looks like from outside its grain.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.CollegeProfile")]
public sealed record CollegeProfile(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] string ProvinceCode,
    [property: Id(3)] string CityCode,
    [property: Id(4)] string PolicyCode,
    [property: Id(5)] IReadOnlyList<School> Schools,
    [property: Id(6)] IReadOnlyList<Major> Majors,
    [property: Id(7)] int Version)
{
    /// <summary>The values the college set for its policy's parameters, each from a day on.</summary>
    [Id(8)] public Policies.ParameterSchedule Parameters { get; init; } = Policies.ParameterSchedule.Defaults;

    /// <summary>Certificate projects that name a major as taking their certificate as its X certificate (JL-APP-1).</summary>
    [Id(9)] public IReadOnlyList<MajorProject> MajorProjects { get; init; } = [];

    /// <summary>The college's exam stations the province approved, with the certificate each examines (NAT-STA-1).</summary>
    [Id(10)] public IReadOnlyList<ApprovedStation> ApprovedStations { get; init; } = [];
}

/// <summary>An exam station of the college the province approved.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.ApprovedStation")]
public sealed record ApprovedStation([property: Id(0)] string StationCode, [property: Id(1)] string CertificateCode);

/// <summary>A project whose certificate a major takes as one of its X certificates.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.MajorProject")]
public sealed record MajorProject([property: Id(0)] string MajorCode, [property: Id(1)] string ProjectKey, [property: Id(2)] string CertificateCode);
