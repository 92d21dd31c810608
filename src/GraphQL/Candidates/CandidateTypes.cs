using GraphQL.Types;
using OnePlusX.CertificateProjects;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.Policies;

namespace OnePlusX.GraphQL.Candidates;

public sealed class CandidateKindType : EnumerationGraphType<CandidateKind>
{
    public CandidateKindType()
    {
        Name = "CandidateKind";
        Description = "Who a candidate is (考生类别).";
        Values["STUDENT"]!.Description = "An enrolled student of the college (在校学生).";
        Values["EXTERNAL_CANDIDATE"]!.Description = "Not an enrolled student (社会学员).";
    }
}

public sealed class PayerType : EnumerationGraphType<Payer>
{
    public PayerType()
    {
        Name = "Payer";
        Description = "Who bears the cost of a registration (费用承担方).";
        Values["COLLEGE"]!.Description = "The college, from one of its funds (学校承担).";
        Values["STUDENT"]!.Description = "The student (学生自费).";
        Values["EXTERNAL_CANDIDATE"]!.Description = "The external candidate (社会学员自行缴费).";
    }
}

public sealed class FundType : EnumerationGraphType<Fund>
{
    public FundType()
    {
        Name = "Fund";
        Description = "The fund a cost is paid from (经费来源).";
        Values["COLLEGE_FUNDS"]!.Description = "The college's own funds (学校办学经费).";
        Values["PUBLIC_SPECIAL_FUND"]!.Description = "The public special fund (专项资金, JL-FUND-1).";
        Values["STUDENT_AID_FUND"]!.Description = "The student-aid fund (学生资助经费, HB-FUND-2).";
        Values["SCHOOL_OPERATING_BUDGET"]!.Description = "The secondary college's operating budget (二级学院运行经费).";
        Values["SCHOOL_ALLOCATED_BUDGET"]!.Description = "The pilot budget allocated to the secondary college (二级学院项目预算, SD-FUND-1).";
        Values["EDUCATION_COMPANY_ACCOUNT"]!.Description = "The education company's account (教育科技有限公司账户, XM-FIN-1).";
        Values["CANDIDATE_PAYMENT"]!.Description = "Paid by the candidate (考生缴费).";
    }
}

public sealed class FundingLineType : ObjectGraphType<FundingLine>
{
    public FundingLineType()
    {
        Name = "FundingLine";
        Description = "One part of the price and the fund it is paid from (费用明细).";
        Field<NonNullGraphType<FundType>>("fund").Description("Where it is paid from (经费来源).").Resolve(c => c.Source.Fund);
        Field(l => l.Component).Description("What it pays for, e.g. 办证费 (费用项目).");
        Field(l => l.Amount).Description("Yuan (金额，元).");
    }
}

public sealed class FundingDecisionType : ObjectGraphType<FundingDecision>
{
    public FundingDecisionType()
    {
        Name = "FundingDecision";
        Description = "Who pays for a registration, from which funds, at which price, and which rules say so (费用承担决定); kept as decided at registration.";
        Field<NonNullGraphType<PayerType>>("payer").Description("Who pays (费用承担方).").Resolve(c => c.Source.Payer);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FundingLineType>>>>("lines").Description("The price by component and fund (费用明细).").Resolve(c => c.Source.Lines);
        Field<NonNullGraphType<DecimalGraphType>>("total").Description("The whole price in yuan (合计，元).").Resolve(c => c.Source.Total);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("ruleIds").Description("The rules that decided, e.g. JL-FUND-1 (规则编号).").Resolve(c => c.Source.RuleIds);
        Field<NonNullGraphType<ExplanationType>>("explanation").Description("Why, e.g. 学生自费：第二个证书（JL-FUND-1）(原因).").Resolve(c => c.Source.Explanation);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FeeTables.UsedParameterType>>>>("parameters").Description("The parameters it read, as they were (所用参数).").Resolve(c => c.Source.Parameters);
    }
}

public sealed class ExamPriceType : ObjectGraphType<ExamPrice>
{
    public ExamPriceType()
    {
        Name = "ExamPrice";
        Description = "The agreed exam price per candidate (考核价格), split as HB-FUND-2 reads it.";
        Field(p => p.EquipmentAndConsumables).Description("Equipment and consumables, yuan (设备耗材费).");
        Field(p => p.CertificateFee).Description("The certificate fee paid to the organisation, yuan (办证费).");
        Field(p => p.ExaminerLabour).Description("Examiner labour, yuan (考评员劳务费).");
        Field<NonNullGraphType<DecimalGraphType>>("total").Description("The whole price, yuan (合计).").Resolve(c => c.Source.Total);
    }
}

public sealed class ExamResultType : ObjectGraphType<ExamResult>
{
    public ExamResultType()
    {
        Name = "ExamResult";
        Description = "A candidate's exam result (考核成绩).";
        Field(r => r.Score, nullable: true).Description("The score, when the sheet gives one (分数).");
        Field(r => r.Passed).Description("Whether it is a pass (是否通过).");
        Field(r => r.RecordedAt).Description("When it was entered (录入时间).");
    }
}
