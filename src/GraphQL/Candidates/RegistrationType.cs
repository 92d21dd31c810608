using GraphQL;
using GraphQL.Types;
using OnePlusX.CertificateProjects;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.GraphQL.IssuedCertificates;
using OnePlusX.Policies;
using OnePlusX.ReadModels;
using OnePlusX.Security;
using OnePlusX.Students;
using OnePlusX.Tenancy;

namespace OnePlusX.GraphQL.Candidates;

/// <summary>A registration with the project (and college) it belongs to.</summary>
public sealed record RegistrationNode(TenantId Tenant, CertificateProjectDetails Project, CandidateRegistration Registration)
{
    /// <summary>The registration's certificate as the issued-certificate type shows it, if one was issued.</summary>
    public IssuedCertificateRecord? Certificate => Registration.Certificate is { } c
        ? new IssuedCertificateRecord(c.Number, Tenant.Value, Project.Key, Project.CertificateCode, Project.Level, Registration.Name, Registration.StudentNumber,
            c.IssuedOn, c.PlatformDeadline.Due, c.PlatformDeadline.Provisional, c.PlatformEnteredOn)
        : null;
}

/// <summary>报名.</summary>
public sealed class RegistrationType : ObjectGraphType<RegistrationNode>
{
    public RegistrationType()
    {
        Name = "Registration";
        Description = "A candidate's registration for a project (报名), with who pays and why, the result and the certificate.";
        Field<NonNullGraphType<StringGraphType>>("candidate")
            .Description("The candidate's key in the project: the student number, or ext:0001… for an external candidate (考生编号).")
            .Resolve(c => c.Source.Registration.Key);
        Field<NonNullGraphType<CandidateKindType>>("kind").Description("Enrolled student or external candidate (考生类别).").Resolve(c => c.Source.Registration.Kind);
        Field<StringGraphType>("studentNumber").Description("The student number; null for an external candidate (学号).").Resolve(c => c.Source.Registration.StudentNumber);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The candidate's name (姓名).").Resolve(c => c.Source.Registration.Name);
        Field<StringGraphType>("idNumberMasked")
            .Description("An external candidate's ID number with all but the last 4 characters hidden; shown to the college's own users only, never whole (身份证号，脱敏).")
            .Resolve(c => Caller.Access(c) is { Kind: ScopeKind.College } access && access.Tenant == c.Source.Tenant.Value ? c.Source.Registration.MaskedIdNumber : null);
        Field<NonNullGraphType<BooleanGraphType>>("selected").Description("Whether the school selected the student (遴选, HB-SEL-1).").Resolve(c => c.Source.Registration.Selected);
        Field<NonNullGraphType<DayGraphType>>("registeredOn").Description("The registration day (报名日期).").Resolve(c => c.Source.Registration.RegisteredOn);
        Field<NonNullGraphType<FundingDecisionType>>("funding").Description("Who pays, from which funds, and why (费用承担).").Resolve(c => c.Source.Registration.Funding);
        Field<ExamResultType>("result").Description("The exam result; null until recorded (考核成绩).").Resolve(c => c.Source.Registration.Result);
        Field<IssuedCertificateType>("certificate").Description("The certificate issued; null until issued (颁发的证书).").Resolve(c => c.Source.Certificate);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CreditGrantType>>>>("credits")
            .Description("Credits granted to the student for this project's certificate (学分认定); empty for an external candidate.")
            .ResolveAsync(async c =>
            {
                var (tenant, registration) = (c.Source.Tenant, c.Source.Registration);
                if (registration.StudentNumber is null || registration.Certificate is null)
                {
                    return Array.Empty<CreditRecord>();
                }

                using var scope = Caller.Scope(c, tenant);
                var student = await Caller.Grains(c).GetGrain<IStudentGrain>(GrainKey.For(tenant, registration.StudentNumber)).GetAsync();
                return student?.Credits.Where(r => r.CertificateNumber == registration.Certificate.Number).ToArray() ?? [];
            });
    }
}

/// <summary>Which registrations to list; every given condition must hold.</summary>
public sealed record RegistrationFilter(CandidateKind? Kind, bool? Passed, bool? Certified);

public sealed class RegistrationFilterInputType : InputObjectGraphType<RegistrationFilter>
{
    public RegistrationFilterInputType()
    {
        Name = "RegistrationFilter";
        Description = "Which registrations to list (筛选条件); all given conditions must hold.";
        Field<CandidateKindType>("kind").Description("Enrolled students or external candidates (考生类别).");
        Field<BooleanGraphType>("passed").Description("True: passed; false: failed or no result yet (是否通过).");
        Field<BooleanGraphType>("certified").Description("True: a certificate was issued; false: not yet (是否已颁证).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new RegistrationFilter(
        value.TryGetValue("kind", out var kind) ? (CandidateKind?)kind : null,
        value.TryGetValue("passed", out var passed) ? (bool?)passed : null,
        value.TryGetValue("certified", out var certified) ? (bool?)certified : null);

    /// <summary>Whether a registration passes the filter.</summary>
    public static bool Matches(RegistrationFilter filter, CandidateRegistration r) =>
        (filter.Kind is null || r.Kind == filter.Kind)
        && (filter.Passed is null || (r.Result?.Passed == true) == filter.Passed)
        && (filter.Certified is null || (r.Certificate is not null) == filter.Certified);
}
