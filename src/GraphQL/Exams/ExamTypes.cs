using GraphQL;
using GraphQL.Types;
using OnePlusX.Approvals;
using OnePlusX.CertificateProjects;
using OnePlusX.GraphQL.Approvals;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.GraphQL.FeeTables;
using OnePlusX.Policies;
using OnePlusX.ReadModels;
using OnePlusX.Tenancy;

namespace OnePlusX.GraphQL.Exams;

/// <summary>An exam with the project and college it belongs to.</summary>
public sealed record ExamNode(TenantId Tenant, CertificateProjectDetails Project, ExamDetails Exam)
{
    /// <summary>The exam's approvable item as approvers' lists show it.</summary>
    public ApprovalRecord ApprovalItem => ApprovalTargets.ToRecord(
        ApprovalTarget.Project, Tenant, Project.Key, new ApprovalItem(Exam.Item, Exam.Title(Project.CertificateCode, Project.Level), Exam.Approval));
}

public sealed class ExamModeType : EnumerationGraphType<ExamMode>
{
    public ExamModeType()
    {
        Name = "ExamMode";
        Description = "How candidates are examined (考核类别).";
        Values["COMPUTER"]!.Description = "On computers (机考).";
        Values["WRITTEN"]!.Description = "On paper (笔试).";
        Values["PRACTICAL"]!.Description = "Practical operation, assessed by examiners (实践操作).";
    }
}

public sealed class ExamRoleType : EnumerationGraphType<ExamRole>
{
    public ExamRoleType()
    {
        Name = "ExamRole";
        Description = "What a person does at an exam, which decides how they are paid (考务角色).";
        Values["EXAMINER"]!.Description = "Practical-assessment examiner, paid by the day (考评员).";
        Values["INVIGILATOR"]!.Description = "Invigilator, paid by the session (监考人员).";
        Values["EXAM_STAFF"]!.Description = "Staff helping the examiners (工作人员).";
        Values["SUPERVISOR"]!.Description = "Supervisor, paid by the day (督导员).";
    }
}

public sealed class ExamSittingType : ObjectGraphType<ExamSitting>
{
    public ExamSittingType()
    {
        Name = "ExamSitting";
        Description = "A sitting of an exam: a room from a start to an end (考场场次).";
        Field(s => s.Room).Description("The room (考场).");
        Field(s => s.Start).Description("Starts, an instant (开始时间).");
        Field(s => s.End).Description("Ends, an instant (结束时间).");
    }
}

public sealed class ExamWorkerType : ObjectGraphType<ExamWorker>
{
    public ExamWorkerType()
    {
        Name = "ExamWorker";
        Description = "A person working at an exam: examiner, invigilator, staff or supervisor (考务人员).";
        Field(w => w.Name).Description("Their name (姓名).");
        Field<NonNullGraphType<ExamRoleType>>("role").Description("What they do (角色).").Resolve(c => c.Source.Role);
        Field(w => w.Internal).Description("A teacher of the college (校内) rather than from outside (校外).");
        Field(w => w.HoldsExaminerCertificate).Description("Holds the organisation's examiner certificate (持考评员证书).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExamSittingType>>>>("sittings").Description("The sittings they work (场次).").Resolve(c => c.Source.Sittings)
            .FieldType.WithComplexityImpact(1, 5); // a person works a handful of sittings, not a page of them
        Field(w => w.Days).Description("Days worked, for examiners and supervisors (天数).");
    }
}

public sealed class ExamCostType : ObjectGraphType<ExamCost>
{
    public ExamCostType()
    {
        Name = "ExamCost";
        Description = "Another cost agreed for the exam, with its type (其他费用).";
        Field<NonNullGraphType<CostTypeType>>("type").Description("The kind of cost (费用类型).").Resolve(c => c.Source.Type);
        Field(e => e.Description).Description("What it is (内容).");
        Field(e => e.Amount).Description("Yuan (金额，元).");
    }
}

public sealed class ExamCheckType : ObjectGraphType<PolicyDecision>
{
    public ExamCheckType()
    {
        Name = "ExamCheck";
        Description = "The college policy's decision on an exam plan or filing, with the rules that decided (政策核验).";
        Field(d => d.Allowed).Description("True when the rules allow it (通过).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("ruleIds").Description("The rules that decided, as in docs/rules.md (规则编号).").Resolve(c => c.Source.RuleIds);
        Field<NonNullGraphType<ExplanationType>>("explanation").Description("Why, in Chinese and English (原因).").Resolve(c => c.Source.Explanation);
    }
}

public sealed class ExamFilingInvigilatorType : ObjectGraphType<FilingInvigilator>
{
    public ExamFilingInvigilatorType()
    {
        Name = "ExamFilingInvigilator";
        Description = "An invigilator row of the exam filing: name, room, time, examiner qualification (监考教师).";
        Field(i => i.Name).Description("Name (姓名).");
        Field(i => i.Room, nullable: true).Description("Room (监考地点).");
        Field(i => i.Start).Description("Starts (开始时间).");
        Field(i => i.End).Description("Ends (结束时间).");
        Field(i => i.HoldsExaminerCertificate).Description("Holds the examiner qualification (是否具有考评员资格).");
    }
}

/// <summary>An exam's filing with the policy's check of it.</summary>
public sealed record ExamFilingView(ExamFiling Filing, PolicyDecision? Check);

public sealed class ExamFilingType : ObjectGraphType<ExamFilingView>
{
    public ExamFilingType()
    {
        Name = "ExamFiling";
        Description = "The exam filing (考核备案表, 附件2 in JLJT's policy), derived from the exam and checked by the college's policy (JL-FORM-2).";
        Field<NonNullGraphType<StringGraphType>>("certificateName").Description("The certificate (证书名称).").Resolve(c => c.Source.Filing.CertificateName);
        Field<NonNullGraphType<StringGraphType>>("schoolName").Description("The secondary college (学院).").Resolve(c => c.Source.Filing.SchoolName);
        Field<StringGraphType>("major").Description("The major examined (考核专业).").Resolve(c => c.Source.Filing.Major);
        Field<NonNullGraphType<DayGraphType>>("examDate").Description("The exam date (考核时间).").Resolve(c => c.Source.Filing.ExamDate);
        Field<NonNullGraphType<IntGraphType>>("headcount").Description("Candidates (考核人数).").Resolve(c => c.Source.Filing.Headcount);
        Field<NonNullGraphType<ExamModeType>>("mode").Description("Mode: computer, written or practical (考核类别: 机考 / 笔试 / 实践操作).").Resolve(c => c.Source.Filing.Mode);
        Field<StringGraphType>("place").Description("Where (考核地点).").Resolve(c => c.Source.Filing.Place);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExamFilingInvigilatorType>>>>("invigilators").Description("One row per invigilator and sitting (监考教师).").Resolve(c => c.Source.Filing.Invigilators);
        Field<NonNullGraphType<BooleanGraphType>>("examPlanAttached").Description("The exam plan is attached (附考核安排方案).").Resolve(c => c.Source.Filing.ExamPlanAttached);
        Field<ExamCheckType>("check").Description("The policy's check; null when the filing lacks a field (see the exam's submitError) (备案核验).").Resolve(c => c.Source.Check);
    }
}
