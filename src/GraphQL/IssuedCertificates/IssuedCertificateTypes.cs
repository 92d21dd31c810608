using GraphQL.Types;
using OnePlusX.GraphQL.Certificates;
using OnePlusX.GraphQL.Colleges;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.ReadModels;

namespace OnePlusX.GraphQL.IssuedCertificates;

public sealed class PlatformDeadlineStatusType : EnumerationGraphType<PlatformDeadlineStatus>
{
    public PlatformDeadlineStatusType()
    {
        Name = "PlatformDeadlineStatus";
        Description = "Where a certificate stands with its platform-entry deadline (NAT-ISS-1) on the day asked about (平台录入状态).";
        Values["DUE_SOON"]!.Description = "Not entered; due from that day to a few working days after it (即将到期).";
        Values["OVERDUE"]!.Description = "Not entered, and the due day has passed (已逾期).";
        Values["ENTERED"]!.Description = "Entered into the national certificate platform (已录入).";
    }
}

/// <summary>颁发的证书.</summary>
public sealed class IssuedCertificateType : ObjectGraphType<IssuedCertificateRecord>
{
    public IssuedCertificateType()
    {
        Name = "IssuedCertificate";
        Description = "A certificate issued to a candidate (颁发的证书), with its national-platform entry deadline: 7 working days after issue on the official calendar (NAT-ISS-1).";
        Field(r => r.Number).Description("The certificate number, unique across the service (证书编号).");
        Field(r => r.HolderName).Description("The holder's name (持证人).");
        Field(r => r.StudentNumber, nullable: true).Description("The holder's student number; null for an external candidate (学号).");
        Field<NonNullGraphType<CertificateType>>("certificate").Description("The certificate (证书).").Resolve(c => c.Reference().Certificate(c.Source.CertificateCode));
        Field<NonNullGraphType<CertificateLevelType>>("level").Description("Level: elementary, intermediate or advanced (等级: 初级 / 中级 / 高级).").Resolve(c => c.Source.Level);
        Field<NonNullGraphType<CollegeType>>("college").Description("The college that issued it (颁证院校).").Resolve(c => c.Loaders().Colleges.Load(c.Source.TenantId));
        Field(r => r.ProjectKey).Description("The project it was issued under (项目编号).");
        Field(r => r.IssuedOn).Description("The issue day (颁证日期).");
        Field(r => r.PlatformDue).Description("The last day on time for the national certificate platform (平台录入截止日, NAT-ISS-1).");
        Field("platformDueProvisional", r => r.PlatformDueProvisional)
            .Description("True when the official calendar did not yet cover a day the deadline needed; the date may move (截止日暂定).");
        Field(r => r.PlatformEnteredOn, nullable: true).Description("When it was entered into the platform; null until then (录入日期).");
        Field<NonNullGraphType<BooleanGraphType>>("late")
            .Description("Entered after its due day, or not entered and the due day has passed (China's today) (逾期).")
            .Resolve(c => c.Source.PlatformEnteredOn is { } entered ? entered > c.Source.PlatformDue : c.Source.PlatformDue < ChinaDay.Today);
    }
}

/// <summary>What the public sees of a certificate: its own fields and nothing else about the person.</summary>
public sealed class CertificateVerificationType : ObjectGraphType<CertificateVerificationRecord>
{
    public CertificateVerificationType()
    {
        Name = "CertificateVerification";
        Description = "A certificate confirmed by its number and holder's name (证书查询核验, NAT-ISS-1): the certificate's own fields only.";
        Field(r => r.Number).Description("The certificate number (证书编号).");
        Field(r => r.HolderName).Description("The holder's name, as asked (持证人).");
        Field<NonNullGraphType<CertificateType>>("certificate").Description("The certificate (证书).").Resolve(c => c.Reference().Certificate(c.Source.CertificateCode));
        Field<NonNullGraphType<CertificateLevelType>>("level").Description("Level: elementary, intermediate or advanced (等级: 初级 / 中级 / 高级).").Resolve(c => c.Source.Level);
        Field<EvaluationOrganizationType>("evaluationOrganization")
            .Description("The organisation that owns and examines the certificate (培训评价组织).")
            .Resolve(c => c.Reference().Certificate(c.Source.CertificateCode) is { } certificate ? c.Reference().Organization(certificate.OrganizationCode) : null);
        Field(r => r.IssuedOn).Description("The issue day (颁证日期).");
        Field(r => r.CollegeName).Description("The college that issued it (颁证院校).");
    }
}

/// <summary>Days as colleges count them: the calendar day in China (UTC+8).</summary>
public static class ChinaDay
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);
}
