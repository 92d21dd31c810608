using GraphQL.Types;
using OnePlusX.CertificateProjects;
using OnePlusX.GraphQL.Approvals;
using OnePlusX.GraphQL.Certificates;
using OnePlusX.GraphQL.Colleges;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.ReadModels;

namespace OnePlusX.GraphQL.CertificateProjects;

public sealed class ProjectStatusType : EnumerationGraphType<ProjectStatus>
{
    public ProjectStatusType()
    {
        Name = "ProjectStatus";
        Description = "A certificate project's lifecycle (项目状态).";
        Values["APPLIED"]!.Description = "Applied for; its application is a draft or under review (已申报).";
        Values["APPROVED"]!.Description = "Its application was approved (已批准).";
        Values["RUNNING"]!.Description = "Training and exams under way (实施中).";
        Values["CLOSED"]!.Description = "Summarised and archived (已结项).";
        Values["REJECTED"]!.Description = "Its application was rejected; it may be revised and resubmitted (已驳回).";
    }
}

public sealed class ProjectStepType : ObjectGraphType<ProjectStep>
{
    public ProjectStepType()
    {
        Name = "ProjectStep";
        Description = "A change of a project's status: who, when, why (项目进程).";
        Field<NonNullGraphType<ProjectStatusType>>("status").Description("The status it moved to (状态).").Resolve(c => c.Source.Status);
        Field(s => s.Actor).Description("Who moved it (操作人).");
        Field(s => s.At).Description("When (时间).");
        Field(s => s.Reason, nullable: true).Description("Why (原因).");
    }
}

/// <summary>证书项目.</summary>
public sealed class CertificateProjectType : NodeType<ProjectNode>
{
    public const string TypeName = "CertificateProject";

    public CertificateProjectType()
        : base(TypeName, "A certificate project (证书项目): one college running one certificate at one level in one year.", p => $"{p.Tenant.Value}/{p.Project.Key}")
    {
        Field<NonNullGraphType<StringGraphType>>("key").Description("Key within the college, e.g. WEB-FE-2-2025 (项目编号).").Resolve(c => c.Source.Project.Key);
        Field<NonNullGraphType<CollegeType>>("college").Description("The college running it (院校).").Resolve(c => c.Loaders().Colleges.Load(c.Source.Tenant.Value));
        Field<NonNullGraphType<CertificateType>>("certificate").Description("The certificate (证书).").Resolve(c => c.Reference().Certificate(c.Source.Project.CertificateCode));
        Field<NonNullGraphType<CertificateLevelType>>("level").Description("Level: elementary, intermediate or advanced (等级: 初级 / 中级 / 高级).").Resolve(c => c.Source.Project.Level);
        Field<NonNullGraphType<IntGraphType>>("year").Description("The pilot year (年度).").Resolve(c => c.Source.Project.Year);
        Field<NonNullGraphType<StringGraphType>>("schoolCode").Description("The secondary college running it (二级学院代码).").Resolve(c => c.Source.Project.SchoolCode);
        Field<SchoolType>("school").Description("The secondary college running it (二级学院).").Resolve(c => Structure.School(c, c.Source.Tenant.Value, c.Source.Project.SchoolCode));
        Field<StringGraphType>("majorCode").Description("The major taking it as an X certificate, if named (专业代码).").Resolve(c => c.Source.Project.MajorCode);
        Field<MajorType>("major").Description("The major taking it as an X certificate, if named (专业).").Resolve(c => Structure.Major(c, c.Source.Tenant.Value, c.Source.Project.MajorCode));
        Field<NonNullGraphType<IntGraphType>>("pilotScale").Description("Approved number of candidates (试点规模).").Resolve(c => c.Source.Project.PilotScale);
        Field<NonNullGraphType<DecimalGraphType>>("budget").Description("Budget in yuan (预算，元).").Resolve(c => c.Source.Project.Budget);
        Field<NonNullGraphType<ProjectStatusType>>("projectStatus").Description("Lifecycle status (项目状态).").Resolve(c => c.Source.Project.Status);
        Field<ApprovalItemType>("application")
            .Description("The application and its approval (项目申报审批); its id is what submitForApproval and review take.")
            .Resolve(c => c.Source.Project.Application is { } approval
                ? ApprovalTargets.ToRecord(ApprovalTarget.Project, c.Source.Tenant, c.Source.Project.Key, new OnePlusX.Approvals.ApprovalItem("application", "项目申报", approval))
                : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectStepType>>>>("history").Description("Status changes, oldest first (项目进程).").Resolve(c => c.Source.Project.History);
        ProjectFeatureFields.AddTo(this);
    }
}

public sealed class ProjectOrderType : EnumerationGraphType<ProjectOrder>
{
    public ProjectOrderType()
    {
        Name = "ProjectOrder";
        Description = "How to order projects (排序).";
        Values["KEY_ASCENDING"]!.Description = "By college, then key (按编号).";
        Values["YEAR_DESCENDING"]!.Description = "Newest pilot year first (按年度倒序).";
    }
}

/// <summary>Filter for project lists.</summary>
public sealed class ProjectFilterInputType : InputObjectGraphType<ProjectFilter>
{
    public ProjectFilterInputType()
    {
        Name = "ProjectFilter";
        Description = "Which projects to list (筛选条件); all given conditions must hold.";
        Field<StringGraphType>("collegeCode").Description("The college (院校代码).");
        Field<IntGraphType>("year").Description("The pilot year (年度).");
        Field<StringGraphType>("certificateCode").Description("The certificate (证书代码).");
        Field<StringGraphType>("schoolCode").Description("The secondary college (二级学院代码).");
        Field<ProjectStatusType>("status").Description("Lifecycle status (状态).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ProjectFilter(
        value.Text("collegeCode"),
        value.TryGetValue("year", out var year) ? (int?)year : null,
        value.Text("certificateCode"),
        value.Text("schoolCode"),
        value.TryGetValue("status", out var status) ? (ProjectStatus?)status : null);
}
