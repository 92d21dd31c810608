using OnePlusX.Silo.BulkImport;
using static OnePlusX.Silo.BulkImport.BulkColumn;

namespace OnePlusX.Silo.DataSet;

/// <summary>
/// The read-model tables the data set fills, with their columns in the order the projections write them. Loaded
/// rows carry version 1 (a grain that later projects the same key writes version ≥ 1 and replaces them) and one
/// fixed instant, so two loads with the same seed are identical.
/// </summary>
internal static class DataSetTables
{
    public const int Version = 1;

    public static readonly DateTimeOffset LoadedAt = new(2025, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public static readonly BulkTable<OrganizationRow> Organizations = new("evaluation_organizations",
        Text<OrganizationRow>("code", r => r.Code), Text<OrganizationRow>("name", r => r.Name));

    public static readonly BulkTable<CertificateRow> Certificates = new("certificates",
        Text<CertificateRow>("code", r => r.Code), Text<CertificateRow>("name", r => r.Name),
        Text<CertificateRow>("organization_code", r => r.OrganizationCode), Text<CertificateRow>("levels", r => r.Levels));

    public static readonly BulkTable<CollegeRow> Colleges = new("colleges",
        Text<CollegeRow>("tenant_id", r => r.TenantId), Text<CollegeRow>("name", r => r.Name), Text<CollegeRow>("province_code", r => r.ProvinceCode),
        Text<CollegeRow>("city_code", r => r.CityCode), Text<CollegeRow>("policy_code", r => r.PolicyCode),
        Integer<CollegeRow>("version", _ => Version), Timestamp<CollegeRow>("updated_at", _ => LoadedAt));

    public static readonly BulkTable<DataSetSchoolRow> Schools = new("schools",
        Text<DataSetSchoolRow>("tenant_id", r => r.TenantId), Text<DataSetSchoolRow>("code", r => r.Code), Text<DataSetSchoolRow>("name", r => r.Name));

    public static readonly BulkTable<DataSetMajorRow> Majors = new("majors",
        Text<DataSetMajorRow>("tenant_id", r => r.TenantId), Text<DataSetMajorRow>("code", r => r.Code), Text<DataSetMajorRow>("name", r => r.Name),
        Text<DataSetMajorRow>("school_code", r => r.SchoolCode));

    public static readonly BulkTable<ProjectRow> Projects = new("certificate_projects",
        Text<ProjectRow>("tenant_id", r => r.TenantId), Text<ProjectRow>("project_key", r => r.ProjectKey),
        Text<ProjectRow>("certificate_code", r => r.CertificateCode), SmallInt<ProjectRow>("level", r => r.Level), Integer<ProjectRow>("year", r => r.Year),
        Text<ProjectRow>("school_code", r => r.SchoolCode), Integer<ProjectRow>("pilot_scale", r => r.PilotScale), Numeric<ProjectRow>("budget", r => r.Budget),
        Text<ProjectRow>("status", r => r.Status), Integer<ProjectRow>("candidate_count", r => r.CandidateCount),
        Numeric<ProjectRow>("agreed_fee", r => r.AgreedFee), Numeric<ProjectRow>("exam_cost_per_candidate", r => r.ExamCostPerCandidate),
        Integer<ProjectRow>("version", _ => Version), Timestamp<ProjectRow>("updated_at", _ => LoadedAt));

    public static readonly BulkTable<StationRow> Stations = new("exam_stations",
        Text<StationRow>("tenant_id", r => r.TenantId), Text<StationRow>("station_code", r => r.StationCode), Text<StationRow>("name", r => r.Name),
        Text<StationRow>("certificate_code", r => r.CertificateCode), Text<StationRow>("province_code", r => r.ProvinceCode),
        Text<StationRow>("city_code", r => r.CityCode), Integer<StationRow>("capacity", r => r.Capacity), Boolean<StationRow>("approved", r => r.Approved),
        Integer<StationRow>("version", _ => Version), Timestamp<StationRow>("updated_at", _ => LoadedAt));

    public static readonly BulkTable<StudentRow> Students = new("students",
        Text<StudentRow>("tenant_id", r => r.TenantId), Text<StudentRow>("student_number", r => r.StudentNumber), Text<StudentRow>("name", r => r.Name),
        Text<StudentRow>("major_code", r => r.MajorCode), Integer<StudentRow>("cohort", r => r.Cohort),
        Integer<StudentRow>("registration_count", r => r.RegistrationCount),
        Integer<StudentRow>("version", _ => Version), Timestamp<StudentRow>("updated_at", _ => LoadedAt));

    /// <summary>In <c>RegistrationProjection.Columns</c> order (a test holds the two together).</summary>
    public static readonly BulkTable<RegistrationRow> Registrations = new("registrations",
        Text<RegistrationRow>("tenant_id", r => r.TenantId), Text<RegistrationRow>("project_key", r => r.ProjectKey),
        Text<RegistrationRow>("candidate_key", r => r.CandidateKey), Text<RegistrationRow>("student_number", r => r.StudentNumber),
        Boolean<RegistrationRow>("external", r => r.External), Text<RegistrationRow>("certificate_code", r => r.CertificateCode),
        SmallInt<RegistrationRow>("level", r => r.Level), Integer<RegistrationRow>("year", r => r.Year), Date<RegistrationRow>("registered_on", r => r.RegisteredOn),
        Text<RegistrationRow>("payer", r => r.Payer), Numeric<RegistrationRow>("fee", r => r.Fee), Boolean<RegistrationRow>("passed", r => r.Passed),
        Numeric<RegistrationRow>("score", r => r.Score), Text<RegistrationRow>("certificate_number", r => r.CertificateNumber),
        Date<RegistrationRow>("issued_on", r => r.IssuedOn), Integer<RegistrationRow>("version", _ => Version));

    /// <summary>In <c>IssuedCertificateRows.Columns</c> order; only registrations whose certificate was issued.</summary>
    public static readonly BulkTable<RegistrationRow> IssuedCertificates = new("issued_certificates",
        Text<RegistrationRow>("number", r => r.CertificateNumber), Text<RegistrationRow>("tenant_id", r => r.TenantId),
        Text<RegistrationRow>("project_key", r => r.ProjectKey), Text<RegistrationRow>("candidate_key", r => r.CandidateKey),
        Text<RegistrationRow>("certificate_code", r => r.CertificateCode), SmallInt<RegistrationRow>("level", r => r.Level),
        Text<RegistrationRow>("holder_name", r => r.Issued!.HolderName), Text<RegistrationRow>("student_number", r => r.StudentNumber),
        Text<RegistrationRow>("college_name", r => r.Issued!.CollegeName), Date<RegistrationRow>("issued_on", r => r.IssuedOn),
        Date<RegistrationRow>("platform_due", r => r.Issued!.PlatformDue), Boolean<RegistrationRow>("platform_due_provisional", r => r.Issued!.Provisional),
        Date<RegistrationRow>("platform_entered_on", r => r.Issued!.EnteredOn), Integer<RegistrationRow>("version", _ => Version),
        Timestamp<RegistrationRow>("updated_at", _ => LoadedAt));
}
