using GraphQL.Types;
using OnePlusX.CertificateProjects;
using OnePlusX.GraphQL.Candidates;
using OnePlusX.GraphQL.Certificates;
using OnePlusX.GraphQL.Colleges;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.GraphQL.IssuedCertificates;
using OnePlusX.ReadModels;

namespace OnePlusX.GraphQL.CreditBank;

/// <summary>学分记录: the credit bank's record of one issued certificate (NAT-CB-1).</summary>
public sealed class CreditRecordType : ObjectGraphType<CreditBankRecord>
{
    public CreditRecordType()
    {
        Name = "CreditRecord";
        Description = "The credit bank's record of one issued certificate (学分银行学分记录, NAT-CB-1): the credits the college's policy grants for it, and the proposal due one calendar month after issue.";
        Field(r => r.CertificateNumber).Description("The certificate number, unique across the service (证书编号).");
        Field<NonNullGraphType<StringGraphType>>("collegeCode").Description("The issuing college's code (院校代码).").Resolve(c => c.Source.TenantId);
        Field<NonNullGraphType<CollegeType>>("college").Description("The issuing college (颁证院校).").Resolve(c => c.Loaders().Colleges.Load(c.Source.TenantId));
        Field(r => r.ProjectKey).Description("The project it was issued under (项目编号).");
        Field<NonNullGraphType<CertificateType>>("certificate").Description("The certificate (证书).").Resolve(c => c.Reference().Certificate(c.Source.CertificateCode));
        Field<NonNullGraphType<CertificateLevelType>>("level").Description("Level: elementary, intermediate or advanced (等级: 初级 / 中级 / 高级).").Resolve(c => c.Source.Level);
        Field(r => r.HolderName).Description("The holder's name (持证人).");
        Field(r => r.StudentNumber, nullable: true).Description("The holder's student number; null for an external candidate (学号).");
        Field(r => r.IssuedOn).Description("The issue day; the deadline counts from it (颁证日期).");
        Field<NonNullGraphType<DecimalGraphType>>("credits").Description("Credits the college's policy grants for the certificate; 0 where it grants none of its own (学分).").Resolve(c => c.Source.Credits);
        Field<NonNullGraphType<CreditCategoryType>>("category").Description("As which kind of credit (学分类别).").Resolve(c => c.Source.Category);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("ruleIds").Description("The rules that decided the credits (规则编号).").Resolve(c => c.Source.RuleIds);
        Field<NonNullGraphType<ExplanationType>>("explanation").Description("Why these credits (原因).").Resolve(c => c.Source.Explanation);
        Field(r => r.Due).Description("The last day the credit-record proposal is on time: one calendar month after issue (建议截止日, NAT-CB-1).");
        Field(r => r.ProposedOn, nullable: true).Description("When the college proposed the record to the credit bank; null until then (提出建议日期).");
        Field<NonNullGraphType<BooleanGraphType>>("overdue")
            .Description("Proposed after its due day, or not proposed and the due day has passed (China's today) (逾期).")
            .Resolve(c => c.Source.OverdueOn(ChinaDay.Today));
        Field(r => r.Version).Description("The project version that last changed the record (版本).");
    }
}

/// <summary>One change of the feed.</summary>
public sealed class CreditBankChangeType : ObjectGraphType<CreditBankChange>
{
    public CreditBankChangeType()
    {
        Name = "CreditBankChange";
        Description = "One change of a credit record, in feed order (学分记录变更).";
        Field(c => c.Cursor).Description("Opaque position of this change; pass it as after to continue behind it (游标).");
        Field(c => c.ChangedAt).Description("When the change was written, for information; the order is the feed's, not this time's (变更时间).");
        Field<NonNullGraphType<CreditRecordType>>("record").Description("The credit record as it stands when pulled: this change or a later one applied, and with the record's last change its latest state (变更后的学分记录).").Resolve(c => c.Source.Record);
    }
}

/// <summary>A page of the feed.</summary>
public sealed class CreditBankChangesType : ObjectGraphType<CreditBankChanges>
{
    public CreditBankChangesType()
    {
        Name = "CreditBankChanges";
        Description = "A page of the credit-bank change feed (学分银行增量): every change exactly once, in a stable order, to a reader that continues from endCursor.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CreditBankChangeType>>>>("items").Description("The changes after the cursor, in feed order (变更).").Resolve(c => c.Source.Items);
        Field(c => c.EndCursor, nullable: true)
            .Description("Pass as after next time: the last item's cursor, or the cursor given when the page is empty; null only when none was given and there is nothing yet (结束游标).");
        Field(c => c.HasMore).Description("More changes were ready when this page was read; when false the reader has caught up and pulls again later (是否还有).");
    }
}

/// <summary>Which credit records to list.</summary>
public sealed record CreditRecordWhere(CreditRecordStatus? Status, string? CertificateCode, string? ProjectKey);

public sealed class CreditRecordStatusType : EnumerationGraphType<CreditRecordStatus>
{
    public CreditRecordStatusType()
    {
        Name = "CreditRecordStatus";
        Description = "Where a credit record stands with its proposal deadline (NAT-CB-1) on the day asked about (建议状态).";
        Values["DUE"]!.Description = "Not proposed; due on or after that day (待提出).";
        Values["OVERDUE"]!.Description = "Not proposed, and the due day has passed (已逾期).";
        Values["PROPOSED"]!.Description = "Proposed to the credit bank, on time or late (已提出).";
    }
}

public sealed class CreditRecordFilterInputType : InputObjectGraphType<CreditRecordWhere>
{
    public CreditRecordFilterInputType()
    {
        Name = "CreditRecordFilter";
        Description = "Which credit records to list (筛选条件); all given conditions must hold.";
        Field<CreditRecordStatusType>("status").Description("Proposal status on asOf (建议状态).");
        Field<StringGraphType>("certificateCode").Description("Certificate code (证书代码).");
        Field<StringGraphType>("projectKey").Description("Project key (项目编号).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new CreditRecordWhere(
        value.TryGetValue("status", out var status) ? (CreditRecordStatus?)status : null, value.Text("certificateCode"), value.Text("projectKey"));
}

/// <summary>Orders for credit-record lists.</summary>
public enum CreditRecordOrder
{
    /// <summary>Earliest due first.</summary>
    DueAscending = 1,

    /// <summary>Most recently issued first.</summary>
    IssuedDescending = 2,
}

public sealed class CreditRecordOrderType : EnumerationGraphType<CreditRecordOrder>
{
    public CreditRecordOrderType()
    {
        Name = "CreditRecordOrder";
        Description = "How to order credit records (排序).";
        Values["DUE_ASCENDING"]!.Description = "Earliest due first, the default (按截止日期).";
        Values["ISSUED_DESCENDING"]!.Description = "Most recently issued first (按发证日期倒序).";
    }
}

public sealed class RecordCreditProposalInputType : InputObjectGraphType<ProjectInput<RecordCreditProposal>>
{
    public RecordCreditProposalInputType()
    {
        Name = "RecordCreditProposalInput";
        Description = "Certificates whose credit records were proposed to the credit bank on a day (学分记录建议, NAT-CB-1).";
        Field<NonNullGraphType<StringGraphType>>("projectKey").Description("The project (项目编号).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("certificateNumbers").Description("The certificates, at most 1000 (证书编号).");
        Field<NonNullGraphType<DayGraphType>>("proposedOn").Description("The day the proposals were made (提出日期).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ProjectInput<RecordCreditProposal>(
        (string)value["projectKey"]!,
        new RecordCreditProposal(RegisterCandidatesInputType.Rows<string>(value, "certificateNumbers"), (DateOnly)value["proposedOn"]!));
}
