using GraphQL.Types;
using OnePlusX.GraphQL.Approvals;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.GraphQL.FeeTables;

namespace OnePlusX.GraphQL.Exams;

/// <summary>考核: an exam of a certificate project.</summary>
public sealed class ExamType : ObjectGraphType<ExamNode>
{
    public ExamType()
    {
        Name = "Exam";
        Description = "An exam of a certificate project (考核): its plan with sittings and staff, the policy's check, its filing (附件2), approval and work-fee table (附件4).";
        Field<NonNullGraphType<StringGraphType>>("code").Description("The exam's code within the project (考核编号).").Resolve(c => c.Source.Exam.Code);
        Field<NonNullGraphType<DayGraphType>>("examDate").Description("The exam date; rates in force on it apply (考核日期).").Resolve(c => c.Source.Exam.ExamDate);
        Field<NonNullGraphType<ExamModeType>>("mode").Description("Mode: computer, written or practical (考核类别: 机考 / 笔试 / 实践操作).").Resolve(c => c.Source.Exam.Mode);
        Field<StringGraphType>("stationCode").Description("The college's exam station hosting it (考核站点代码).").Resolve(c => c.Source.Exam.StationCode);
        Field<StringGraphType>("place").Description("Where (考核地点).").Resolve(c => c.Source.Exam.Place);
        Field<StringGraphType>("majorCode").Description("The major examined (考核专业代码).").Resolve(c => c.Source.Exam.MajorCode);
        Field<NonNullGraphType<IntGraphType>>("headcount").Description("Candidates examined (考核人数).").Resolve(c => c.Source.Exam.Headcount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExamSittingType>>>>("sittings")
            .Description("Rooms and times, as planned (考场场次).").Resolve(c => c.Source.Exam.Sittings.Select(s => s.ToPolicy()).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExamWorkerType>>>>("workers")
            .Description("Examiners, invigilators, staff and supervisors (考务人员).").Resolve(c => c.Source.Exam.ToWorkers());
        Field<IntGraphType>("organisationInvigilatorLimit")
            .Description("The evaluation organisation's approved invigilators-per-room rule, when it replaces the college's (评价组织监考人数要求, JL-PAY-3).")
            .Resolve(c => c.Source.Exam.OrganisationInvigilatorLimit);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExamCostType>>>>("otherCosts").Description("Agreed costs besides people (其他费用).").Resolve(c => c.Source.Exam.OtherCosts);
        Field<NonNullGraphType<ExamCheckType>>("planCheck")
            .Description("The policy's decision on the plan when it was last saved: invigilators per room, staff, examiners' filing, venues (考核方案核验).")
            .Resolve(c => c.Source.Exam.PlanCheck);
        Field<NonNullGraphType<ExamFilingType>>("filing")
            .Description("The exam filing derived from the exam, with the policy's check (考核备案表, 附件2).")
            .Resolve(c => new ExamFilingView(c.Source.Exam.ToFiling(), c.Source.Exam.FilingCheck));
        Field<UserErrorInterface>("submitError")
            .Description("Why the exam may not be submitted for approval yet (an incomplete filing), or null when it may (不能提交的原因).")
            .Resolve(c => c.Source.Exam.SubmitError);
        Field<NonNullGraphType<ApprovalItemType>>("approval")
            .Description("The exam's approval item (考核备案审批); its id is what submitForApproval and review take.")
            .Resolve(c => c.Source.ApprovalItem);
        Field<FeeTableType>("feeTable")
            .Description("The work-fee table (考务费表, 附件4) as computed, with the parameters it used; null until computeExamFees.")
            .Resolve(c => c.Source.Exam.FeeTable);
        Field<DecimalGraphType>("costPerCandidate")
            .Description("The fee table's total over the candidates examined, yuan; checked against the certificate's cost cap (考核人均成本, NAT-COST-1); null until the fee table is computed.")
            .Resolve(c => OnePlusX.CostCaps.ExamCosts.PerCandidate(c.Source.Exam));
        Field<DateTimeOffsetGraphType>("feesComputedAt").Description("When the fee table was computed (计算时间).").Resolve(c => c.Source.Exam.FeesComputedAt);
    }
}
