using GraphQL;
using GraphQL.Types;
using OnePlusX.GraphQL.Candidates;
using OnePlusX.GraphQL.Colleges;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.ReadModels;
using OnePlusX.Security;
using OnePlusX.Students;
using OnePlusX.Tenancy;

namespace OnePlusX.GraphQL.Students;

/// <summary>A student with the college it belongs to, as the gateway shows it.</summary>
public sealed record StudentNode(TenantId Tenant, StudentDetails Student);

/// <summary>Reads students from their grains for a caller allowed to see the college; anything else is null.</summary>
public static class StudentNodes
{
    public static async Task<StudentNode?> LoadAsync(IResolveFieldContext context, TenantId tenant, string studentNumber)
    {
        var visible = await Caller.CanReachAsync(context, tenant);
        if (!visible || studentNumber.Length is 0 or > 32 || studentNumber.Contains('/'))
        {
            return null;
        }

        using var scope = Caller.Scope(context, tenant);
        var details = await Caller.Grains(context).GetGrain<IStudentGrain>(GrainKey.For(tenant, studentNumber)).GetAsync();
        return details is null ? null : new StudentNode(tenant, details);
    }

    /// <summary>The student a global id names, or null.</summary>
    public static Task<StudentNode?> FindAsync(IResolveFieldContext context, string key) =>
        key.Split('/') is [var tenant, var number] && TenantId.TryParse(tenant, out var parsed)
            ? LoadAsync(context, parsed.Value, number)
            : Task.FromResult<StudentNode?>(null);
}

public sealed class StudentRegistrationType : ObjectGraphType<StudentRegistration>
{
    public StudentRegistrationType()
    {
        Name = "StudentRegistration";
        Description = "A project the student is registered for (报名记录).";
        Field(r => r.ProjectKey).Description("The project's key (项目编号).");
        Field(r => r.RegisteredAt).Description("When (报名时间).");
    }
}

public sealed class HeldCertificateType : ObjectGraphType<HeldCertificate>
{
    public HeldCertificateType()
    {
        Name = "HeldCertificate";
        Description = "A certificate the student holds (持有证书).";
        Field(c => c.ProjectKey).Description("The project it was issued under (项目编号).");
        Field(c => c.CertificateNumber).Description("Its number (证书编号).");
        Field<NonNullGraphType<DayGraphType>>("issuedOn").Description("Issue day (发证日期).").Resolve(c => c.Source.IssuedOn);
    }
}

/// <summary>学生.</summary>
public sealed class StudentType : NodeType<StudentNode>
{
    public const string TypeName = "Student";

    public StudentType()
        : base(TypeName, "An enrolled student of a college (在校学生).", s => $"{s.Tenant.Value}/{s.Student.StudentNumber}")
    {
        Field<NonNullGraphType<StringGraphType>>("studentNumber").Description("Student number (学号).").Resolve(c => c.Source.Student.StudentNumber);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Name (姓名).").Resolve(c => c.Source.Student.Name);
        // Nullable like the other nodes' majorCode (a training or project may name none), so node fragments can select both.
        Field<StringGraphType>("majorCode").Description("Major (专业代码); always set for an enrolled student.").Resolve(c => c.Source.Student.MajorCode);
        Field<MajorType>("major").Description("The major, with its school (专业).").Resolve(c => Structure.Major(c, c.Source.Tenant.Value, c.Source.Student.MajorCode));
        Field<NonNullGraphType<IntGraphType>>("cohort").Description("Cohort, the year of entry (年级).").Resolve(c => c.Source.Student.Cohort);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StudentRegistrationType>>>>("registeredProjects").Description("Projects registered for (报名记录).").Resolve(c => c.Source.Student.Registrations);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HeldCertificateType>>>>("heldCertificates").Description("Certificates held (持有证书).").Resolve(c => c.Source.Student.Certificates);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CreditGrantType>>>>("credits").Description("Credits granted for certificates (学分认定).").Resolve(c => c.Source.Student.Credits);
    }
}

public sealed class StudentOrderType : EnumerationGraphType<StudentOrder>
{
    public StudentOrderType()
    {
        Name = "StudentOrder";
        Description = "How to order students (排序).";
        Values["NUMBER_ASCENDING"]!.Description = "By college, then student number (按学号).";
        Values["NAME_ASCENDING"]!.Description = "By name (按姓名).";
    }
}

public sealed class StudentFilterInputType : InputObjectGraphType<StudentFilter>
{
    public StudentFilterInputType()
    {
        Name = "StudentFilter";
        Description = "Which students to list (筛选条件); all given conditions must hold.";
        Field<StringGraphType>("collegeCode").Description("The college (院校代码).");
        Field<StringGraphType>("majorCode").Description("Major (专业代码).");
        Field<IntGraphType>("cohort").Description("Cohort (年级).");
        Field<StringGraphType>("nameContains").Description("Part of the name, matched literally (姓名包含).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new StudentFilter(
        value.Text("collegeCode"), value.Text("majorCode"), value.TryGetValue("cohort", out var cohort) ? (int?)cohort : null, value.Text("nameContains"));
}
