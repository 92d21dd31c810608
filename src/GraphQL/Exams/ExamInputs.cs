using GraphQL.Types;
using OnePlusX.CertificateProjects;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.GraphQL.FeeTables;
using OnePlusX.Policies;

namespace OnePlusX.GraphQL.Exams;

/// <summary>An exam plan with the project it belongs to.</summary>
public sealed record PlanExamInput(string ProjectKey, PlanExam Command);

/// <summary>A fee computation with the project it belongs to.</summary>
public sealed record ComputeExamFeesInput(string ProjectKey, ComputeExamFees Command);

public sealed class ExamSittingInputType : InputObjectGraphType<PlannedSitting>
{
    public ExamSittingInputType()
    {
        Name = "ExamSittingInput";
        Description = "A sitting: a room from a start to an end, instants with their offset, e.g. 2027-06-10T09:00:00+08:00 (考场场次).";
        Field<NonNullGraphType<StringGraphType>>("room").Description("The room (考场).");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("start").Description("Starts (开始时间).");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("end").Description("Ends, after the start (结束时间).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new PlannedSitting((string)value["room"]!, (DateTimeOffset)value["start"]!, (DateTimeOffset)value["end"]!);
}

public sealed class ExamSittingRefInputType : InputObjectGraphType<SittingRef>
{
    public ExamSittingRefInputType()
    {
        Name = "ExamSittingRefInput";
        Description = "A sitting of the same exam named by its room and start (场次).";
        Field<NonNullGraphType<StringGraphType>>("room").Description("The room (考场).");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("start").Description("Its start (开始时间).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new SittingRef((string)value["room"]!, (DateTimeOffset)value["start"]!);
}

public sealed class ExamWorkerInputType : InputObjectGraphType<PlannedWorker>
{
    public ExamWorkerInputType()
    {
        Name = "ExamWorkerInput";
        Description = "A person working at the exam (考务人员).";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Name (姓名).");
        Field<NonNullGraphType<ExamRoleType>>("role").Description("Examiner, invigilator, staff or supervisor (角色).");
        Field<BooleanGraphType>("internal").Description("A teacher of the college (校内); true when not given.");
        Field<BooleanGraphType>("holdsExaminerCertificate").Description("Holds the examiner certificate (持考评员证书); false when not given.");
        Field<ListGraphType<NonNullGraphType<ExamSittingRefInputType>>>("sittings").Description("The sittings they work, for invigilators and staff (场次).");
        Field<DecimalGraphType>("days").Description("Days worked, for examiners and supervisors (天数); 0 when not given.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new PlannedWorker(
        (string)value["name"]!,
        (ExamRole)value["role"]!,
        !value.TryGetValue("internal", out var isInternal) || isInternal is not false,
        value.TryGetValue("holdsExaminerCertificate", out var holds) && holds is true,
        ExamInputs.List<SittingRef>(value, "sittings"),
        value.TryGetValue("days", out var days) && days is decimal d ? d : 0m);
}

public sealed class ExamCostInputType : InputObjectGraphType<ExamCost>
{
    public ExamCostInputType()
    {
        Name = "ExamCostInput";
        Description = "Another cost agreed for the exam (其他费用).";
        Field<NonNullGraphType<CostTypeType>>("type").Description("The kind of cost; certification fees are refused (NAT-FEE-1) (费用类型).");
        Field<NonNullGraphType<StringGraphType>>("description").Description("What it is (内容).");
        Field<NonNullGraphType<DecimalGraphType>>("amount").Description("Yuan to the fen (金额，元).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new ExamCost((CostType)value["type"]!, (string)value["description"]!, (decimal)value["amount"]!);
}

public sealed class PlanExamInputType : InputObjectGraphType<PlanExamInput>
{
    public PlanExamInputType()
    {
        Name = "PlanExamInput";
        Description = "An exam plan (考核方案): a new code plans an exam, a known code revises it while it is editable.";
        Field<NonNullGraphType<StringGraphType>>("projectKey").Description("The project, of the caller's own college (项目编号).");
        Field<NonNullGraphType<StringGraphType>>("code").Description("The exam's code within the project, e.g. E1 (考核编号).");
        Field<NonNullGraphType<DayGraphType>>("examDate").Description("The exam date (考核日期).");
        Field<NonNullGraphType<ExamModeType>>("mode").Description("Mode: computer, written or practical (考核类别: 机考 / 笔试 / 实践操作).");
        Field<StringGraphType>("stationCode").Description("The college's exam station for the certificate (考核站点代码).");
        Field<StringGraphType>("place").Description("Where (考核地点).");
        Field<StringGraphType>("majorCode").Description("The major examined; the project's when not given (考核专业代码).");
        Field<IntGraphType>("headcount").Description("Candidates examined; the project's registered candidates when not given (考核人数).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExamSittingInputType>>>>("sittings").Description("Rooms and times (考场场次).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExamWorkerInputType>>>>("workers").Description("Examiners, invigilators, staff and supervisors (考务人员).");
        Field<IntGraphType>("organisationInvigilatorLimit").Description("The evaluation organisation's approved invigilators-per-room rule (评价组织监考人数要求, JL-PAY-3).");
        Field<ListGraphType<NonNullGraphType<ExamCostInputType>>>("otherCosts").Description("Agreed costs besides people (其他费用).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new PlanExamInput(
        (string)value["projectKey"]!,
        new PlanExam(
            (string)value["code"]!,
            (DateOnly)value["examDate"]!,
            (ExamMode)value["mode"]!,
            ExamInputs.List<PlannedSitting>(value, "sittings"),
            ExamInputs.List<PlannedWorker>(value, "workers"))
        {
            StationCode = value.Text("stationCode"),
            Place = value.Text("place"),
            MajorCode = value.Text("majorCode"),
            Headcount = value.TryGetValue("headcount", out var headcount) ? (int?)headcount : null,
            OrganisationInvigilatorLimit = value.TryGetValue("organisationInvigilatorLimit", out var limit) ? (int?)limit : null,
            OtherCosts = ExamInputs.List<ExamCost>(value, "otherCosts"),
        });
}

public sealed class ComputeExamFeesInputType : InputObjectGraphType<ComputeExamFeesInput>
{
    public ComputeExamFeesInputType()
    {
        Name = "ComputeExamFeesInput";
        Description = "Computes an approved exam's work-fee table (考务费表, 附件4).";
        Field<NonNullGraphType<StringGraphType>>("projectKey").Description("The project, of the caller's own college (项目编号).");
        Field<NonNullGraphType<StringGraphType>>("examCode").Description("The exam (考核编号).");
        Field<BooleanGraphType>("recompute").Description("Replace a kept table by one at the rates in force now for the exam date (重新计算); false when not given.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ComputeExamFeesInput(
        (string)value["projectKey"]!,
        new ComputeExamFees((string)value["examCode"]!) { Recompute = value.TryGetValue("recompute", out var recompute) && recompute is true });
}

/// <summary>Reading lists out of parsed input objects.</summary>
internal static class ExamInputs
{
    public static IReadOnlyList<T> List<T>(IDictionary<string, object?> value, string name) =>
        value.TryGetValue(name, out var list) && list is System.Collections.IEnumerable items ? items.Cast<T>().ToList() : [];
}
