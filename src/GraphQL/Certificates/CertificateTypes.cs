using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using OnePlusX.CertificateProjects;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.ReadModels;

namespace OnePlusX.GraphQL.Certificates;

/// <summary>等级.</summary>
public sealed class CertificateLevelType : EnumerationGraphType<CertificateLevel>
{
    public CertificateLevelType()
    {
        Name = "CertificateLevel";
        Description = "Certificate level (证书等级).";
        Values["ELEMENTARY"]!.Description = "初级 (level 1).";
        Values["INTERMEDIATE"]!.Description = "中级 (level 2).";
        Values["ADVANCED"]!.Description = "高级 (level 3).";
    }
}

/// <summary>培训评价组织.</summary>
public sealed class EvaluationOrganizationType : NodeType<EvaluationOrganizationRecord>
{
    public const string TypeName = "EvaluationOrganization";

    public EvaluationOrganizationType()
        : base(TypeName, "The body that owns a certificate's standard, trains, examines and issues (培训评价组织).", o => o.Code)
    {
        Field(o => o.Code).Description("Our code for it (代码).");
        Field(o => o.Name).Description("Name (名称).");
    }
}

/// <summary>职业技能等级证书.</summary>
public sealed class CertificateType : NodeType<CertificateRecord>
{
    public const string TypeName = "Certificate";

    public CertificateType()
        : base(TypeName, "A vocational skill-level certificate of the catalogue (职业技能等级证书). The catalogue shipped is sample data.", c => c.Code)
    {
        Field(c => c.Code).Description("Our code for it (代码).");
        Field(c => c.Name).Description("Name (证书名称), e.g. Web前端开发.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CertificateLevelType>>>>("levels")
            .Description("Levels it is offered at (等级).")
            .Resolve(c => c.Source.Levels);
        Field<NonNullGraphType<EvaluationOrganizationType>>("evaluationOrganization")
            .Description("Who owns and examines it (培训评价组织).")
            .Resolve(c => c.Reference().Organization(c.Source.OrganizationCode));
    }
}
