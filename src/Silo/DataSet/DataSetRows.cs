namespace OnePlusX.Silo.DataSet;

internal sealed record OrganizationRow(string Code, string Name);

internal sealed record CertificateRow(string Code, string Name, string OrganizationCode, string Levels);

internal sealed record CollegeRow(string TenantId, string Name, string ProvinceCode, string CityCode, string PolicyCode);

internal sealed record DataSetSchoolRow(string TenantId, string Code, string Name);

internal sealed record DataSetMajorRow(string TenantId, string Code, string Name, string SchoolCode);

internal sealed record ProjectRow(
    string TenantId, string ProjectKey, string CertificateCode, short Level, int Year, string SchoolCode, int PilotScale, decimal Budget,
    string Status, int CandidateCount, decimal? AgreedFee, decimal? ExamCostPerCandidate);

internal sealed record StationRow(
    string TenantId, string StationCode, string Name, string CertificateCode, string ProvinceCode, string CityCode, int Capacity, bool Approved);

internal sealed record StudentRow(string TenantId, string StudentNumber, string Name, string MajorCode, int Cohort, int RegistrationCount);

/// <summary>A registration row (the registrations table) and, when a certificate was issued, what issued_certificates holds of it.</summary>
internal sealed record RegistrationRow(
    string TenantId, string ProjectKey, string CandidateKey, string? StudentNumber, bool External, string CertificateCode, short Level, int Year,
    DateOnly RegisteredOn, string Payer, decimal Fee, bool? Passed, decimal? Score, string? CertificateNumber, DateOnly? IssuedOn, IssuedRow? Issued);

internal sealed record IssuedRow(string HolderName, string CollegeName, DateOnly PlatformDue, bool Provisional, DateOnly? EnteredOn);

/// <summary>How many rows each table of the data set receives.</summary>
public sealed record DataSetCounts(
    int Provinces, int Units, int Colleges, int Schools, int Majors, int Certificates, int GeneratedOrganizations, int GeneratedCertificates,
    int Projects, int Stations, int ApprovedStations, int Students, long Registrations, long IssuedCertificates)
{
    /// <summary>Rows the import writes (the embedded certificates, provinces and cities are there already).</summary>
    public long Rows => Colleges + Schools + Majors + GeneratedOrganizations + GeneratedCertificates + Projects + Stations + Students + Registrations + IssuedCertificates;
}
