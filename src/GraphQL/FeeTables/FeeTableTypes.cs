using GraphQL.Types;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.Policies;

namespace OnePlusX.GraphQL.FeeTables;

/// <summary>
/// Fee tables as the policies compute them: the teaching-fee table (附件3) and the exam work-fee table (附件4) share these
/// types, over the <see cref="FeeTable"/> record a grain keeps with the parameters it was computed with.
/// </summary>
public sealed class CostTypeType : EnumerationGraphType<CostType>
{
    public CostTypeType()
    {
        Name = "CostType";
        Description = "What a fee-table line or cost pays for (费用类别).";
        Values["TEACHING_FEE"]!.Description = "Teaching pay (课时费).";
        Values["EXAMINER_FEE"]!.Description = "Examiner pay (考评员费).";
        Values["INVIGILATOR_FEE"]!.Description = "Invigilator pay (监考费).";
        Values["EXAM_STAFF_FEE"]!.Description = "Exam staff pay (工作人员费).";
        Values["EXAM_DUTY_FEE"]!.Description = "Exam duty pay (考务费).";
        Values["SUPERVISOR_FEE"]!.Description = "Supervisor pay (督导费).";
        Values["EQUIPMENT_AND_CONSUMABLES"]!.Description = "Equipment and consumables (设备耗材费).";
        Values["CERTIFICATE_FEE"]!.Description = "Certificate fee (办证费).";
        Values["VENUE_AND_ENERGY"]!.Description = "Venue and energy (场地水电费).";
        Values["TRAVEL"]!.Description = "Travel (差旅费).";
        Values["TRAINER_CERTIFICATION_FEE"]!.Description = "Trainer certification fee, which the national guidance forbids charging (培训师认证费).";
        Values["EXAMINER_CERTIFICATION_FEE"]!.Description = "Examiner certification fee, which the national guidance forbids charging (考评员认证费).";
    }
}

public sealed class FeeLineType : ObjectGraphType<FeeLine>
{
    public FeeLineType()
    {
        Name = "FeeLine";
        Description = "One row of a fee table (费用明细): who, what, how much of it, at which rate and coefficient, and the amount.";
        Field(l => l.Number).Description("Row number, from 1 (序号).");
        Field(l => l.Name).Description("The person or cost paid (姓名/项目).");
        Field<NonNullGraphType<CostTypeType>>("type").Description("What it pays for (费用类别).").Resolve(c => c.Source.Type);
        Field(l => l.Description).Description("Title and course, or role and exam (职称·课程 / 考核方式).");
        Field(l => l.Quantity).Description("How much: class hours, days, sessions (学时/天/场).");
        Field(l => l.Unit).Description("The quantity's unit, e.g. 学时 (单位).");
        Field(l => l.Rate).Description("Rate per unit in yuan (标准，元).");
        Field(l => l.Coefficient).Description("Coefficient, e.g. the student-number coefficient of JL-PAY-1 (系数).");
        Field(l => l.Amount).Description("Amount in yuan, to the fen (金额，元).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("ruleIds").Description("The rules that priced it (规则编号).").Resolve(c => c.Source.RuleIds);
        Field(l => l.Remarks, nullable: true).Description("Remarks (备注).");
        Field(l => l.WorkloadHours).Description("Full-time teaching workload it counts for, in class hours (NAT-TRN-2); 0 for exam lines (折算工作量).");
        Field(l => l.Students, nullable: true).Description("Students taught, for teaching lines (人数).");
    }
}

public sealed class UsedParameterType : ObjectGraphType<UsedParameter>
{
    public UsedParameterType()
    {
        Name = "UsedParameter";
        Description = "A policy parameter as a computation used it, kept so a later change never rewrites the result (计算所用参数).";
        Field(p => p.Key).Description("The parameter's key, e.g. JL-PAY-1.hourlyRate (参数键).");
        Field(p => p.Value).Description("The value used, as text (参数值).");
        Field(p => p.EffectiveFrom).Description("Since when that value was in force (生效日期).");
        Field("setByCollege", p => p.SetByTenant).Description("True when the college had set it; false for the policy's default (学校设定).");
        Field("isSample", p => p.IsSample && !p.SetByTenant).Description("True for a sample default the college has not replaced (示例值).");
    }
}

public sealed class FeeTableType : ObjectGraphType<FeeTable>
{
    public FeeTableType()
    {
        Name = "FeeTable";
        Description = "A computed fee table (费用表: 附件3 teaching, 附件4 exam work) with the parameters it was computed with; a later change of rate never rewrites it.";
        Field(t => t.PolicyCode).Description("The policy that computed it (政策代码).");
        Field(t => t.ComputedFor).Description("The day its parameters were taken as in force on (计算日期).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FeeLineType>>>>("lines").Description("Its rows, in order (明细).").Resolve(c => c.Source.Lines);
        Field(t => t.Total).Description("Total in yuan (合计，元).");
        Field(t => t.TotalInWords).Description("Total in Chinese capitals, e.g. 柒佰肆拾元整 (大写金额).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UsedParameterType>>>>("parameters").Description("The parameters used (计算所用参数).").Resolve(c => c.Source.Parameters);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("ruleIds").Description("The rules behind it (规则编号).").Resolve(c => c.Source.RuleIds);
        Field<NonNullGraphType<ExplanationType>>("explanation").Description("The total and the rules, in both languages (说明).").Resolve(c => c.Source.Explanation);
        Field(t => t.UsesSampleParameters).Description("True when a rate used is a sample default the college has not replaced (使用示例参数).");
    }
}
