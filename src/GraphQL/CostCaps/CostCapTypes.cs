using GraphQL.Types;
using OnePlusX.CostCaps;
using OnePlusX.GraphQL.Certificates;
using OnePlusX.GraphQL.Colleges;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.GraphQL.Divisions;
using OnePlusX.ReadModels;

namespace OnePlusX.GraphQL.CostCaps;

/// <summary>考核成本上限.</summary>
public sealed class CostCapType : ObjectGraphType<CostCap>
{
    public CostCapType()
    {
        Name = "CostCap";
        Description = "A cost cap per candidate for one certificate level from a day on (考核成本上限, NAT-COST-1), kept by national monitoring; sample values say so.";
        Field(c => c.CertificateCode).Description("The certificate's code (证书代码).");
        Field<CertificateType>("certificate").Description("The certificate (证书).").Resolve(c => c.Reference().Certificate(c.Source.CertificateCode));
        Field<NonNullGraphType<CertificateLevelType>>("level").Description("Level: elementary, intermediate or advanced (等级: 初级 / 中级 / 高级).").Resolve(c => c.Source.Level);
        Field(c => c.EffectiveFrom).Description("The first day it is in force; it stays in force until a later entry for the level (生效日期).");
        Field(c => c.Cap).Description("The cap per candidate, yuan (上限金额，元).");
        Field(c => c.Sample).Description("True for a made-up value: no official cap is in our sources, so a sample must never pass for one (示例值).");
        Field(c => c.SetBy).Description("Who set it (设定人).");
        Field(c => c.SetAt).Description("When it was set (设定时间).");
    }
}

/// <summary>超出成本上限的项目.</summary>
public sealed class ProjectOverCostCapType : ObjectGraphType<ProjectOverCostCapRecord>
{
    public ProjectOverCostCapType()
    {
        Name = "ProjectOverCostCap";
        Description = "A project whose agreed fee or exam cost per candidate is above the cost cap in force (超出考核成本上限的项目, NAT-COST-1).";
        Field("collegeCode", p => p.TenantId).Description("The college's code (院校代码).");
        Field(p => p.CollegeName).Description("The college's name (院校名称).");
        Field<NonNullGraphType<CollegeType>>("college").Description("The college (院校).").Resolve(c => c.Loaders().Colleges.Load(c.Source.TenantId));
        Field<ProvinceType>("province").Description("The college's province (所在省份).").Resolve(c => c.Reference().Province(c.Source.ProvinceCode));
        Field(p => p.ProjectKey).Description("The project's key within the college, e.g. WEB-FE-2-2025 (项目编号).");
        Field(p => p.CertificateCode).Description("The certificate's code (证书代码).");
        Field<CertificateType>("certificate").Description("The certificate (证书).").Resolve(c => c.Reference().Certificate(c.Source.CertificateCode));
        Field<NonNullGraphType<CertificateLevelType>>("level").Description("Level: elementary, intermediate or advanced (等级: 初级 / 中级 / 高级).").Resolve(c => c.Source.Level);
        Field(p => p.Year).Description("The pilot year (年度).");
        Field(p => p.AgreedFee, nullable: true).Description("The agreed exam fee per candidate, yuan; null when not set (考核价格).");
        Field(p => p.ExamCostPerCandidate, nullable: true)
            .Description("The highest cost per candidate among its exams: the exam's fee-table (附件4) total over the candidates it examines, yuan; null until a fee table is computed (考核人均成本).");
        Field<NonNullGraphType<CostCapType>>("cap").Description("The cap in force on the day asked about (适用的成本上限).").Resolve(c => c.Source.Cap);
        Field(p => p.AgreedFeeOver).Description("The agreed fee is above the cap (考核价格超限).");
        Field(p => p.ExamCostOver).Description("An exam's cost per candidate is above the cap (考核成本超限).");
        Field(p => p.OverBy).Description("How far the larger of the two figures is above the cap, yuan (超出金额).");
    }
}

public sealed class CostCapFilterInputType : InputObjectGraphType<CostCapFilter>
{
    public CostCapFilterInputType()
    {
        Name = "CostCapFilter";
        Description = "Which cost caps to list (筛选条件); all given conditions must hold.";
        Field<StringGraphType>("certificateCode").Description("The certificate (证书代码).");
        Field<CertificateLevelType>("level").Description("The level (等级).");
        Field<DayGraphType>("inForceOn").Description("Only the entry in force on this day, per certificate and level (生效于).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new CostCapFilter(
        value.Text("certificateCode"),
        value.TryGetValue("level", out var level) ? (OnePlusX.CertificateProjects.CertificateLevel?)level : null,
        value.TryGetValue("inForceOn", out var day) ? (DateOnly?)day : null);
}

public sealed class CostCapOrderType : EnumerationGraphType<CostCapOrder>
{
    public CostCapOrderType()
    {
        Name = "CostCapOrder";
        Description = "How to order cost caps (排序).";
        Values["CERTIFICATE_ASCENDING"]!.Description = "By certificate, level, then effective day (按证书).";
        Values["EFFECTIVE_DESCENDING"]!.Description = "The latest effective day first (按生效日期倒序).";
    }
}

/// <summary>The over-cap view's filter, before the day asked about is added.</summary>
public sealed record OverCostCapWhere(string? ProvinceCode, string? CollegeCode, string? CertificateCode, int? Year);

public sealed class OverCostCapFilterInputType : InputObjectGraphType<OverCostCapWhere>
{
    public OverCostCapFilterInputType()
    {
        Name = "ProjectOverCostCapFilter";
        Description = "Which over-cap projects to list (筛选条件); all given conditions must hold.";
        Field<StringGraphType>("provinceCode").Description("The college's province (省份代码).");
        Field<StringGraphType>("collegeCode").Description("The college (院校代码).");
        Field<StringGraphType>("certificateCode").Description("The certificate (证书代码).");
        Field<IntGraphType>("year").Description("The pilot year (年度).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new OverCostCapWhere(
        value.Text("provinceCode"),
        value.Text("collegeCode"),
        value.Text("certificateCode"),
        value.TryGetValue("year", out var year) ? (int?)year : null);
}

public sealed class OverCostCapOrderType : EnumerationGraphType<OverCostCapOrder>
{
    public OverCostCapOrderType()
    {
        Name = "ProjectOverCostCapOrder";
        Description = "How to order over-cap projects (排序).";
        Values["OVER_BY_DESCENDING"]!.Description = "The most over its cap first, the default (按超出金额).";
        Values["PROVINCE_AND_COLLEGE"]!.Description = "By province, college, then project key (按省份和院校).";
    }
}

public sealed class SetCostCapInputType : InputObjectGraphType<CostCapInput>
{
    public SetCostCapInputType()
    {
        Name = "SetCostCapInput";
        Description = "A cost cap for one certificate level from a day on (考核成本上限); the same level and day again replaces it.";
        Field<NonNullGraphType<StringGraphType>>("certificateCode").Description("The certificate (证书代码).");
        Field<NonNullGraphType<CertificateLevelType>>("level").Description("The level; the certificate must be offered at it (等级).");
        Field<NonNullGraphType<DayGraphType>>("effectiveFrom").Description("The first day it is in force (生效日期).");
        Field<NonNullGraphType<DecimalGraphType>>("cap").Description("The cap per candidate, yuan, more than 0, to the fen (上限金额，元).");
        Field<NonNullGraphType<BooleanGraphType>>("sample").Description("True for a made-up value; an official, published cap is false (示例值).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new CostCapInput(
        (string)value["certificateCode"]!,
        new SetCostCap((OnePlusX.CertificateProjects.CertificateLevel)value["level"]!, (DateOnly)value["effectiveFrom"]!, (decimal)value["cap"]!, (bool)value["sample"]!));
}

/// <summary>A cost-cap command with the certificate whose table it changes.</summary>
public sealed record CostCapInput(string CertificateCode, SetCostCap Command);

/// <summary>The entry set and the certificate's whole table after it, or why nothing changed.</summary>
public sealed record SetCostCapPayload(CostCap? CostCap, IReadOnlyList<CostCap> Table, IReadOnlyList<OnePlusX.Outcomes.CommandError> Errors);

public sealed class SetCostCapPayloadType : ObjectGraphType<SetCostCapPayload>
{
    public SetCostCapPayloadType()
    {
        Name = "SetCostCapPayload";
        Description = "The cost cap set, with the certificate's table after it, or why nothing changed (设定结果).";
        Field<CostCapType>("costCap").Description("The entry as set; null when nothing changed (成本上限).").Resolve(c => c.Source.CostCap);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CostCapType>>>>("table")
            .Description("Every entry of the certificate's table after the change, by level then day; empty when nothing changed (成本上限表).")
            .Resolve(c => c.Source.Table);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterface>>>>("errors").Description("Why nothing changed; empty on success (错误).").Resolve(c => c.Source.Errors);
    }
}

/// <summary>未参加考核的学生.</summary>
public sealed class StudentWithoutExamType : ObjectGraphType<StudentWithoutExamRecord>
{
    public StudentWithoutExamType()
    {
        Name = "StudentWithoutExam";
        Description = "An enrolled pilot student registered for no certificate exam (未参加证书考核的学生, NAT-COST-1): colleges ensure each sits at least one.";
        Field("collegeCode", s => s.TenantId).Description("The college's code (院校代码).");
        Field(s => s.CollegeName).Description("The college's name (院校名称).");
        Field<ProvinceType>("province").Description("The college's province (所在省份).").Resolve(c => c.Reference().Province(c.Source.ProvinceCode));
        Field(s => s.StudentNumber).Description("The student number (学号).");
        Field(s => s.Name).Description("The student's name (姓名).");
        Field(s => s.MajorCode).Description("The student's major (专业代码).");
        Field(s => s.Cohort).Description("The year the student enrolled (年级).");
    }
}

public sealed class StudentsWithoutExamFilterInputType : InputObjectGraphType<StudentsWithoutExamFilter>
{
    public StudentsWithoutExamFilterInputType()
    {
        Name = "StudentWithoutExamFilter";
        Description = "Which students without an exam to list (筛选条件); all given conditions must hold.";
        Field<StringGraphType>("provinceCode").Description("The college's province (省份代码).");
        Field<StringGraphType>("collegeCode").Description("The college (院校代码).");
        Field<StringGraphType>("majorCode").Description("The major (专业代码).");
        Field<IntGraphType>("cohort").Description("The year of enrolment (年级).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new StudentsWithoutExamFilter(
        value.Text("provinceCode"), value.Text("collegeCode"), value.Text("majorCode"), value.TryGetValue("cohort", out var cohort) ? (int?)cohort : null);
}
