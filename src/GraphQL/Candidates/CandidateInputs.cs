using GraphQL.Types;
using OnePlusX.CertificateProjects;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.Policies;

namespace OnePlusX.GraphQL.Candidates;

/// <summary>A project command's input: the project (in the caller's own college) and the command.</summary>
public sealed record ProjectInput<T>(string ProjectKey, T Command);

public sealed class SetExamPriceInputType : InputObjectGraphType<ProjectInput<ExamPrice>>
{
    public SetExamPriceInputType()
    {
        Name = "SetExamPriceInput";
        Description = "The agreed exam price per candidate (考核价格), split as HB-FUND-2 reads it; a college that does not split enters it all as certificateFee.";
        Field<NonNullGraphType<StringGraphType>>("projectKey").Description("The project, e.g. WEB-FE-2-2025 (项目编号).");
        Field<NonNullGraphType<DecimalGraphType>>("equipmentAndConsumables").Description("Equipment and consumables, yuan (设备耗材费).");
        Field<NonNullGraphType<DecimalGraphType>>("certificateFee").Description("The certificate fee paid to the organisation, yuan (办证费).");
        Field<NonNullGraphType<DecimalGraphType>>("examinerLabour").Description("Examiner labour, yuan (考评员劳务费).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ProjectInput<ExamPrice>(
        (string)value["projectKey"]!,
        new ExamPrice((decimal)value["equipmentAndConsumables"]!, (decimal)value["certificateFee"]!, (decimal)value["examinerLabour"]!));
}

public sealed class ExternalCandidateInputType : InputObjectGraphType<ExternalCandidate>
{
    public ExternalCandidateInputType()
    {
        Name = "ExternalCandidateInput";
        Description = "An external candidate (社会学员): name and resident ID number, kept inside the college's project and never shown whole.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The candidate's name (姓名).");
        Field<NonNullGraphType<StringGraphType>>("idNumber").Description("The 18-character resident ID number, checked against GB 11643 (身份证号).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ExternalCandidate((string)value["name"]!, (string)value["idNumber"]!);
}

public sealed class CandidateRowInputType : InputObjectGraphType<CandidateRow>
{
    public CandidateRowInputType()
    {
        Name = "CandidateRowInput";
        Description = "One row of a registration list (报名): a student number, or an external candidate.";
        Field<StringGraphType>("studentNumber").Description("An enrolled student of the caller's college (学号).");
        Field<BooleanGraphType>("selected").Description("Whether the school selected the student from course and training results (遴选, HB-SEL-1); false when absent.");
        Field<ExternalCandidateInputType>("externalCandidate").Description("An external candidate instead of a student (社会学员).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new CandidateRow(
        value.Text("studentNumber"),
        value.TryGetValue("selected", out var selected) && selected is true,
        value.TryGetValue("externalCandidate", out var external) ? external as ExternalCandidate : null);
}

public sealed class RegisterCandidatesInputType : InputObjectGraphType<ProjectInput<RegisterCandidates>>
{
    public RegisterCandidatesInputType()
    {
        Name = "RegisterCandidatesInput";
        Description = "A registration list for a project (报名名单).";
        Field<NonNullGraphType<StringGraphType>>("projectKey").Description("The project (项目编号).");
        Field<DayGraphType>("registeredOn").Description("The registration day; today (China) when absent (报名日期).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CandidateRowInputType>>>>("rows").Description("The candidates, at most 1000 (名单).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ProjectInput<RegisterCandidates>(
        (string)value["projectKey"]!,
        new RegisterCandidates(Rows<CandidateRow>(value), value.TryGetValue("registeredOn", out var on) ? (DateOnly?)on : null));

    internal static IReadOnlyList<T> Rows<T>(IDictionary<string, object?> value, string name = "rows") =>
        value.TryGetValue(name, out var rows) && rows is IEnumerable<object?> list ? list.Cast<T>().ToList() : [];
}

public sealed class ResultRowInputType : InputObjectGraphType<ResultRow>
{
    public ResultRowInputType()
    {
        Name = "ResultRowInput";
        Description = "One row of a results sheet (成绩).";
        Field<NonNullGraphType<StringGraphType>>("candidate").Description("The registered candidate's key: student number or ext:0001… (考生编号).");
        Field<DecimalGraphType>("score").Description("The score, 0–1000, when the sheet gives one (分数).");
        Field<NonNullGraphType<BooleanGraphType>>("passed").Description("Whether it is a pass (是否通过).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new ResultRow((string)value["candidate"]!, value.TryGetValue("score", out var score) ? (decimal?)score : null, (bool)value["passed"]!);
}

public sealed class RecordResultsInputType : InputObjectGraphType<ProjectInput<RecordResults>>
{
    public RecordResultsInputType()
    {
        Name = "RecordResultsInput";
        Description = "A results sheet for a project (成绩单).";
        Field<NonNullGraphType<StringGraphType>>("projectKey").Description("The project (项目编号).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResultRowInputType>>>>("rows").Description("The results, at most 1000 (成绩).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new ProjectInput<RecordResults>((string)value["projectKey"]!, new RecordResults(RegisterCandidatesInputType.Rows<ResultRow>(value)));
}

public sealed class IssueCertificateRowInputType : InputObjectGraphType<IssueRow>
{
    public IssueCertificateRowInputType()
    {
        Name = "IssueCertificateRowInput";
        Description = "One certificate to issue (证书颁发).";
        Field<NonNullGraphType<StringGraphType>>("candidate").Description("The candidate's key (考生编号).");
        Field<NonNullGraphType<StringGraphType>>("certificateNumber").Description("The certificate number, unique across the service (证书编号).");
        Field<NonNullGraphType<DayGraphType>>("issuedOn").Description("The issue day (颁证日期).");
        Field<NonNullGraphType<BooleanGraphType>>("scanArchived").Description("Whether a scan of the certificate is archived (扫描件存档, SD-ISS-1).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new IssueRow((string)value["candidate"]!, (string)value["certificateNumber"]!, (DateOnly)value["issuedOn"]!, (bool)value["scanArchived"]!);
}

public sealed class IssueCertificatesInputType : InputObjectGraphType<ProjectInput<IssueCertificates>>
{
    public IssueCertificatesInputType()
    {
        Name = "IssueCertificatesInput";
        Description = "A batch of certificates to issue (证书颁发).";
        Field<NonNullGraphType<StringGraphType>>("projectKey").Description("The project (项目编号).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IssueCertificateRowInputType>>>>("rows").Description("The certificates, at most 1000 (证书).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new ProjectInput<IssueCertificates>((string)value["projectKey"]!, new IssueCertificates(RegisterCandidatesInputType.Rows<IssueRow>(value)));
}

public sealed class RecordPlatformEntryInputType : InputObjectGraphType<ProjectInput<RecordPlatformEntry>>
{
    public RecordPlatformEntryInputType()
    {
        Name = "RecordPlatformEntryInput";
        Description = "Certificates entered into the national certificate platform on a day (平台录入, NAT-ISS-1).";
        Field<NonNullGraphType<StringGraphType>>("projectKey").Description("The project (项目编号).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("certificateNumbers").Description("The certificates entered, at most 1000 (证书编号).");
        Field<NonNullGraphType<DayGraphType>>("enteredOn").Description("The day they were entered (录入日期).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ProjectInput<RecordPlatformEntry>(
        (string)value["projectKey"]!,
        new RecordPlatformEntry(RegisterCandidatesInputType.Rows<string>(value, "certificateNumbers"), (DateOnly)value["enteredOn"]!));
}
